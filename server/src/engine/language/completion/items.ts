/** Completion items for each kind of context, in the document's format. */
import { enumeratedValues, type EnumeratedValue } from '../../docs/allowedValues';
import { fieldDocumentation } from '../../docs/fields';
import { describeDirection, expectedDirection, transactionCodeInfo, transactionCodesByUse } from '../../docs/transactionCodes';
import type { OwnershipDocument, Table } from '../../model/types';
import type { SourceFormat } from '../../read/result';
import { definesFootnotes, footnotesKey, takesFootnoteRefs, writesOrdered } from '../../structure/draftShape';
import type { FormDescription } from '../../forms/description';
import type { FormId } from '../../forms/id';
import { isValueWrapper, resolvePath, valueTypeOf, type ElementParticle, type SimpleType } from '../../structure/schema';
import { describeElement } from '../describe';
import { escapeXmlText } from '../../write/xmlEscape';
import { inlineScalar } from '../../write/yamlScalar';
import { escapeMarkdown } from '../markdown';
import { skeletonOf, choose, type SnippetNode } from '../snippetTree';
import { usuallyFilled } from '../draftPlan';
import { renderSnippet, snippetDefinitions, snippetTree, type SnippetId } from '../snippets';
import { xmlSnippet } from '../snippetXml';
import { yamlSnippet } from '../snippetYaml';
import type { CompletionItem } from '../types';
import { candidates, candidatesAnyOrder, type Candidate, type Placement } from './candidates';
import type { CloseTagContext, ElementContext, ValueContext } from './context';

export interface ItemSettings {
  readonly format: SourceFormat;
  /** The form the document is read by: its schema and field documentation. */
  readonly form: FormDescription;
  /** One level of indentation, as the document has it. */
  readonly unit: string;
  readonly model?: OwnershipDocument;
}

const rowTableOf: Readonly<Record<string, Table>> = {
  nonDerivativeTransaction: 'I',
  nonDerivativeHolding: 'I',
  derivativeTransaction: 'II',
  derivativeHolding: 'II',
};

function footnoteIds(model: OwnershipDocument | undefined): string[] {
  return [...new Set(model?.footnotes.map((f) => f.id).filter((id) => id !== '') ?? [])];
}

/**
 * Elements whose completion is their snippet, as the document's form has them: rows and footnotes; tables and the
 * footnotes come with their first (a Form 3's Table I with a holding: it has no transactions).
 */
const withSnippet: Readonly<Record<string, (nextId: string, form: FormId) => SnippetNode>> = {
  nonDerivativeTransaction: (_, form) => snippetTree('nonDerivativeTransaction', undefined, form),
  nonDerivativeHolding: (_, form) => snippetTree('nonDerivativeHolding', undefined, form),
  derivativeTransaction: (_, form) => snippetTree('derivativeTransaction', undefined, form),
  derivativeHolding: (_, form) => snippetTree('derivativeHolding', undefined, form),
  footnote: (nextId) => snippetTree('footnote', nextId),
  nonDerivativeTable: (_, form) => ({
    name: 'nonDerivativeTable',
    children: [snippetTree(firstRow(form, 'nonDerivative'), undefined, form)],
  }),
  derivativeTable: (_, form) => ({ name: 'derivativeTable', children: [snippetTree(firstRow(form, 'derivative'), undefined, form)] }),
  footnotes: (nextId) => ({ name: 'footnotes', children: [snippetTree('footnote', nextId)] }),
};

/** A new table's first row: a transaction, but a holding on a Form 3 (holdings only). */
function firstRow(form: FormId, table: 'nonDerivative' | 'derivative'): SnippetId {
  return form === '3' || form === '3/A' ? `${table}Holding` : `${table}Transaction`;
}

