/**
 * Binds the located document tree to the typed Form 4 model. Tolerant by design: it reads whatever is where the
 * schema says it should be and ignores the rest (the structure checker reports misplaced and unknown elements), so
 * rules still run on a half-typed draft.
 */
import { attribute, childrenNamed, firstChild, type ElementNode } from '../tree/node';
import { parseDate, type CalendarDate } from './date';
import { Decimal } from './decimal';
import type {
  Cell,
  DerivativeColumns,
  Field,
  FootnoteDefinition,
  FootnoteRef,
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

function childField<T>(parent: ElementNode | undefined, name: string, parse: Parser<T>): Field<T> | undefined {
  return field(firstChild(parent, name), parse);
}

function footnoteRefsOf(node: ElementNode): FootnoteRef[] {
  return childrenNamed(node, 'footnoteId').map((ref) => {
    const id = attribute(ref, 'id');
    return { id: id?.value.value.trim() ?? '', span: id?.value.span ?? ref.nameSpan, node: ref };
  });
}

function cell<T>(node: ElementNode | undefined, parse: Parser<T>): Cell<T> | undefined {
  if (!node) return undefined;
  return { value: childField(node, 'value', parse), footnotes: footnoteRefsOf(node), node };
}

function childCell<T>(parent: ElementNode | undefined, name: string, parse: Parser<T>): Cell<T> | undefined {
  return cell(firstChild(parent, name), parse);
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
  const id = firstChild(node, 'reportingOwnerId');
  return {
    index,
    cik: childField(id, 'rptOwnerCik', parseString),
    ccc: childField(id, 'rptOwnerCcc', parseString),
    name: childField(id, 'rptOwnerName', parseString),
    address: bindAddress(firstChild(node, 'reportingOwnerAddress')),
    relationship: bindRelationship(firstChild(node, 'reportingOwnerRelationship')),
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

function bindDerivativeColumns(node: ElementNode): DerivativeColumns {
  return {
    conversionOrExercisePrice: childCell(node, 'conversionOrExercisePrice', parseDecimal),
    exerciseDate: childCell(node, 'exerciseDate', parseCalendarDate),
    expirationDate: childCell(node, 'expirationDate', parseCalendarDate),
    underlying: bindUnderlying(firstChild(node, 'underlyingSecurity')),
  };
}

function bindTransaction(node: ElementNode, table: Table, index: number): TransactionRow {
  const amounts = firstChild(node, 'transactionAmounts');
  return {
    kind: 'transaction',
    table,
    index,
    node,
    securityTitle: childCell(node, 'securityTitle', parseString),
    transactionDate: childCell(node, 'transactionDate', parseCalendarDate),
    deemedExecutionDate: childCell(node, 'deemedExecutionDate', parseCalendarDate),
    coding: bindCoding(firstChild(node, 'transactionCoding')),
    timeliness: childCell(node, 'transactionTimeliness', parseString),
    shares: childCell(amounts, 'transactionShares', parseDecimal),
    totalValue: childCell(amounts, 'transactionTotalValue', parseDecimal),
    pricePerShare: childCell(amounts, 'transactionPricePerShare', parseDecimal),
    acquiredDisposed: childCell(amounts, 'transactionAcquiredDisposedCode', parseString),
    postTransaction: bindPost(firstChild(node, 'postTransactionAmounts')),
    ownership: bindOwnership(firstChild(node, 'ownershipNature')),
    derivative: table === 'II' ? bindDerivativeColumns(node) : undefined,
  };
}

function bindHolding(node: ElementNode, table: Table, index: number): HoldingRow {
  return {
    kind: 'holding',
    table,
    index,
    node,
    securityTitle: childCell(node, 'securityTitle', parseString),
    postTransaction: bindPost(firstChild(node, 'postTransactionAmounts')),
    ownership: bindOwnership(firstChild(node, 'ownershipNature')),
    derivative: table === 'II' ? bindDerivativeColumns(node) : undefined,
  };
}

const rowElements: Readonly<Record<Table, { table: string; transaction: string; holding: string }>> = {
  I: { table: 'nonDerivativeTable', transaction: 'nonDerivativeTransaction', holding: 'nonDerivativeHolding' },
  II: { table: 'derivativeTable', transaction: 'derivativeTransaction', holding: 'derivativeHolding' },
};

function bindRows(tableNode: ElementNode | undefined, table: Table): Row[] {
  if (!tableNode) return [];
  const names = rowElements[table];
  const rows: Row[] = [];
  for (const child of tableNode.children) {
    if (child.name === names.transaction) rows.push(bindTransaction(child, table, rows.length));
    else if (child.name === names.holding) rows.push(bindHolding(child, table, rows.length));
  }
  return rows;
}

function bindFootnotes(node: ElementNode | undefined): FootnoteDefinition[] {
  if (!node) return [];
  return childrenNamed(node, 'footnote').map((fn) => {
    const id = attribute(fn, 'id');
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

function collectFootnoteRefs(node: ElementNode, out: FootnoteRef[]): FootnoteRef[] {
  for (const child of node.children) {
    if (child.name === 'footnoteId') {
      const id = attribute(child, 'id');
      out.push({ id: id?.value.value.trim() ?? '', span: id?.value.span ?? child.nameSpan, node: child });
    } else {
      collectFootnoteRefs(child, out);
    }
  }
  return out;
}

export function bindDocument(root: ElementNode): OwnershipDocument {
  const nonDerivativeTable = firstChild(root, rowElements.I.table);
  const derivativeTable = firstChild(root, rowElements.II.table);
  const footnotesNode = firstChild(root, 'footnotes');
  return {
    root,
    schemaVersion: childField(root, 'schemaVersion', parseString),
    documentType: childField(root, 'documentType', parseString),
    periodOfReport: childField(root, 'periodOfReport', parseCalendarDate),
    dateOfOriginalSubmission: childField(root, 'dateOfOriginalSubmission', parseCalendarDate),
    notSubjectToSection16: childField(root, 'notSubjectToSection16', parseBoolean),
    issuer: bindIssuer(firstChild(root, 'issuer')),
    reportingOwners: childrenNamed(root, 'reportingOwner').map(bindOwner),
    aff10b5One: childField(root, 'aff10b5One', parseBoolean),
    nonDerivativeTable,
    derivativeTable,
    rows: [...bindRows(nonDerivativeTable, 'I'), ...bindRows(derivativeTable, 'II')],
    footnotesNode,
    footnotes: bindFootnotes(footnotesNode),
    remarks: childField(root, 'remarks', (t) => t),
    signatures: childrenNamed(root, 'ownerSignature').map(bindSignature),
    footnoteRefs: collectFootnoteRefs(root, []),
  };
}
