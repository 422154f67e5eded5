/**
 * Small queries over the model's table rows that several rules share: which rows are transactions, how to name a
 * row in a message, which footnotes a row refers to.
 */
import type { Cell, FootnoteDefinition, FootnoteRef, OwnershipDocument, Row, TransactionRow } from './types';
import { footnoteRefsBelow } from './footnoteRefs';
import { perRun } from './perRun';

/** The transaction rows (not the holdings), in document order; one list per rule run, shared by the rules. */
export function transactionRows(doc: OwnershipDocument): readonly TransactionRow[] {
  return perRun(doc, transactionRowsOf);
}

function transactionRowsOf(doc: OwnershipDocument): readonly TransactionRow[] {
  return doc.rows.filter((row): row is TransactionRow => row.kind === 'transaction');
}

/** "Table I row 2": 1-based, counting transactions and holdings together as the form prints them. */
export function rowLabel(row: Row): string {
  return `Table ${row.table} row ${row.index + 1}`;
}

/** Several rows as a message names them: "Table I rows 1, 2 and 4", "Table I row 2 and Table II row 1" (each once). */
export function rowsLabel(rows: readonly Row[]): string {
  const parts: string[] = [];
  for (const table of ['I', 'II'] as const) {
    const numbers = [...new Set(rows.filter((r) => r.table === table).map((r) => r.index + 1))].sort((a, b) => a - b);
    if (numbers.length === 0) continue;
    parts.push(`Table ${table} ${numbers.length === 1 ? 'row' : 'rows'} ${andList(numbers.map(String))}`);
  }
  return andList(parts);
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The trimmed transaction code, or undefined when there is none. */
export function transactionCode(row: TransactionRow): string | undefined {
  return row.coding?.code?.value;
}

/** A cell's parsed value, when it has one. */
export function cellValue<T>(cell: Cell<T> | undefined): T | undefined {
  return cell?.value?.value;
}

/** Every footnote reference inside a row, wherever it is attached (code, amounts, dates, ownership...). */
export function footnoteRefsInRow(row: Row): FootnoteRef[] {
  return footnoteRefsBelow(row.node);
}

/** Footnote definitions by id; the first one wins where an id repeats (the structure checker reports repeats). */
export function footnotesById(doc: OwnershipDocument): Map<string, FootnoteDefinition> {
  const byId = new Map<string, FootnoteDefinition>();
  for (const footnote of doc.footnotes) if (footnote.id && !byId.has(footnote.id)) byId.set(footnote.id, footnote);
  return byId;
}

/** The owner as a message names it: "reporting owner 2 (Doe Jane)", falling back to the CIK. */
export function ownerLabel(owner: { index: number; name?: { value?: string }; cik?: { value?: string } }): string {
  const who = owner.name?.value ?? (owner.cik?.value ? `CIK ${owner.cik.value}` : undefined);
  return `reporting owner ${owner.index + 1}${who ? ` (${who})` : ''}`;
}

/** The texts of the footnotes a row refers to, then the remarks: where a filer explains what is unusual in a row. */
export function rowExplanations(doc: OwnershipDocument, row: Row): string[] {
  const byId = footnotesById(doc);
  const texts = footnoteRefsInRow(row).map((ref) => byId.get(ref.id)?.text ?? '');
  return doc.remarks ? [...texts, doc.remarks.raw] : texts;
}
