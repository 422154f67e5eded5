/**
 * The outline: the form's parts as a reader of the printed form sees them (issuer, reporting owners, Table I and
 * Table II with one entry per row, footnotes, signatures), each selecting its element. A document that is not an
 * ownership document gets a plain outline of its elements.
 */
import { formatIsoDate } from '../model/date';
import type { Field, OwnershipDocument, ReportingOwner, Row } from '../model/types';
import { isCheckedForm } from '../forms/select';
import type { AnalyzedDocument } from '../service';
import type { ElementNode } from '../tree/node';
import type { DocumentSymbol, SymbolKind } from './types';

function symbol(name: string, kind: SymbolKind, node: ElementNode, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  return { name: name.trim() || node.name, kind, span: node.span, selectionSpan: node.nameSpan, children, ...(detail ? { detail } : {}) };
}

function text(field: Field<unknown> | undefined): string | undefined {
  const raw = field?.raw.trim();
  return raw ? raw : undefined;
}

/** "2024-03-12 S 1,500 D": date, code, amount, direction, as far as the row gives them. */
export function rowSymbolName(row: Row): string {
  if (row.kind === 'holding') {
    const owned = row.postTransaction?.sharesOwned?.value ?? row.postTransaction?.valueOwned?.value;
    const amount = owned?.value?.format() ?? text(owned);
    return ['Holding', amount, text(row.ownership?.directOrIndirect?.value)].filter(Boolean).join(' ');
  }
  const date = row.transactionDate?.value;
  const amountField = row.shares?.value ?? row.totalValue?.value;
  const parts = [
    date?.value ? formatIsoDate(date.value) : text(date),
    text(row.coding?.code),
    amountField?.value?.format() ?? text(amountField),
    text(row.acquiredDisposed?.value),
  ];
  const name = parts.filter(Boolean).join(' ');
  return name || 'Transaction';
}

function rowSymbol(row: Row): DocumentSymbol {
  const title = text(row.securityTitle?.value);
  return symbol(rowSymbolName(row), 'row', row.node, [], title);
}

function ownerSymbol(owner: ReportingOwner): DocumentSymbol {
  const relationship = owner.relationship;
  const roles = [
    relationship?.isDirector?.value && 'Director',
    relationship?.isOfficer?.value && (text(relationship.officerTitle) ?? 'Officer'),
    relationship?.isTenPercentOwner?.value && '10% Owner',
    relationship?.isOther?.value && (text(relationship.otherText) ?? 'Other'),
  ].filter((r): r is string => typeof r === 'string');
  const name = text(owner.name) ?? (text(owner.cik) ? `CIK ${text(owner.cik)}` : `Reporting owner ${owner.index + 1}`);
  return symbol(name, 'owner', owner.node, [], roles.join(', ') || undefined);
}

function tableSymbol(name: string, node: ElementNode | undefined, rows: readonly Row[]): DocumentSymbol[] {
  return node ? [symbol(name, 'table', node, rows.map(rowSymbol), `${rows.length} row${rows.length === 1 ? '' : 's'}`)] : [];
}

function modelSymbols(model: OwnershipDocument, formName: string): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  const issuer = model.issuer;
  if (issuer) {
    const name = text(issuer.name) ?? text(issuer.tradingSymbol) ?? (text(issuer.cik) ? `CIK ${text(issuer.cik)}` : 'Issuer');
    children.push(symbol(name, 'issuer', issuer.node, [], text(issuer.tradingSymbol)));
  }
  children.push(...model.reportingOwners.map(ownerSymbol));
  children.push(
    ...tableSymbol(
      'Table I',
      model.nonDerivativeTable,
      model.rows.filter((r) => r.table === 'I'),
    ),
  );
  children.push(
    ...tableSymbol(
      'Table II',
      model.derivativeTable,
      model.rows.filter((r) => r.table === 'II'),
    ),
  );
  if (model.footnotesNode) {
    const footnotes = model.footnotes.map((f) =>
      symbol(f.id || 'Footnote', 'footnote', f.node, [], f.text.length > 60 ? `${f.text.slice(0, 57)}...` : f.text || undefined),
    );
    children.push(symbol('Footnotes', 'footnotes', model.footnotesNode, footnotes));
  }
  if (model.remarks && model.remarks.raw.trim()) children.push(symbol('Remarks', 'field', model.remarks.node));
  children.push(...model.signatures.map((s) => symbol(text(s.name) ?? 'Signature', 'signature', s.node, [], text(s.date))));
  const period = text(model.periodOfReport);
  return symbol(formName, 'document', model.root, children, period);
}

/** For a document not checked as a form it describes: its elements that contain others, nested as they are. */
function plainSymbols(node: ElementNode): DocumentSymbol {
  const children = node.children.filter((c) => c.children.length > 0).map(plainSymbols);
  return symbol(node.name, 'field', node, children);
}

export function symbols(doc: AnalyzedDocument): DocumentSymbol[] {
  if (!doc.root) return [];
  if (doc.model && isCheckedForm(doc.kind)) return [modelSymbols(doc.model, doc.form.displayName)];
  return [plainSymbols(doc.root)];
}
