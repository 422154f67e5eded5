/**
 * The snippets completion offers and the *New draft* command starts from: a Table I transaction or holding row, a
 * Table II transaction or holding row, a footnote, and a whole new draft of a form. Each is the schema's skeleton
 * of the element (required children, plus the optional ones a filer nearly always fills in) with tab stops,
 * rendered in the document's format. A form gets a new draft once its description has one (`newDraft`, a
 * `DraftPlan` of ./draftPlan.ts: Forms 3, 4 and 5 and their amendments); the rows are read from the document's
 * form's schema (completion offers a row only where that schema has a place for it: no transactions on a Form 3).
 */
import { formDescriptions } from '../forms/descriptions';
import { form4 } from '../forms/form4';
import { formIds, type FormId } from '../forms/id';
import type { CalendarDate } from '../model/date';
import type { SourceFormat } from '../read/result';
import { resolvePath, type ElementParticle } from '../structure/schema';
import { xmlSnippet } from './snippetXml';
import { yamlSnippet } from './snippetYaml';
import { form4DraftPlan, tableI, tableII } from './draftPlan';
import { fixed, skeletonOf, stop, type SkeletonOptions, type SnippetNode } from './snippetTree';

/** The tree with references added to the cells `refs` names. */
function referring(node: SnippetNode, refs: Readonly<Record<string, readonly string[]>>): SnippetNode {
  const ids = Object.prototype.hasOwnProperty.call(refs, node.name) ? refs[node.name] : [];
  const children = node.children?.map((c) => referring(c, refs));
  const references = ids.map((id): SnippetNode => ({ name: 'footnoteId', attributes: [{ name: 'id', value: fixed(id) }] }));
  return children || references.length ? { ...node, children: [...(children ?? []), ...references] } : node;
}

/** The forms a new draft can be made for: those whose description has one. */
export function draftForms(): FormId[] {
  return formIds.filter((id) => formDescriptions[id].newDraft !== undefined);
}

function declAt(form: FormId, path: string[]): ElementParticle {
  const decl = resolvePath(form, path);
  if (!decl) throw new Error(`snippet path ${path.join('/')} is not in Form ${form}'s schema`); // a programming error, caught by the tests
  return decl;
}

/** A row's coding on its form: a Form 5 row is a Form 5 item (`transactionFormType` 5), a Form 4 row a Form 4 one. */
function rowOptions(base: SkeletonOptions, form: FormId): SkeletonOptions {
  return form === '5' || form === '5/A' ? { ...base, values: { ...base.values, transactionFormType: fixed('5') } } : base;
}

export type SnippetId =
  'form4' | 'nonDerivativeTransaction' | 'nonDerivativeHolding' | 'derivativeTransaction' | 'derivativeHolding' | 'footnote';

export interface SnippetDefinition {
  readonly id: SnippetId;
  readonly label: string;
  readonly description: string;
  /** The element the snippet goes into; undefined for a whole document. */
  readonly parent?: string;
  /** The element the snippet adds (its schema position among the parent's children). */
  readonly element: string;
}

export const snippetDefinitions: readonly SnippetDefinition[] = [
  { id: 'form4', label: 'New Form 4', description: 'A whole Form 4 with one Table I transaction', element: 'ownershipDocument' },
  {
    id: 'nonDerivativeTransaction',
    label: 'Table I transaction row',
    description: 'A non-derivative transaction (Table I)',
    parent: 'nonDerivativeTable',
    element: 'nonDerivativeTransaction',
  },
  {
    id: 'nonDerivativeHolding',
    label: 'Table I holding row',
    description: 'A non-derivative holding without a transaction (Table I)',
    parent: 'nonDerivativeTable',
    element: 'nonDerivativeHolding',
  },
  {
    id: 'derivativeTransaction',
    label: 'Table II transaction row',
    description: 'A derivative transaction, such as an option exercise (Table II)',
    parent: 'derivativeTable',
    element: 'derivativeTransaction',
  },
  {
    id: 'derivativeHolding',
    label: 'Table II holding row',
    description: 'A derivative holding without a transaction (Table II)',
    parent: 'derivativeTable',
    element: 'derivativeHolding',
  },
  {
    id: 'footnote',
    label: 'Footnote',
    description: 'A footnote in the Explanation of Responses, with the next free id',
    parent: 'footnotes',
    element: 'footnote',
  },
];

/**
 * The snippet's element tree, as the document's form has it (Form 3's Table II holding has no amount owned, a Form
 * 5 row is of form type 5). `nextFootnoteId` is the id a new footnote gets.
 */
