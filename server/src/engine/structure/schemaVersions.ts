/**
 * Which rules of today's schema a document's declared `schemaVersion` did not have yet. The SEC publishes only the
 * current schemas, so every document is checked by them; a finding that exists only because a later version made a
 * rule stricter (a `requiredSince` element, a `narrowedSince` list: see ./schemaTypes.ts) is information on a document
 * declaring an older version (EDGAR accepted it then, and a filed document is not refiled), and an error on one
 * declaring the current version or none (EDGAR would reject it today).
 */
import { firstChild, textOf, type ElementNode } from '../tree/node';
import type { SchemaVersion, VersionChange } from './schemaTypes';
import { trimXml } from './xmlWhitespace';

const versionPattern = /^X\d{4}$/;

/** The version a document declares, when it declares a well-formed one (X and four digits). */
export function declaredSchemaVersion(root: ElementNode): SchemaVersion | undefined {
  const version = trimXml(textOf(firstChild(root, 'schemaVersion')));
  return versionPattern.test(version) ? version : undefined;
}

/** True when the document declares a version older than the one that brought the change. */
export function predates(declared: SchemaVersion | undefined, change: VersionChange): boolean {
  // X and four zero-padded digits: text order is version order.
  return declared !== undefined && declared < change.version;
}

/** What a finding says when it exists only because of a change after the document's version. */
export function laterRuleNote(declared: SchemaVersion, change: VersionChange): string {
  return (
    ` This document declares schema ${declared}, and ${change.what} (schema ${change.version}): EDGAR's schema of ` +
    `its day accepted it, today's does not.`
  );
}
