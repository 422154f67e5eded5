/**
 * Markdown for an element as the docs describe it: form label, meaning, allowed values, sources. Shared by hovers
 * and completion so both say the same thing.
 */
import { describeAllowedValues } from '../docs/allowedValues';
import { fieldDocumentation, type FieldDoc } from '../docs/fields';
import { elementParticles, resolvePath, type DocumentKind, type ElementParticle } from '../structure/schema';
import type { AnalyzedDocument } from '../service';
import { inlineCode, paragraphs, sourceLinks } from './markdown';

/** The schema to describe a document by: its own kind, Form 4 when it has none we check. */
export function schemaKind(doc: AnalyzedDocument): DocumentKind {
  return doc.kind === '4/A' ? '4/A' : '4';
}

/** "required", "optional", "1 to 10", "up to 99". */
export function occurrence(decl: ElementParticle): string {
  if (decl.max > 1) return decl.min > 0 ? `${decl.min} to ${decl.max}` : `up to ${decl.max}`;
  return decl.min > 0 ? 'required' : 'optional';
}

function contents(decl: ElementParticle): string | undefined {
  if (decl.type.kind !== 'complex') return undefined;
  const names = elementParticles(decl.type.content).map((p) => p.name);
  if (names.length === 0 || names.every((n) => n === 'value' || n === 'footnoteId')) return undefined;
  return `**Contains:** ${[...new Set(names)].map((n) => inlineCode(n)).join(', ')}`;
}

export interface ElementDescription {
  readonly doc: FieldDoc;
  readonly decl?: ElementParticle;
  /** Label, name and occurrence. */
  readonly heading: string;
  /** Meaning, allowed values, contents and sources. */
  readonly body: string;
  readonly markdown: string;
}

/** The description of the element at `path`; undefined for names the schema does not know there or anywhere. */
export function describeElement(path: readonly string[], kind: DocumentKind): ElementDescription | undefined {
  const doc = fieldDocumentation(path, kind);
  if (!doc) return undefined;
  const decl = resolvePath(kind, path);
  const allowed = decl ? describeAllowedValues(decl.type) : undefined;
  const heading = `**${doc.label}**\n\n${inlineCode(doc.name)}${decl ? ` · ${occurrence(decl)}` : ' · not expected here'}`;
  const body = paragraphs(doc.meaning, allowed && `**Allowed:** ${allowed}`, decl && contents(decl), `**Source:** ${sourceLinks(doc.sources)}`);
  return { doc, decl, heading, body, markdown: paragraphs(heading, body) };
}
