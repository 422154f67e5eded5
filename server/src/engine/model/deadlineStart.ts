/**
 * The day a row's two-business-day filing deadline counts from, shared by the date/deadline and
 * date/deemed-execution rules and the deadline hover. Rule 16a-3(g)(2) deems a transaction executed on a later day
 * (column 2A) only for a trade under a Rule 10b5-1(c) plan and for a Rule 16b-3(f) discretionary transaction (code
 * I), whose date the insider did not pick; every other deadline counts from the transaction date, whatever column 2A
 * says. The Rule 10b5-1 checkbox is document-wide, so a checked box (or a footnote that speaks of a plan) makes every
 * row of the form eligible.
 */
import { addBusinessDays } from './businessDays';
import { reportsPlanTrades } from './planText';
import { transactionCode } from './rows';
import type { CalendarDate } from './date';
import type { Field, OwnershipDocument, TransactionRow } from './types';

/** Form 4 General Instruction 1(a): due before the end of the second business day after the (deemed) execution. */
export const allowedBusinessDays = 2;

export interface DeadlineStart {
  readonly date: CalendarDate;
  /** The date field the count starts from: the deemed execution date or the transaction date. */
  readonly field: Field<CalendarDate>;
  /** How messages name it: "the deemed execution date", "the transaction". */
  readonly what: string;
  readonly deemed: boolean;
}

/** Whether Rule 16a-3(g)(2) lets the row's deemed execution date start the clock. */
export function deemedDateApplies(doc: OwnershipDocument, row: TransactionRow): boolean {
  return transactionCode(row) === 'I' || reportsPlanTrades(doc);
}

/** Undefined when the date the count would start from cannot be read. */
export function deadlineStart(doc: OwnershipDocument, row: TransactionRow): DeadlineStart | undefined {
  const deemed = row.deemedExecutionDate?.value;
  if (deemed?.value && deemedDateApplies(doc, row))
    return { date: deemed.value, field: deemed, what: 'the deemed execution date', deemed: true };
  const transaction = row.transactionDate?.value;
  if (!transaction?.value) return undefined;
  return { date: transaction.value, field: transaction, what: 'the transaction', deemed: false };
}

export interface TwoDayDeadline extends DeadlineStart {
  /** The end of the second business day after `date`. */
  readonly deadline: CalendarDate;
}

/** The row's two-business-day deadline; undefined when the date it counts from cannot be read. */
export function twoDayDeadline(doc: OwnershipDocument, row: TransactionRow): TwoDayDeadline | undefined {
  const start = deadlineStart(doc, row);
  if (!start) return undefined;
  // Spelt out: `{ ...start, deadline }` takes Node 20's V8 about 0.5 µs (a spread followed by a property is cloned
  // the slow way), and two rules ask this of every row on every keystroke.
  const { date, field, what, deemed } = start;
  return { date, field, what, deemed, deadline: addBusinessDays(date, allowedBusinessDays) };
}
