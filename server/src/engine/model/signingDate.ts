/**
 * The date a filing counts as made, for the deadline rules: the latest signature's date when every signature gives
 * one (a joint filing is filed once its last reporting person has signed, never before), else "today" (a draft not
 * yet signed by everyone is filed no earlier than today). An amendment (4/A, 3/A, 5/A) corrects a filing already made, so its own
 * signatures say nothing about whether the transactions were reported in time: it is judged by the original's
 * submission date (box 4), and not at all when that is not given.
 */
import { compareDates, formatIsoDate, type CalendarDate } from './date';
import { isAmendment } from './formFamily';
import type { Field, OwnershipDocument } from './types';
import type { Span } from '../text/span';

export interface SigningDate {
  readonly date: CalendarDate;
  /** Where the date is written; undefined when "today" stands in for it. */
  readonly span?: Span;
  /** How messages name it: "signed", "last signed", "originally filed". */
  readonly what: string;
}

function written(field: Field<CalendarDate> | undefined): CalendarDate | 'unreadable' | undefined {
  if (!field || field.raw.trim() === '') return undefined;
  return field.value ?? 'unreadable';
}

/**
 * Undefined when a date cannot be read: guessing "today" for an old filing with a mistyped date would report
 * every row late, and the structure checker already reports the date.
 */
export function signingDate(doc: OwnershipDocument, today: CalendarDate): SigningDate | undefined {
  if (isAmendment(doc.form)) {
    const original = written(doc.dateOfOriginalSubmission);
    if (!original || original === 'unreadable') return undefined;
    return { date: original, span: doc.dateOfOriginalSubmission?.span, what: 'originally filed' };
  }
  let latest: { date: CalendarDate; span: Span } | undefined;
  let unsigned = doc.signatures.length === 0;
  for (const signature of doc.signatures) {
    const signed = written(signature.date);
    if (signed === 'unreadable') return undefined;
    if (!signed) unsigned = true;
    else if (!latest || compareDates(signed, latest.date) > 0) latest = { date: signed, span: signature.date!.span };
  }
  if (!latest || (unsigned && compareDates(today, latest.date) > 0)) return { date: today, what: 'not signed yet' };
  const days = new Set(doc.signatures.map((s) => s.date?.value?.ordinal).filter((d) => d !== undefined));
  return { date: latest.date, span: latest.span, what: days.size > 1 ? 'last signed' : 'signed' };
}

/** "signed 2024-03-13", "last signed 2024-03-14", "not signed yet, today is 2024-03-14": the filing date in a message. */
export function signingText(signed: SigningDate): string {
  const date = formatIsoDate(signed.date);
  return signed.span ? `${signed.what} ${date}` : `not signed yet, today is ${date}`;
}