/** The skeleton an element completion inserts; references offer the ids the document defines. */
function skeletonFor(decl: ElementParticle, settings: ItemSettings): SnippetNode {
  if (decl.name === 'footnoteId') {
    const ids = footnoteIds(settings.model);
    return { name: 'footnoteId', attributes: [{ name: 'id', value: ids.length ? choose(ids) : { kind: 'stop' } }] };
  }
  const snippet = Object.prototype.hasOwnProperty.call(withSnippet, decl.name) ? withSnippet[decl.name] : undefined;
  // An element comes with its required children and those a filing all but always has (`issuer` with `issuerName`).
  return snippet ? snippet(nextFootnoteId(settings.model), settings.form.id) : skeletonOf(decl, { include: usuallyFilled });
}

function elementText(node: SnippetNode, context: ElementContext, settings: ItemSettings): string {
  if (context.syntax === 'name-only') return node.name;
  if (settings.format === 'xml') {
    const snippet = xmlSnippet([node], settings.unit);
    return context.syntax === 'xml-after-lt' ? snippet.slice(1) : snippet;
  }
  const parentType = resolvePath(settings.form.id, context.parentPath)?.type;
  return yamlSnippet([node], settings.unit, parentType);
}

function rankText(rank: number): string {
  return String(rank).padStart(4, '0');
}

function elementItem(candidate: Candidate, context: ElementContext, settings: ItemSettings): CompletionItem {
  const path = [...context.parentPath, candidate.decl.name];
  const described = describeElement(path, settings.form);
  const text = elementText(skeletonFor(candidate.decl, settings), context, settings);
  const where = candidate.misplaced ? misplacedNote(candidate.decl.name, candidate.misplaced) : undefined;
  const label = described?.doc.label;
  const detail = [where?.short, label].filter((part) => part !== undefined).join(' · ');
  const documentation = [where?.markdown, described?.markdown].filter((part) => part !== undefined).join('\n\n');
  return {
    label: candidate.decl.name,
    kind: 'element',
    ...(detail ? { detail, labelDescription: detail } : {}),
    ...(documentation ? { documentation } : {}),
    filterText: filterFor(context, candidate.decl.name, label),
    insertText: text,
    isSnippet: context.syntax !== 'name-only',
    replaceSpan: context.replaceSpan,
    // Those that fit here first, each group in schema order.
    sortText: `${candidate.misplaced ? 2 : 1}${rankText(candidate.rank)}`,
  };
}

/**
 * What an item that does not fit at the cursor says: it is inserted where it is asked for (its snippet's fields
 * are filled in there, with Tab), and the schema's order is one quick fix (or Fix All) away.
 */
function misplacedNote(name: string, placement: Placement): { short: string; markdown: string } {
  const move = `Move ${name} ${placement.side} ${placement.sibling}`;
  return {
    short: `goes ${placement.side} ${placement.sibling}: quick fix moves it`,
    markdown: `**Out of order here:** EDGAR's schema puts ${name} ${placement.side} ${placement.sibling}. It is inserted at the cursor; the quick fix *${move}* (or Fix All) then moves it there.`,
  };
}

/**
 * What an element item is matched against: its name and the form's words for it, so "date" finds
 * `transactionDate` and "Box 3" `periodOfReport`. After a typed `- ` the replaced text starts with the dash, which
 * the editor filters against too: the filter text starts with it, or the row is filtered out.
 */
function filterFor(context: ElementContext, name: string, words: string | undefined): string {
  const text = words ? `${name} ${words}` : name;
  return context.dash ? `- ${text}` : text;
}

function snippetItems(context: ElementContext, allowed: ReadonlySet<string>, settings: ItemSettings): CompletionItem[] {
  if (context.syntax === 'name-only') return [];
  const parentName = context.parentPath[context.parentPath.length - 1];
  const nextId = nextFootnoteId(settings.model);
  return snippetDefinitions
    .filter((d) => d.parent !== undefined && d.parent === parentName && allowed.has(d.element))
    .map((d) => {
      let text = renderSnippet(d.id as SnippetId, settings.format, settings.unit, nextId, undefined, settings.form.id);
      if (context.syntax === 'xml-after-lt') text = text.slice(1);
      return {
        label: d.label,
        kind: 'snippet' as const,
        detail: d.description,
        labelDescription: d.description,
        filterText: filterFor(context, d.element, `${d.label} ${d.description}`),
        insertText: text,
        isSnippet: true,
        replaceSpan: context.replaceSpan,
        sortText: `0${d.label}`,
      };
    });
}

