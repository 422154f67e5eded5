/**
 * Binds the located document tree to the typed Form 4 model. Tolerant by design: it reads whatever is where the
 * schema says it should be and ignores the rest (the structure checker reports misplaced and unknown elements), so
 * rules still run on a half-typed draft.
 */
import { formIdOf, type FormId } from '../forms/id';
import type { ElementNode } from '../tree/node';
import { parseDate, type CalendarDate } from './date';
import { Decimal } from './decimal';
import { footnoteRef, footnoteRefsBelow, footnoteRefsOf, idAttribute, isFootnoteRef, noFootnoteRefs } from './footnoteRefs';
import type {
  Cell,
  DerivativeColumns,
  Field,
  FootnoteDefinition,
  FootnoteRef,
  HoldingCoding,
  HoldingRow,
  Issuer,
  OwnerAddress,
  OwnerRelationship,
  OwnershipDocument,
  OwnershipNature,
  PostTransactionAmounts,
  ReportingOwner,
  Row,
  Signature,
  Table,
  TransactionCoding,
  TransactionRow,
  UnderlyingSecurity,
} from './types';

type Parser<T> = (text: string) => T | undefined;

const parseString: Parser<string> = (text) => {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
};

const parseDecimal: Parser<Decimal> = (text) => Decimal.parse(text);

const parseCalendarDate: Parser<CalendarDate> = (text) => parseDate(text);

/** xs:boolean: `1`/`true` and `0`/`false`, whitespace collapsed. */
export const parseBoolean: Parser<boolean> = (text) => {
  switch (text.trim()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      return undefined;
  }
};

function field<T>(node: ElementNode | undefined, parse: Parser<T>): Field<T> | undefined {
  if (!node) return undefined;
  const raw = node.text?.value ?? '';
  return { value: parse(raw), raw, span: node.text?.span ?? node.nameSpan, node };
}

// The binder reads a dozen fields of each row. Finding each with a search of its own, a closure per search, took
// about a quarter of the binding time; the helpers below look at each child once, without closures.

/** The first child named `name`, if any. */
function firstNamed(parent: ElementNode | undefined, name: string): ElementNode | undefined {
  if (!parent) return undefined;
  const children = parent.children;
  for (let i = 0; i < children.length; i++) if (children[i].name === name) return children[i];
  return undefined;
}

function childField<T>(parent: ElementNode | undefined, name: string, parse: Parser<T>): Field<T> | undefined {
  return field(firstNamed(parent, name), parse);
}

function cell<T>(node: ElementNode | undefined, parse: Parser<T>): Cell<T> | undefined {
  if (!node) return undefined;
  // The value and the footnote references in one pass over the cell's children.
  const children = node.children;
  let value: ElementNode | undefined;
  let footnotes: FootnoteRef[] | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (isFootnoteRef(child)) (footnotes ??= []).push(footnoteRef(child));
    else if (value === undefined && child.name === 'value') value = child;
  }
  return { value: field(value, parse), footnotes: footnotes ?? noFootnoteRefs, node };
}

function childCell<T>(parent: ElementNode | undefined, name: string, parse: Parser<T>): Cell<T> | undefined {
  return cell(firstNamed(parent, name), parse);
}

type ChildLookup<Name extends string> = (name: Name) => ElementNode | undefined;

/**
 * The children an element's binder reads, by name: the first child of each name, found in one pass over the
 * children. For table rows, which have a dozen fields: a search per field would scan the row again and again.
 */
class ChildFields<Name extends string> {
  private readonly slots: ReadonlyMap<string, number>;

  constructor(names: readonly Name[]) {
    this.slots = new Map(names.map((name, slot) => [name, slot]));
  }

  /** A lookup of `node`'s first child by name. */
  of(node: ElementNode): ChildLookup<Name> {
    const found: (ElementNode | undefined)[] = new Array<ElementNode | undefined>(this.slots.size).fill(undefined);
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const slot = this.slots.get(children[i].name);
      if (slot !== undefined && found[slot] === undefined) found[slot] = children[i];
    }
    const slots = this.slots;
    return (name) => found[slots.get(name)!];
  }
}

function bindIssuer(node: ElementNode | undefined): Issuer | undefined {
  if (!node) return undefined;
  return {
    cik: childField(node, 'issuerCik', parseString),
    name: childField(node, 'issuerName', parseString),
    tradingSymbol: childField(node, 'issuerTradingSymbol', parseString),
    foreignTradingSymbol: childField(node, 'issuerForeignTradingSymbol', parseString),
    node,
  };
}