export function snippetTree(id: SnippetId, nextFootnoteId = 'F1', form: FormId = '4'): SnippetNode {
  switch (id) {
    case 'form4':
      return skeletonOf(form4.schema, form4DraftPlan('4', undefined).skeleton);
    case 'nonDerivativeTransaction':
    case 'nonDerivativeHolding':
      return skeletonOf(declAt(form, ['ownershipDocument', 'nonDerivativeTable', id]), rowOptions(tableI, form));
    case 'derivativeTransaction':
    case 'derivativeHolding':
      return skeletonOf(declAt(form, ['ownershipDocument', 'derivativeTable', id]), rowOptions(tableII, form));
    case 'footnote':
      return { name: 'footnote', attributes: [{ name: 'id', value: fixed(nextFootnoteId) }], value: stop() };
  }
}

function definitionOf(id: SnippetId): SnippetDefinition {
  return snippetDefinitions.find((d) => d.id === id)!;
}

/**
 * The snippet text in a format, nested levels indented by `unit`. In YAML it is written as its parent's content
 * (a table row is a `- ` list item, a footnote an `F1: ` key). A whole Form 4 is {@link newDraftSnippet}'s. A row
 * is the document's form's (`form`, Form 4 unless said): one the form has no place for is a programming error.
 */
export function renderSnippet(
  id: SnippetId,
  format: SourceFormat,
  unit = '  ',
  nextFootnoteId = 'F1',
  today?: CalendarDate,
  form: FormId = '4',
): string {
  if (id === 'form4') return newDraftSnippet(format, { form: '4', unit, ...(today ? { today } : {}) }) ?? '';
  const tree = snippetTree(id, nextFootnoteId, form);
  if (format === 'yaml') {
    const parent = definitionOf(id).parent;
    return yamlSnippet([tree], unit, parent ? declAt(form, ['ownershipDocument', parent]).type : undefined);
  }
  return xmlSnippet([tree], unit);
}

export interface NewDraftOptions {
  /** The form to draft; Form 4 unless said. */
  readonly form?: FormId;
  /** The signature date's default; the day the engine is told, never read from a clock here. */
  readonly today?: CalendarDate;
  /** One level of indentation. */
  readonly unit?: string;
}

/** The first place in `order` of a stop in the tree, if it has one. */
function firstStop(node: SnippetNode, order: readonly string[]): number | undefined {
  const places = [node.value, ...(node.attributes ?? []).map((a) => a.value)]
    .map((f) => (f?.kind === 'stop' && f.key !== undefined ? order.indexOf(f.key) : -1))
    .filter((i) => i >= 0);
  const inChildren = (node.children ?? []).map((c) => firstStop(c, order)).filter((i): i is number => i !== undefined);
  const all = [...places, ...inChildren];
  return all.length ? Math.min(...all) : undefined;
}

/**
 * A YAML draft's keys in the order Tab visits them (any order is valid in a draft), at every level: each element
 * by its first stop; one without a stop (`documentType: 4`) stays after the sibling it followed.
 */
function inTabOrder(node: SnippetNode, order: readonly string[]): SnippetNode {
  if (!node.children) return node;
  let previous = -1;
  const keyed = node.children.map((child, i) => {
    previous = firstStop(child, order) ?? previous;
    return { child: inTabOrder(child, order), place: previous, i };
  });
  // Table rows keep their order (their place in a list is their row number).
  keyed.sort((a, b) => (a.child.name === b.child.name ? a.i - b.i : a.place - b.place || a.i - b.i));
  return { ...node, children: keyed.map((k) => k.child) };
}

/**
 * The text of a new draft, for the *New draft* command and completion in an empty document: a whole form with tab
 * stops in the filer's order (its description's `newDraft`). Undefined for a form that has no draft yet.
 */
export function newDraftSnippet(format: SourceFormat, options: NewDraftOptions = {}): string | undefined {
  const id = options.form ?? '4';
  const form = formDescriptions[id];
  const plan = form.newDraft?.(options.today);
  if (!plan) return undefined;
  const tree = referring(skeletonOf(form.schema, plan.skeleton), plan.footnoteRefs ?? {});
  const unit = options.unit ?? '  ';
  if (format === 'yaml')
    return `${yamlSnippet(inTabOrder(tree, plan.tabOrder).children ?? [], unit, form.draftRootType, '\n', plan.tabOrder)}\n`;
  return `<?xml version="1.0"?>\n${xmlSnippet([tree], unit, '\n', plan.tabOrder)}\n`;
}
