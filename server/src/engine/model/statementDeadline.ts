/**
 * When a Form 3 or a Form 5 is due, counted from its period of report: a Form 3 ten days after the event that made
 * the person an insider (Rule 16a-3(a)), a Form 5 forty-five days after the issuer's fiscal year end (Rule
 * 16a-3(f)). Calendar days, and a deadline that falls when EDGAR is closed moves to the next business day (Rule 0-3).
 */
import { addBusinessDays, isBusinessDay } from './businessDays';
import { addDays, compareDates, formatIsoDate, type CalendarDate } from './date';
import { baseForm } from './formFamily';
import { signingDate, signingText, type SigningDate } from './signingDate';
import type { OwnershipDocument } from './types';
import type { RelatedLocation } from '../findings';

/** Calendar days after the period of report, by form: Forms 3 and 5 (a Form 4 counts business days per row). */
export const calendarDaysAllowed = { '3': 10, '5': 45 } as const;

export interface StatementDeadline {
  readonly period: CalendarDate;
  readonly days: number;
  /** The last day to file: the period plus `days`, moved to the next business day when EDGAR is closed on it. */
  readonly deadline: CalendarDate;
}

/** The deadline of a Form 3 or 5 (not their amendments), or undefined for other forms or an unreadable period. */
export function statementDeadline(doc: OwnershipDocument): StatementDeadline | undefined {
  const base = baseForm(doc.form);
  const period = doc.periodOfReport?.value;
  if (base === '4' || doc.form !== base || !period) return undefined;
  const days = calendarDaysAllowed[base];
  const due = addDays(period, days);
  return { period, days, deadline: isBusinessDay(due) ? due : addBusinessDays(due, 1) };
}

export interface LateStatement extends StatementDeadline {
  readonly filed: SigningDate;
  /** "signed 2024-03-01", "not signed yet, today is 2024-03-14": the filing date as a message says it. */
  readonly when: string;
  /** The signature that dates the filing, when one does. */
  readonly related?: readonly RelatedLocation[];
}

/** The Form 3 or 5 filed (signed, or today while unsigned) after its deadline, or undefined when on time or unknown. */
export function lateStatement(doc: OwnershipDocument, today: CalendarDate): LateStatement | undefined {
  const due = statementDeadline(doc);
  const filed = signingDate(doc, today);
  if (!due || !filed || compareDates(filed.date, due.deadline) <= 0) return undefined;
  const date = formatIsoDate(filed.date);
  return {
    ...due,
    filed,
    when: signingText(filed),
    related: filed.span ? [{ span: filed.span, message: `${filed.what} ${date}` }] : undefined,
  };
}