/** F1, F2, ...: the first number after the highest defined one. */
export function nextFootnoteId(model: OwnershipDocument | undefined): string {
  const numbers = footnoteIds(model).map((id) => Number(/^F(\d+)$/.exec(id)?.[1] ?? 0));
  return `F${Math.max(0, ...numbers) + 1}`;
}

/** YAML: the `footnotes: [..]` key of a cell, which is not an element but lists its references. */
function footnotesKeyItem(context: ElementContext, settings: ItemSettings): CompletionItem[] {
  if (settings.format !== 'yaml' || context.syntax === 'name-only') return [];
  const parentType = resolvePath(settings.form.id, context.parentPath)?.type;
  if (!takesFootnoteRefs(parentType) || context.parent?.children.some((c) => c.name === 'footnoteId')) return [];
  const ids = footnoteIds(settings.model);
  const choice = ids.length ? `\${1|${ids.join(',')}|}` : '$1';
  return [
    {
      label: footnotesKey,
      kind: 'footnote',
      detail: 'Footnote references of this cell',
      insertText: `${footnotesKey}: [${choice}]`,
      isSnippet: true,
      replaceSpan: context.replaceSpan,
      sortText: '19999',
    },
  ];
}

export function elementItems(context: ElementContext, settings: ItemSettings): CompletionItem[] {
  if (context.parentPath.length === 0) return documentItems(context, settings);
  const parentType = resolvePath(settings.form.id, context.parentPath)?.type;
  const yaml = settings.format === 'yaml';
  // YAML keys are unique in a mapping; table rows are list items and footnotes keyed by id, so those may repeat.
  const unique = yaml && !writesOrdered(parentType) && !definesFootnotes(parentType);
  // A YAML dash starts a list item: only in a table does it hold an element. Footnotes are keyed by id, not name.
  if (yaml && context.dash && !writesOrdered(parentType)) return [];
  if (yaml && context.syntax === 'name-only' && definesFootnotes(parentType)) return [];
  // A YAML draft's keys may come in any order: every key that may still go in the element is offered. In XML too,
  // but those out of the schema's order at the cursor come after those that fit, marked, for the order fix to move.
  let found = yaml
    ? candidates(parentType, context.before, context.after, unique, true)
    : candidatesAnyOrder(parentType, context.before, context.after);
  // In YAML, references are the `footnotes: [..]` list of the cell, not keys of their own.
  if (yaml) found = found.filter((c) => c.decl.name !== 'footnoteId');
  const allowed = new Set(found.filter((c) => !c.misplaced).map((c) => c.decl.name));
  // A YAML draft with nothing in it yet: a whole Form 4 is the likeliest wish.
  const emptyDraft = yaml && context.parentPath.length === 1 && context.before.length === 0 && context.after.length === 0;
  return [
    ...(emptyDraft ? documentItems(context, settings) : []),
    ...snippetItems(context, allowed, settings),
    ...found.map((c) => elementItem(c, context, settings)),
    ...footnotesKeyItem(context, settings),
  ];
}

/** At the top of an empty document: a whole Form 4. */
function documentItems(context: ElementContext, settings: ItemSettings): CompletionItem[] {
  if (context.syntax === 'name-only') return [];
  const form4 = snippetDefinitions.find((d) => d.id === 'form4')!;
  let text = renderSnippet('form4', settings.format, settings.unit);
  if (context.syntax === 'xml-after-lt') text = text.replace(/^<\?xml[^>]*\?>\n</, '');
  else if (context.hasDeclaration) text = text.replace(/^<\?xml[^>]*\?>\n/, '');
  return [
    {
      label: form4.label,
      kind: 'snippet',
      detail: form4.description,
      insertText: text,
      isSnippet: true,
      replaceSpan: context.replaceSpan,
      sortText: '0',
    },
  ];
}

function valueTypeAt(path: readonly string[], form: FormDescription): SimpleType | undefined {
  const type = resolvePath(form.id, path)?.type;
  if (!type) return undefined;
  if (type.kind !== 'complex') return type;
  return isValueWrapper(type) ? valueTypeOf(type) : undefined;
}

