/**
 * What must hold for any text whatever, checked through the facade exactly as the language server and the CLI use it
 * (analyze, then check):
 * - no exception escapes;
 * - analyzing and checking end within a second (of CPU time), and so does each conversion;
 * - every finding's range, and every related range, lies inside the document;
 * - the editor's features (./features.ts: preview, outline, folding, hover, completion, navigation, quick fixes)
 *   throw nothing, keep their ranges inside the document and end within a time bound that grows with its length;
 * - a document without structural errors converts losslessly: XML -> YAML -> XML and YAML -> XML -> YAML give the
 *   same tree (names, attributes and text values in order), put in the schema's order once it has been through XML
 *   (a draft's keys may come in any order; conversion to XML writes EDGAR's). Going further, any XML read without syntax errors,
 *   unknown elements and invalid values included, goes XML -> YAML -> XML unchanged (a draft can hold any XML tree),
 *   and so does any draft read without syntax errors, YAML -> XML -> YAML, unless it holds what XML cannot: a key that
 *   is no XML name, or a character XML 1.0 forbids (check reports both).
 * A violation throws an AssertionError naming the property, which fast-check reports with the plan that caused it.
 */
import assert from 'node:assert/strict';
import {
  analyze,
  check,
  convert,
  makeDate,
  schemaOrderedRoot,
  type AnalyzedDocument,
  type ElementNode,
  type Finding,
  type SourceFormat,
} from '../../server/src/engine/index';
// eslint-disable-next-line no-restricted-imports -- the reader's own test of an XML name: the round trip's precondition
import { isValidName } from '../../server/src/engine/read/xmlChars';
// eslint-disable-next-line no-restricted-imports -- to visit every name in the tree for that precondition
import { walk } from '../../server/src/engine/tree/node';
import { commentKey, projectTree } from '../helpers/xmlTree';
import { describeCost, measureWork } from './cpuTime';
import { assertFeatures } from './features';
import { assertSpansInside } from './spans';

/** A fixed "today", so the date rules run the same on every machine and every day. */
export const fuzzToday = makeDate(2026, 11, 27);

export const maxCheckMs = 1000;

export interface Outcome {
  readonly findings: readonly Finding[];
  readonly elapsedMs: number;
  /** Whether the document was clean enough to be round-tripped (and was). */
  readonly roundTripped: boolean;
}

/** The tree as comparable text: names, attributes and text values in order, then the comments' lines; no locations. */
function treeKey(doc: AnalyzedDocument, root: ElementNode | undefined = doc.root): string {
  assert.ok(root, `the ${doc.format} written by convert could not be read at all`);
  return JSON.stringify({ tree: projectTree(root), comments: commentKey(root) });
}

function syntaxErrors(doc: AnalyzedDocument): Finding[] {
  return doc.readFindings.filter((f) => f.severity === 'error');
}

/** The rules of reading and of the structure check (the structural schema, footnote ids), not the filing's rules. */
const structuralRule = /^(?:xml|yaml|input|schema)\/|^footnote\/(?:duplicate-id|undefined)$/;

export function structuralErrors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && structuralRule.test(f.rule));
}

/** Every element and attribute name in the tree is an XML name. */
function namesAreXml(root: ElementNode): boolean {
  let ok = true;
  walk(root, (node) => {
    // A draft declares no namespaces, so a prefixed name ("value:x") is one the written XML cannot hold: convert
    // refuses it (convert/not-well-formed), as it should.
    const holdable = (name: string) => isValidName(name) && !name.includes(':');
    ok &&= holdable(node.name) && node.attributes.every((a) => holdable(a.name));
    return ok;
  });
  return ok;
}

/**
 * Whether a checked document must survive the round trip: when it has no structural error, and beyond that when it
 * was read without syntax errors and (a draft) holds nothing XML cannot.
 */
export function roundTripDue(doc: AnalyzedDocument, findings: readonly Finding[]): boolean {
  if (!doc.root || doc.kind === 'unknown') return false;
  if (structuralErrors(findings).length === 0) return true;
  if (syntaxErrors(doc).length > 0) return false;
  return (
    doc.format === 'xml' || (namesAreXml(doc.root) && !findings.some((f) => f.rule === 'yaml/syntax' && f.data?.character !== undefined))
  );
}

/** The converted text, which must come within the same second as a check. */
function timedConvert(doc: AnalyzedDocument, to: SourceFormat): string {
  const { result: text, cost } = measureWork(() => convert(doc, to, { includeCcc: true }).text);
  assert.ok(
    cost.workMs < maxCheckMs,
    `convert to ${to} took ${describeCost(cost)} (limit ${maxCheckMs} ms) on ${doc.text.length} characters`,
  );
  assert.ok(text !== undefined, `convert to ${to} gave nothing`);
  return text;
}

/** Converts to the other format and back, checking the tree after each step. */
export function assertRoundTrip(doc: AnalyzedDocument): void {
  const original = treeKey(doc);
  // Conversion to XML writes the schema's order (a YAML draft's keys may come in any order): once through XML, the
  // tree is the original in that order, nothing else changed.
  const ordered = treeKey(doc, schemaOrderedRoot(doc));
  const other: SourceFormat = doc.format === 'xml' ? 'yaml' : 'xml';
  const there = timedConvert(doc, other);
  const thereDoc = analyze(there, other);
  assert.deepEqual(
    syntaxErrors(thereDoc).map((f) => `${f.rule}: ${f.message}`),
    [],
    `the ${other} written by convert has syntax errors`,
  );
  assert.equal(treeKey(thereDoc), other === 'xml' ? ordered : original, `${doc.format} -> ${other} changed the tree`);
  const back = timedConvert(thereDoc, doc.format);
  const backDoc = analyze(back, doc.format);
  assert.deepEqual(
    syntaxErrors(backDoc).map((f) => `${f.rule}: ${f.message}`),
    [],
    `the ${doc.format} written back has syntax errors`,
  );
  assert.equal(treeKey(backDoc), ordered, `${doc.format} -> ${other} -> ${doc.format} changed the tree`);
}

/**
 * The editor's features run on one fuzz case in `featureSampling` (they double a case's cost, and the fuzzing's
 * budget must fit CI); the regressions run them always.
 */
export const featureSampling = 4;

export function assertProperties(text: string, format: SourceFormat, options: { features: boolean } = { features: true }): Outcome {
  const { result, cost } = measureWork(() => {
    const doc = analyze(text, format);
    return { doc, findings: check(doc, { today: fuzzToday }) };
  });
  const { doc, findings } = result;
  const elapsedMs = cost.workMs;
  assert.ok(elapsedMs < maxCheckMs, `analyze + check took ${describeCost(cost)} (limit ${maxCheckMs} ms) on ${text.length} characters`);
  assertSpansInside(findings, text.length);
  if (options.features) assertFeatures(doc, findings);
  const due = roundTripDue(doc, findings);
  if (due) assertRoundTrip(doc);
  return { findings, elapsedMs, roundTripped: due };
}
