/**
 * The snippets completion offers and the "New Form 4 draft" command starts from: a Table I transaction or holding
 * row, a Table II transaction or holding row, a footnote, and a whole Form 4. Each is the schema's skeleton of the
 * element (required children, plus the optional ones a filer nearly always fills in) with tab stops, rendered in
 * the document's format. They are Form 4's (its description in forms/form4.ts), whatever the document.
 */
import { form4 } from '../forms/form4';
import type { SourceFormat } from '../read/result';
import { resolvePath, transactionCodes, type ElementParticle } from '../structure/schema';
import { xmlSnippet } from './snippetXml';
import { yamlSnippet } from './snippetYaml';
import { choose, fixed, skeletonOf, stop, type SkeletonOptions, type SnippetNode } from './snippetTree';

/** The codes in the order filers most often want them, then the rest. */
const commonCodes = ['S', 'P', 'A', 'M', 'F', 'G'];
const codeChoices = [...commonCodes, ...transactionCodes.filter((c) => !commonCodes.includes(c))];
const yesNo = choose(['0', '1']);

const codingValues = {
  transactionFormType: fixed('4'),
  transactionCode: choose(codeChoices),
  equitySwapInvolved: fixed('0'),
  transactionAcquiredDisposedCode: choose(['D', 'A']),
  directOrIndirectOwnership: choose(['D', 'I']),
};

const tableI: SkeletonOptions = {
  include: new Set(['transactionCoding']),
  values: { ...codingValues, securityTitle: stop('Common Stock') },
};

const tableII: SkeletonOptions = {
  include: new Set(['transactionCoding']),
  values: { ...codingValues, securityTitle: stop('Stock Option (Right to Buy)'), underlyingSecurityTitle: stop('Common Stock') },
};

const wholeForm: SkeletonOptions = {
  include: new Set([
    ...tableI.include!,
    'issuerName',
    'rptOwnerName',
    'isDirector',
    'isOfficer',
    'isTenPercentOwner',
    'isOther',
    'officerTitle',
    'aff10b5One',
    'nonDerivativeTable',
    'nonDerivativeTransaction',
  ]),
  values: {
    ...tableI.values,
    documentType: fixed(form4.id),
    isDirector: yesNo,
    isOfficer: yesNo,
    isTenPercentOwner: yesNo,
    isOther: yesNo,
    aff10b5One: yesNo,
  },
};

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
      return skeletonOf(form4.schema, wholeForm);
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
 * (a table row is a `- ` list item, a footnote an `F1: ` key); a whole Form 4 is the draft's top-level keys.
 */
export function renderSnippet(id: SnippetId, format: SourceFormat, unit = '  ', nextFootnoteId = 'F1'): string {
  const tree = snippetTree(id, nextFootnoteId);
  if (format === 'yaml') {
    if (id === 'form4') return `${yamlSnippet(tree.children ?? [], unit, form4.draftRootType)}\n`;
    const parent = definitionOf(id).parent;
    return yamlSnippet([tree], unit, parent ? declAt(['ownershipDocument', parent]).type : undefined);
  }
  const body = xmlSnippet([tree], unit);
  return id === 'form4' ? `<?xml version="1.0"?>\n${body}\n` : body;
}

/** The text of a new draft, for the "New Form 4 draft" command: a whole Form 4 with tab stops. */
export function newDraftSnippet(format: SourceFormat): string {
  return renderSnippet('form4', format);
}
