/**
 * The date a filing counts as made, for the deadline rule: the first signature's date when it is given, else
 * "today" (a draft not yet signed is filed no earlier than today). A Form 4/A corrects a filing already made, so its
 * own signature says nothing about whether the transactions were reported in time: it is judged by the original's
 * submission date (box 4), and not at all when that is not given.
 */
import type { CalendarDate } from './date';
import type { Field, OwnershipDocument } from './types';
import type { Span } from '../text/span';

export interface SigningDate {
  readonly date: CalendarDate;
  /** Where the date is written; undefined when "today" stands in for it. */
  readonly span?: Span;
  /** How messages name it: "signed", "originally filed". */
  readonly what: string;
}

function written(field: Field<CalendarDate> | undefined): CalendarDate | 'unreadable' | undefined {
  if (!field || field.raw.trim() === '') return undefined;
  return field.value ?? 'unreadable';
}

/**
 * Undefined when the date cannot be read: guessing "today" for an old filing with a mistyped date would report
 * every row late, and the structure checker already reports the date.
 */
export function signingDate(doc: OwnershipDocument, today: CalendarDate): SigningDate | undefined {
  if (doc.documentType?.value === '4/A') {
    const original = written(doc.dateOfOriginalSubmission);
    if (!original || original === 'unreadable') return undefined;
    return { date: original, span: doc.dateOfOriginalSubmission?.span, what: 'originally filed' };
  }
  const field = doc.signatures[0]?.date;
  const signed = written(field);
  if (signed === 'unreadable') return undefined;
  return signed ? { date: signed, span: field?.span, what: 'signed' } : { date: today, what: 'not signed yet' };
}