function bindAddress(node: ElementNode | undefined): OwnerAddress | undefined {
  if (!node) return undefined;
  return {
    nonUSAddress: childField(node, 'rptOwnerNonUSAddressFlag', parseBoolean),
    street1: childField(node, 'rptOwnerStreet1', parseString),
    street2: childField(node, 'rptOwnerStreet2', parseString),
    city: childField(node, 'rptOwnerCity', parseString),
    state: childField(node, 'rptOwnerState', parseString),
    nonUSStateTerritory: childField(node, 'rptOwnerNonUSStateTerritory', parseString),
    country: childField(node, 'rptOwnerCountry', parseString),
    zipCode: childField(node, 'rptOwnerZipCode', parseString),
    stateDescription: childField(node, 'rptOwnerStateDescription', parseString),
    node,
  };
}

function bindRelationship(node: ElementNode | undefined): OwnerRelationship | undefined {
  if (!node) return undefined;
  return {
    isDirector: childField(node, 'isDirector', parseBoolean),
    isOfficer: childField(node, 'isOfficer', parseBoolean),
    isTenPercentOwner: childField(node, 'isTenPercentOwner', parseBoolean),
    isOther: childField(node, 'isOther', parseBoolean),
    officerTitle: childField(node, 'officerTitle', parseString),
    otherText: childField(node, 'otherText', parseString),
    node,
  };
}

function bindOwner(node: ElementNode, index: number): ReportingOwner {
  const id = firstNamed(node, 'reportingOwnerId');
  return {
    index,
    cik: childField(id, 'rptOwnerCik', parseString),
    ccc: childField(id, 'rptOwnerCcc', parseString),
    name: childField(id, 'rptOwnerName', parseString),
    address: bindAddress(firstNamed(node, 'reportingOwnerAddress')),
    relationship: bindRelationship(firstNamed(node, 'reportingOwnerRelationship')),
    node,
  };
}

function bindCoding(node: ElementNode | undefined): TransactionCoding | undefined {
  if (!node) return undefined;
  return {
    formType: childField(node, 'transactionFormType', parseString),
    code: childField(node, 'transactionCode', parseString),
    equitySwapInvolved: childField(node, 'equitySwapInvolved', parseBoolean),
    footnotes: footnoteRefsOf(node),
    node,
  };
}

function bindHoldingCoding(node: ElementNode | undefined): HoldingCoding | undefined {
  if (!node) return undefined;
  return { formType: childField(node, 'transactionFormType', parseString), footnotes: footnoteRefsOf(node), node };
}

function bindPost(node: ElementNode | undefined): PostTransactionAmounts | undefined {
  if (!node) return undefined;
  return {
    sharesOwned: childCell(node, 'sharesOwnedFollowingTransaction', parseDecimal),
    valueOwned: childCell(node, 'valueOwnedFollowingTransaction', parseDecimal),
    node,
  };
}

function bindOwnership(node: ElementNode | undefined): OwnershipNature | undefined {
  if (!node) return undefined;
  return {
    directOrIndirect: childCell(node, 'directOrIndirectOwnership', parseString),
    natureOfOwnership: childCell(node, 'natureOfOwnership', parseString),
    node,
  };
}

function bindUnderlying(node: ElementNode | undefined): UnderlyingSecurity | undefined {
  if (!node) return undefined;
  return {
    title: childCell(node, 'underlyingSecurityTitle', parseString),
    shares: childCell(node, 'underlyingSecurityShares', parseDecimal),
    value: childCell(node, 'underlyingSecurityValue', parseDecimal),
    node,
  };
}

/** The children of a table row that its binder reads (Table II rows have more columns than Table I rows). */
const rowFields = new ChildFields([
  'securityTitle',
  'transactionDate',
  'deemedExecutionDate',
  'transactionCoding',
  'transactionTimeliness',
  'transactionAmounts',
  'postTransactionAmounts',
  'ownershipNature',
  'conversionOrExercisePrice',
  'exerciseDate',
  'expirationDate',
  'underlyingSecurity',
] as const);

type RowChild = ReturnType<typeof rowFields.of>;

function bindDerivativeColumns(child: RowChild): DerivativeColumns {
  return {
    conversionOrExercisePrice: cell(child('conversionOrExercisePrice'), parseDecimal),
    exerciseDate: cell(child('exerciseDate'), parseCalendarDate),
    expirationDate: cell(child('expirationDate'), parseCalendarDate),
    underlying: bindUnderlying(child('underlyingSecurity')),
  };
}

function bindTransaction(node: ElementNode, form: FormId, table: Table, index: number): TransactionRow {
  const child = rowFields.of(node);
  const amounts = child('transactionAmounts');
  return {
    kind: 'transaction',
    form,
    table,
    index,
    node,
    securityTitle: cell(child('securityTitle'), parseString),
    transactionDate: cell(child('transactionDate'), parseCalendarDate),
    deemedExecutionDate: cell(child('deemedExecutionDate'), parseCalendarDate),
    coding: bindCoding(child('transactionCoding')),
    timeliness: cell(child('transactionTimeliness'), parseString),
    shares: childCell(amounts, 'transactionShares', parseDecimal),
    totalValue: childCell(amounts, 'transactionTotalValue', parseDecimal),
    pricePerShare: childCell(amounts, 'transactionPricePerShare', parseDecimal),
    acquiredDisposed: childCell(amounts, 'transactionAcquiredDisposedCode', parseString),
    postTransaction: bindPost(child('postTransactionAmounts')),
    ownership: bindOwnership(child('ownershipNature')),
    derivative: table === 'II' ? bindDerivativeColumns(child) : undefined,
  };
}

