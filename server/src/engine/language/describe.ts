/**
 * Markdown for an element as the docs describe it: form label, meaning, allowed values, sources. Shared by hovers
 * and completion so both say the same thing.
 */
import { describeAllowedValues } from '../docs/allowedValues';
import type { FieldDoc } from '../docs/fields';
import type { FormDescription } from '../forms/description';
import { elementParticles, resolvePath, type ElementParticle } from '../structure/schema';
import { inlineCode, paragraphs, sourceLinks } from './markdown';

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

/** The description of the element at `path` on a form; undefined for names its schema does not know there or anywhere. */
export function describeElement(path: readonly string[], form: FormDescription): ElementDescription | undefined {
  const doc = form.fieldDocumentation(path);
  if (!doc) return undefined;
  const decl = resolvePath(form.id, path);
  const allowed = decl ? describeAllowedValues(decl.type) : undefined;
  const heading = `**${doc.label}**\n\n${inlineCode(doc.name)}${decl ? ` · ${occurrence(decl)}` : ' · not expected here'}`;
  const body = paragraphs(
    doc.meaning,
    allowed && `**Allowed:** ${allowed}`,
    decl && contents(decl),
    `**Source:** ${sourceLinks(doc.sources)}`,
  );
  return { doc, decl, heading, body, markdown: paragraphs(heading, body) };
}
