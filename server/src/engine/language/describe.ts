/**
 * Markdown for an element as the docs describe it: form label, meaning, allowed values, sources. Shared by hovers
 * and completion so both say the same thing.
 */
import { describeAllowedValues, enumeratedValues, longListThreshold } from '../docs/allowedValues';
import type { FieldDoc } from '../docs/fields';
import type { FormDescription } from '../forms/description';
import { elementParticles, isValueWrapper, resolvePath, valueTypeOf, type ElementParticle, type TypeDef } from '../structure/schema';
import { escapeMarkdown, inlineCode, paragraphs, sourceLinks } from './markdown';

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

/** Lists longer than this are a table of value and meaning, one a line, rather than a paragraph that runs on. */
const tableThreshold = 6;

/** The listed values of an element (its own simple type, or its cell's `value`), with their meanings. */
function listedValues(type: TypeDef) {
  const simple = type.kind !== 'complex' ? type : isValueWrapper(type) ? valueTypeOf(type) : undefined;
  return simple ? enumeratedValues(simple) : [];
}

/** "**Allowed:** ...": a long list of meanings as a compact table (the transaction codes), anything else in words. */
function allowedText(type: TypeDef): string | undefined {
  const values = listedValues(type);
  // Longer lists (the states) are summarised in words, as everywhere else.
  if (values.length > tableThreshold && values.length <= longListThreshold && values.every((v) => v.meaning)) {
    const rows = values.map(
      (v) => `| ${v.value === '' ? '(empty)' : inlineCode(v.value)} | ${escapeMarkdown(v.meaning).replace(/\|/g, '\\|')} |`,
    );
    return ['**Allowed:**', '', '| Value | Meaning |', '|---|---|', ...rows].join('\n');
  }
  const words = describeAllowedValues(type);
  return words && `**Allowed:** ${words}`;
}

export interface ElementDescription {
  readonly doc: FieldDoc;
  readonly decl?: ElementParticle;
  /** Label, name and occurrence. */
  readonly heading: string;
  /** Meaning, allowed values, contents and sources. */
  readonly body: string;
  /** The body without the allowed values: for a hover on a listed value, which says what that value means. */
  readonly bodyForValue: string;
  readonly markdown: string;
}

/** The description of the element at `path` on a form; undefined for names its schema does not know there or anywhere. */
export function describeElement(path: readonly string[], form: FormDescription): ElementDescription | undefined {
  const doc = form.fieldDocumentation(path);
  if (!doc) return undefined;
  const decl = resolvePath(form.id, path);
  const allowed = decl ? allowedText(decl.type) : undefined;
  const heading = `**${doc.label}**\n\n${inlineCode(doc.name)}${decl ? ` · ${occurrence(decl)}` : ' · not expected here'}`;
  const sources = `**Source:** ${sourceLinks(doc.sources)}`;
  const body = paragraphs(doc.meaning, allowed, decl && contents(decl), sources);
  const bodyForValue = paragraphs(doc.meaning, decl && contents(decl), sources);
  return { doc, decl, heading, body, bodyForValue, markdown: paragraphs(heading, body) };
}