function bindHolding(node: ElementNode, form: FormId, table: Table, index: number): HoldingRow {
  const child = rowFields.of(node);
  return {
    kind: 'holding',
    form,
    table,
    index,
    node,
    securityTitle: cell(child('securityTitle'), parseString),
    coding: bindHoldingCoding(child('transactionCoding')),
    postTransaction: bindPost(child('postTransactionAmounts')),
    ownership: bindOwnership(child('ownershipNature')),
    derivative: table === 'II' ? bindDerivativeColumns(child) : undefined,
  };
}

const rowElements: Readonly<Record<Table, { table: string; transaction: string; holding: string }>> = {
  I: { table: 'nonDerivativeTable', transaction: 'nonDerivativeTransaction', holding: 'nonDerivativeHolding' },
  II: { table: 'derivativeTable', transaction: 'derivativeTransaction', holding: 'derivativeHolding' },
};

function bindRows(tableNode: ElementNode | undefined, form: FormId, table: Table): Row[] {
  if (!tableNode) return [];
  const names = rowElements[table];
  const rows: Row[] = [];
  for (const child of tableNode.children) {
    if (child.name === names.transaction) rows.push(bindTransaction(child, form, table, rows.length));
    else if (child.name === names.holding) rows.push(bindHolding(child, form, table, rows.length));
  }
  return rows;
}

/** X0101's row elements, children of the document itself (see OwnershipDocument.x0101Rows). */
const x0101RowNames = new Set(['nonDerivativeSecurity', 'derivativeSecurity']);

function childrenNamed(node: ElementNode, name: string): ElementNode[] {
  const children = node.children;
  const found: ElementNode[] = [];
  for (let i = 0; i < children.length; i++) if (children[i].name === name) found.push(children[i]);
  return found;
}

function bindFootnotes(node: ElementNode | undefined): FootnoteDefinition[] {
  if (!node) return [];
  return childrenNamed(node, 'footnote').map((fn) => {
    const id = idAttribute(fn);
    return {
      id: id?.value.value.trim() ?? '',
      idSpan: id?.value.span ?? fn.nameSpan,
      text: fn.text?.value.trim() ?? '',
      textSpan: fn.text?.span ?? fn.nameSpan,
      node: fn,
    };
  });
}

function bindSignature(node: ElementNode, index: number): Signature {
  return { index, name: childField(node, 'signatureName', parseString), date: childField(node, 'signatureDate', parseCalendarDate), node };
}

export function bindDocument(root: ElementNode): OwnershipDocument {
  const nonDerivativeTable = firstNamed(root, rowElements.I.table);
  const derivativeTable = firstNamed(root, rowElements.II.table);
  const footnotesNode = firstNamed(root, 'footnotes');
  const documentType = childField(root, 'documentType', parseString);
  const form = formIdOf(documentType?.value) ?? '4';
  return {
    root,
    form,
    schemaVersion: childField(root, 'schemaVersion', parseString),
    documentType,
    periodOfReport: childField(root, 'periodOfReport', parseCalendarDate),
    dateOfOriginalSubmission: childField(root, 'dateOfOriginalSubmission', parseCalendarDate),
    notSubjectToSection16: childField(root, 'notSubjectToSection16', parseBoolean),
    noSecuritiesOwned: childField(root, 'noSecuritiesOwned', parseBoolean),
    form3HoldingsReported: childField(root, 'form3HoldingsReported', parseBoolean),
    form4TransactionsReported: childField(root, 'form4TransactionsReported', parseBoolean),
    issuer: bindIssuer(firstNamed(root, 'issuer')),
    reportingOwners: childrenNamed(root, 'reportingOwner').map(bindOwner),
    aff10b5One: childField(root, 'aff10b5One', parseBoolean),
    nonDerivativeTable,
    derivativeTable,
    rows: [...bindRows(nonDerivativeTable, form, 'I'), ...bindRows(derivativeTable, form, 'II')],
    x0101Rows: root.children.filter((child) => x0101RowNames.has(child.name)),
    footnotesNode,
    footnotes: bindFootnotes(footnotesNode),
    remarks: childField(root, 'remarks', (t) => t),
    signatures: childrenNamed(root, 'ownerSignature').map(bindSignature),
    footnoteRefs: footnoteRefsBelow(root),
  };
}
