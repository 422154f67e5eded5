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

/**
 * Several rows as a message names them, grouped by table, in order, each once: "Table I rows 1, 2 and 4", "Table I
 * rows 1 to 3" (three or more in a run), "Table I row 2 and Table II row 1", "Table I rows 1 and 2, and Table II row 1".
 */
export function rowsLabel(rows: readonly Row[]): string {
  const phrases: string[] = [];
  for (const table of ['I', 'II'] as const) {
    const numbers = [...new Set(rows.filter((r) => r.table === table).map((r) => r.index + 1))].sort((a, b) => a - b);
    if (numbers.length === 0) continue;
    const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
    if (numbers.length === 1) phrases.push(`Table ${table} row ${numbers[0]}`);
    else if (consecutive && numbers.length > 2) phrases.push(`Table ${table} rows ${numbers[0]} to ${numbers.at(-1)}`);
    else phrases.push(`Table ${table} rows ${listPhrase(numbers.map(String))}`);
  }
  // A comma keeps the tables apart when a table's own list has an "and".
  if (phrases.length > 1 && phrases.some((p) => p.includes(' and '))) return `${phrases.slice(0, -1).join(', ')}, and ${phrases.at(-1)}`;
  return listPhrase(phrases);
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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

const footnoteIndexes = new WeakMap<OwnershipDocument, ReadonlyMap<string, FootnoteDefinition>>();

/**
 * Footnote definitions by id; the first one wins where an id repeats (the structure checker reports repeats). Built
 * once per bound document (a model is never changed after binding): rules ask for it per row, and a document with
 * thousands of footnotes made that rows x footnotes.
 */
export function footnotesById(doc: OwnershipDocument): ReadonlyMap<string, FootnoteDefinition> {
  let byId = footnoteIndexes.get(doc);
  if (!byId) {
    const index = new Map<string, FootnoteDefinition>();
    for (const footnote of doc.footnotes) if (footnote.id && !index.has(footnote.id)) index.set(footnote.id, footnote);
    footnoteIndexes.set(doc, (byId = index));
  }
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
