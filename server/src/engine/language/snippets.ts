/**
 * The snippets completion offers and the *New draft* command starts from: a Table I transaction or holding row, a
 * Table II transaction or holding row, a footnote, and a whole new draft of a form. Each is the schema's skeleton
 * of the element (required children, plus the optional ones a filer nearly always fills in) with tab stops,
 * rendered in the document's format. A form gets a new draft once it has a {@link DraftPlan} (today Forms 4 and
 * 4/A); the rows and the footnote are read from Form 4's schema, whatever the document.
 */
import { transactionCodesByUse } from '../docs/transactionCodes';
import { formDescriptions } from '../forms/descriptions';
import { form4 } from '../forms/form4';
import type { FormId } from '../forms/id';
import { formatIsoDate, type CalendarDate } from '../model/date';
import type { SourceFormat } from '../read/result';
import { resolvePath, type ElementParticle } from '../structure/schema';
import { xmlSnippet } from './snippetXml';
import { yamlSnippet } from './snippetYaml';
import { choose, fixed, mirror, skeletonOf, stop, type SkeletonOptions, type SnippetNode } from './snippetTree';

// Bare codes, so the value the choice leaves is the code itself; completion at the value shows each code's meaning
// in its label ("S — open-market or private sale"), VS Code's choice list showing its entries as they are inserted.
const yesNo = choose(['0', '1']);

const codingValues = {
  transactionFormType: fixed('4'),
  transactionCode: choose(transactionCodesByUse),
  equitySwapInvolved: fixed('0'),
  transactionAcquiredDisposedCode: choose(['D', 'A']),
  directOrIndirectOwnership: choose(['D', 'I']),
};

/**
 * Elements the schema leaves optional that a filing all but always has: an inserted `issuer` or `reportingOwner`
 * comes with them, as a new draft does.
 */
export const usuallyFilled: ReadonlySet<string> = new Set([
  'transactionCoding',
  'issuerName',
  'rptOwnerName',
  'isDirector',
  'isOfficer',
  'isTenPercentOwner',
  'isOther',
]);

const tableI: SkeletonOptions = {
  include: new Set(['transactionCoding']),
  values: { ...codingValues, securityTitle: stop('Common Stock') },
};

const tableII: SkeletonOptions = {
  include: new Set(['transactionCoding']),
  values: { ...codingValues, securityTitle: stop('Stock Option (Right to Buy)'), underlyingSecurityTitle: stop('Common Stock') },
};

/**
 * What a form's new draft holds and how a filer walks it. The XML is written in the schema's order, which EDGAR
 * enforces; a YAML draft's keys may come in any order, so it is written in the order Tab visits its fields,
 * `tabOrder`, in both formats: who files, for which company, what happened and when, then the footnote, remarks and
 * signature.
 */
export interface DraftPlan {
  readonly skeleton: SkeletonOptions;
  /** The fields in the order Tab visits them, by element (or cell) name. */
  readonly tabOrder: readonly string[];
  /** Cells that refer to the draft's footnotes, by cell name: so a footnote the filer writes is one in use. */
  readonly footnoteRefs?: Readonly<Record<string, readonly string[]>>;
}

/** The tree with references added to the cells `refs` names. */
function referring(node: SnippetNode, refs: Readonly<Record<string, readonly string[]>>): SnippetNode {
  const ids = Object.prototype.hasOwnProperty.call(refs, node.name) ? refs[node.name] : [];
  const children = node.children?.map((c) => referring(c, refs));
  const references = ids.map((id): SnippetNode => ({ name: 'footnoteId', attributes: [{ name: 'id', value: fixed(id) }] }));
  return children || references.length ? { ...node, children: [...(children ?? []), ...references] } : node;
}

