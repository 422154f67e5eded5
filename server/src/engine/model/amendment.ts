/**
 * What a Form 4/A's box 4 (`dateOfOriginalSubmission`) says of its rows: a filing made on that day can only have
 * reported transactions of that day or before. Shared by the amendment rules, so that one cause (a row that is new,
 * or a box 4 that is wrong) is reported once.
 */
import { compareDates, type CalendarDate } from './date';
import { transactionRows } from './rows';
import type { Field, OwnershipDocument, TransactionRow } from './types';

export interface RowAfterOriginal {
  readonly row: TransactionRow;
  readonly date: Field<CalendarDate>;
}

/** The transaction rows of a 4/A dated after its original was filed; empty for a Form 4 or an unreadable box 4. */
export function rowsAfterOriginal(doc: OwnershipDocument): readonly RowAfterOriginal[] {
  const original = doc.dateOfOriginalSubmission?.value;
  if (doc.form !== '4/A' || !original) return [];
  const after: RowAfterOriginal[] = [];
  for (const row of transactionRows(doc)) {
    const date = row.transactionDate?.value;
    if (date?.value && compareDates(date.value, original) > 0) after.push({ row, date });
  }
  return after;
}