function rowTable(path: readonly string[]): Table | undefined {
  for (const name of path) if (rowTableOf[name]) return rowTableOf[name];
  return undefined;
}

/** The direction a row's code expects in its table, to offer that A/D first. */
function expectedFor(code: string | undefined, table: Table | undefined): string | undefined {
  const info = code ? transactionCodeInfo(code) : undefined;
  return info && table ? expectedDirection(info, table) : undefined;
}

export function valueItems(context: ValueContext, settings: ItemSettings, rowCode?: string): CompletionItem[] {
  const type = valueTypeAt(context.path, settings.form);
  if (!type) return [];
  const cell =
    context.path[context.path.length - 1] === 'value' ? context.path[context.path.length - 2] : context.path[context.path.length - 1];
  const table = rowTable(context.path);
  const expected = cell === 'transactionAcquiredDisposedCode' ? expectedFor(rowCode, table) : undefined;
  const values = enumeratedValues(type).filter((v) => v.value.trim() !== '');
  const field = type.kind === 'boolean' ? shortLabel(settings.form.fieldDocumentation(context.path)?.label) : undefined;
  return (cell === 'transactionCode' ? byUse(values) : values).map((v, index) => {
    const info = cell === 'transactionCode' ? transactionCodeInfo(v.value) : undefined;
    const documentation = info ? `${info.explanation}\n\n**Direction:** ${describeDirection(info, table)}.` : undefined;
    const insert = (context.prefix ?? '') + (settings.format === 'xml' ? escapeXmlText(v.value) : inlineScalar(v.value, 'flow'));
    // The meaning in the label itself ("S — open-market or private sale", "1 — yes, Director"), the code alone inserted.
    const meaning =
      type.kind === 'boolean' ? `${v.value === '1' || v.value === 'true' ? 'yes' : 'no'}${field ? `, ${field}` : ''}` : v.meaning;
    return {
      label: meaning ? `${v.value} — ${meaning}` : v.value,
      kind: 'value' as const,
      ...(v.meaning ? { detail: v.meaning } : {}),
      ...(documentation ? { documentation } : {}),
      filterText: meaning ? `${v.value} ${meaning}` : v.value,
      insertText: insert,
      replaceSpan: context.replaceSpan,
      sortText: `${v.value === expected ? 0 : 1}${rankText(index)}`,
    };
  });
}

/** Transaction codes in the order filers use them (docs/transactionCodes.ts), not the schema's alphabetical one. */
function byUse(values: readonly EnumeratedValue[]): EnumeratedValue[] {
  const place = (v: EnumeratedValue) => {
    const i = transactionCodesByUse.indexOf(v.value);
    return i < 0 ? transactionCodesByUse.length : i;
  };
  return [...values].sort((a, b) => place(a) - place(b));
}

/** A field's label without its place on the form: "Box 5: Director" is "Director". */
function shortLabel(label: string | undefined): string | undefined {
  return label?.replace(/^[^:]*:\s*/, '');
}

export function footnoteItems(replaceSpan: { start: number; end: number }, model: OwnershipDocument | undefined): CompletionItem[] {
  return (model?.footnotes ?? [])
    .filter((f, i, all) => f.id !== '' && all.findIndex((g) => g.id === f.id) === i)
    .map((f, index) => ({
      label: f.id,
      kind: 'footnote' as const,
      ...(f.text ? { detail: f.text.length > 60 ? `${f.text.slice(0, 57)}...` : f.text, documentation: escapeMarkdown(f.text) } : {}),
      insertText: f.id,
      replaceSpan,
      sortText: rankText(index),
    }));
}

export function closeTagItems(context: CloseTagContext): CompletionItem[] {
  const label = fieldDocumentation([context.name])?.label;
  return [
    {
      label: context.name,
      kind: 'element',
      ...(label ? { detail: label } : {}),
      insertText: `${context.name}>`,
      replaceSpan: context.replaceSpan,
    },
  ];
}