function form4DraftPlan(id: FormId, today: CalendarDate | undefined): DraftPlan {
  return {
    skeleton: {
      include: new Set([
        ...tableI.include!,
        ...usuallyFilled,
        'reportingOwnerAddress',
        'rptOwnerStreet1',
        'rptOwnerCity',
        'rptOwnerState',
        'rptOwnerZipCode',
        'officerTitle',
        'aff10b5One',
        'nonDerivativeTable',
        'nonDerivativeTransaction',
        'footnotes',
        'footnote',
        'remarks',
      ]),
      values: {
        ...tableI.values,
        documentType: fixed(id),
        // Box 3 is the earliest transaction's date: the draft's one transaction, typed there and mirrored here.
        periodOfReport: mirror('transactionDate', 'YYYY-MM-DD'),
        isDirector: yesNo,
        isOfficer: yesNo,
        isTenPercentOwner: yesNo,
        isOther: yesNo,
        aff10b5One: yesNo,
        '@id': fixed('F1'),
        // The day the draft is started: the usual signing day, and what the deadline rule takes for the filing date.
        signatureDate: stop(today ? formatIsoDate(today) : 'YYYY-MM-DD'),
      },
    },
    tabOrder: [
      'rptOwnerName',
      'rptOwnerCik',
      'rptOwnerStreet1',
      'rptOwnerCity',
      'rptOwnerState',
      'rptOwnerZipCode',
      'isDirector',
      'isOfficer',
      'officerTitle',
      'isTenPercentOwner',
      'isOther',
      'issuerName',
      'issuerCik',
      'issuerTradingSymbol',
      'securityTitle',
      'transactionDate',
      'transactionCode',
      'transactionShares',
      'transactionAcquiredDisposedCode',
      'transactionPricePerShare',
      'sharesOwnedFollowingTransaction',
      'directOrIndirectOwnership',
      'aff10b5One',
      'footnote',
      'remarks',
      'signatureName',
      'signatureDate',
    ],
    // The footnote a Form 4 most often has explains the price (a weighted average of several trades).
    footnoteRefs: { transactionPricePerShare: ['F1'] },
  };
}

/**
 * The forms that have a new draft. Forms 3 and 5 join with their schema (each its own plan: a Form 3 has holdings,
 * not transactions); until then they have none, and the command says so.
 */
const draftPlans: Partial<Record<FormId, (today: CalendarDate | undefined) => DraftPlan>> = {
  '4': (today) => form4DraftPlan('4', today),
  '4/A': (today) => {
    const plan = form4DraftPlan('4/A', today);
    return { ...plan, tabOrder: [...plan.tabOrder.slice(0, -2), 'dateOfOriginalSubmission', ...plan.tabOrder.slice(-2)] };
  },
};

/** The forms a new draft can be made for, in the order the command lists them. */
export function draftForms(): FormId[] {
  return (Object.keys(draftPlans) as FormId[]).filter((id) => draftPlans[id] !== undefined);
}

function declAt(path: string[]): ElementParticle {
  const decl = resolvePath(form4.id, path);
  if (!decl) throw new Error(`snippet path ${path.join('/')} is not in the schema`); // a programming error, caught by the tests
  return decl;
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

/** The snippet's element tree. `nextFootnoteId` is the id a new footnote gets. */
export function snippetTree(id: SnippetId, nextFootnoteId = 'F1'): SnippetNode {
  switch (id) {
    case 'form4':
      return skeletonOf(form4.schema, form4DraftPlan('4', undefined).skeleton);
    case 'nonDerivativeTransaction':
    case 'nonDerivativeHolding':
      return skeletonOf(declAt(['ownershipDocument', 'nonDerivativeTable', id]), tableI);
    case 'derivativeTransaction':
    case 'derivativeHolding':
      return skeletonOf(declAt(['ownershipDocument', 'derivativeTable', id]), tableII);
    case 'footnote':
      return { name: 'footnote', attributes: [{ name: 'id', value: fixed(nextFootnoteId) }], value: stop() };
  }
}

function definitionOf(id: SnippetId): SnippetDefinition {
  return snippetDefinitions.find((d) => d.id === id)!;
}

/**
 * The snippet text in a format, nested levels indented by `unit`. In YAML it is written as its parent's content
 * (a table row is a `- ` list item, a footnote an `F1: ` key). A whole Form 4 is {@link newDraftSnippet}'s.
 */
export function renderSnippet(id: SnippetId, format: SourceFormat, unit = '  ', nextFootnoteId = 'F1', today?: CalendarDate): string {
  if (id === 'form4') return newDraftSnippet(format, { form: '4', unit, ...(today ? { today } : {}) }) ?? '';
  const tree = snippetTree(id, nextFootnoteId);
  if (format === 'yaml') {
    const parent = definitionOf(id).parent;
    return yamlSnippet([tree], unit, parent ? declAt(['ownershipDocument', parent]).type : undefined);
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
 * stops in the filer's order (see {@link DraftPlan}). Undefined for a form that has no draft yet.
 */
export function newDraftSnippet(format: SourceFormat, options: NewDraftOptions = {}): string | undefined {
  const id = options.form ?? '4';
  const planOf = draftPlans[id];
  if (!planOf) return undefined;
  const plan = planOf(options.today);
  const form = formDescriptions[id];
  const tree = referring(skeletonOf(form.schema, plan.skeleton), plan.footnoteRefs ?? {});
  const unit = options.unit ?? '  ';
  if (format === 'yaml')
    return `${yamlSnippet(inTabOrder(tree, plan.tabOrder).children ?? [], unit, form.draftRootType, '\n', plan.tabOrder)}\n`;
  return `<?xml version="1.0"?>\n${xmlSnippet([tree], unit, '\n', plan.tabOrder)}\n`;
}
