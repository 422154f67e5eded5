/**
 * Which transactions must be on a Form 4 within two business days whatever the row's own marks say, and the day
 * that clock runs out (model/deadlineStart.ts). Shared by the rules that judge a row's timeliness and by the deadline hover.
 */
import { compareDates } from './date';
import { release3311138Effective } from './releases';
import type { Field, TransactionRow } from './types';

/** How a message names a transaction that cannot wait for Form 5, or undefined when it can (or cannot be told). */
export function twoDayItem(row: TransactionRow): string | undefined {
  const code = row.coding?.code?.value;
  if (code === 'P') return 'an open-market or private purchase (P)';
  if (code === 'S') return 'an open-market or private sale (S)';
  if (code === 'G' && row.acquiredDisposed?.value?.value === 'D') {
    const date = row.transactionDate?.value?.value;
    if (date && compareDates(date, release3311138Effective) >= 0) return 'a bona fide gift given (G, D) on or after 2023-02-27';
  }
  return undefined;
}

/** The marks by which a row claims early reporting of a Form 5 item: `transactionTimeliness` E, `transactionFormType` 5. */
export function earlyMarks(row: TransactionRow): { readonly early?: Field<string>; readonly formType?: Field<string> } {
  return {
    early: row.timeliness?.value?.value === 'E' ? row.timeliness.value : undefined,
    formType: row.coding?.formType?.value === '5' ? row.coding.formType : undefined,
  };
}

/** Whether the row claims early reporting (either mark). */
export function markedEarly(row: TransactionRow): boolean {
  const { early, formType } = earlyMarks(row);
  return Boolean(early ?? formType);
}

/** A small acquisition (code L, Rule 16a-6) may wait for Form 5: on a Form 4 it is early, however late it seems. */
export function isDeferredSmallAcquisition(row: TransactionRow): boolean {
  return row.coding?.code?.value === 'L';
}
