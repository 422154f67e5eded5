/**
 * The filing deadline of a transaction row, for the hover on its date: two business days after the transaction (or
 * its deemed execution date, where Rule 16a-3(g)(2) allows one: model/deadlineStart.ts), with the weekends and
 * holidays that pushed it back, and whether the filing meets it.
 * Uses the same business-day calendar and filing date as the date/deadline rule.
 */
import { holidayOn, isWeekend } from '../model/businessDays';
import { addDays, compareDates, formatIsoDate, weekdayName, type CalendarDate } from '../model/date';
import type { OwnershipDocument, TransactionRow } from '../model/types';
import { signingDate, signingText, type SigningDate } from '../model/signingDate';
import { isDeferredSmallAcquisition, markedEarly, twoDayItem } from '../model/twoDayReporting';
import { twoDayDeadline } from '../model/deadlineStart';
import { statementDeadline } from '../model/statementDeadline';

function dayText(date: CalendarDate): string {
  return `${weekdayName(date)} ${formatIsoDate(date)}`;
}

/** The holidays observed between two dates (exclusive of `from`, inclusive of `to`). */
function holidaysBetween(from: CalendarDate, to: CalendarDate): string[] {
  const names: string[] = [];
  for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
    const holiday = holidayOn(day);
    if (holiday && !isWeekend(day)) names.push(`${holiday} (${formatIsoDate(day)})`);
  }
  return names;
}

function statusText(doc: OwnershipDocument, row: TransactionRow, deadline: CalendarDate, today: CalendarDate): string | undefined {
  const timeliness = row.timeliness?.value?.value;
  if (timeliness === 'L') return 'The row is marked late (L).';
  const item = twoDayItem(row);
  if (markedEarly(row) && !item) return 'The row is reported early (E or form type 5): the two-day deadline does not apply.';
  if (isDeferredSmallAcquisition(row))
    return 'A small acquisition (code L) may wait for Form 5 (Rule 16a-6): on a Form 4 it is early, and the two-day deadline does not apply.';
  const signed = signingDate(doc, today);
  if (!signed) return undefined;
  const late = compareDates(signed.date, deadline) > 0;
  const when = filingDateText(signed);
  if (markedEarly(row)) {
    const early = `The row is marked early, but ${item} cannot wait for Form 5.`;
    return late
      ? `${early} ${when}: **after the deadline**: mark the row late (L).`
      : `${early} ${when}: in time, so it is an ordinary Form 4 line.`;
  }
  return late ? `${when}: **after the deadline**: mark the row late (L).` : `${when}: in time.`;
}

/**
 * Which date the deadline is held to, since the day EDGAR accepts the filing is not known while it is written: the
 * signature date stands in for it, today for a form not signed yet, the original's filing date for an amendment.
 */
function filingDateText(signed: SigningDate): string {
  const date = formatIsoDate(signed.date);
  if (!signed.span) return `Not signed yet, so today, ${date}, stands in for the filing date`;
  if (signed.what === 'originally filed') return `The filing date is the original filing's, ${date} (box 4), as this is an amendment`;
  const which = signed.what === 'last signed' ? 'the last signature date' : 'the signature date';
  return `The filing date is taken as ${which}, ${date}`;
}

/** Markdown with the row's filing deadline; undefined when the row has no readable date. */
export function describeDeadline(doc: OwnershipDocument, row: TransactionRow, today: CalendarDate): string | undefined {
  const due = twoDayDeadline(doc, row);
  if (!due) return undefined;
  const base = due.date;
  const deadline = due.deadline;
  const from = due.deemed ? `the deemed execution date, ${dayText(base)} (Rule 16a-3(g))` : `the transaction on ${dayText(base)}`;
  const deemed = row.deemedExecutionDate?.value?.value;
  const ignored =
    !due.deemed && deemed && compareDates(deemed, base) !== 0
      ? ' The deemed execution date does not apply: the row is neither a Rule 10b5-1(c) plan trade nor a Rule 16b-3(f) discretionary transaction.'
      : '';
  const holidays = holidaysBetween(base, deadline);
  const skipped = holidays.length ? ` Holidays skipped: ${holidays.join(', ')}.` : '';
  const status = statusText(doc, row, deadline, today);
  return `**Filing deadline:** ${dayText(deadline)}, the end of the second business day after ${from}.${ignored}${skipped}${status ? ` ${status}` : ''}`;
}

/** What each statement's period of report is, for the hover: box 2 of Form 3, box 3 of Form 5. */
const statementPeriod = { '3': 'the event requiring the statement', '5': "the issuer's fiscal year end" } as const;

/**
 * Markdown with a Form 3's or Form 5's filing deadline, for the hover on its period of report (the date/form3-deadline
 * and date/form5-deadline rules); undefined for other forms, amendments, or an unreadable date.
 */
export function describeStatementDeadline(doc: OwnershipDocument, today: CalendarDate): string | undefined {
  const due = statementDeadline(doc);
  if (!due) return undefined;
  const form = doc.form === '3' ? '3' : '5';
  const moved = compareDates(due.deadline, addDays(due.period, due.days)) !== 0 ? ' (moved to the next business day)' : '';
  const signed = signingDate(doc, today);
  const status =
    signed && ` Filing: ${signingText(signed)}, ${compareDates(signed.date, due.deadline) > 0 ? '**after the deadline**' : 'in time'}.`;
  return `**Filing deadline:** ${dayText(due.deadline)}${moved}, ${due.days} days after ${statementPeriod[form]}, ${dayText(due.period)}.${status ?? ''}`;
}
