import { fieldPlace } from '../../model/place';
import { closedBecause, isWeekend } from '../../model/businessDays';
import { compareDates, formatIsoDate, type CalendarDate } from '../../model/date';
import type { Field, OwnershipDocument } from '../../model/types';
import { rowsAfterOriginal } from '../../model/amendment';
import { baseForm, type BaseForm } from '../../model/formFamily';
import { amendmentForms, defineRule, type ReportInput } from '../rule';
import { edgarFilingDays, formInstructions, techSpec } from '../../docs/sources';

type Check = (
  doc: OwnershipDocument,
  original: Field<CalendarDate>,
  date: CalendarDate,
  today: CalendarDate,
) => ReportInput<'document/amendment-dates'> | undefined;

/** EDGAR takes filings on business days only, so the day a filing was made is one. */
const onABusinessDay: Check = (doc, original, date) => {
  const closed = closedBecause(date);
  if (!closed) return undefined;
  return {
    span: original.span,
    severity: 'warning',
    message: `${fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'], doc.form)}: ${formatIsoDate(date)} is ${isWeekend(date) ? `a ${closed}` : closed}, when EDGAR takes no filings: give the day the amended filing was filed.`,
    data: { closed },
  };
};

/** What the period of report is on each form, and so why the original cannot predate it. */
const periodMeaning: Readonly<Record<BaseForm, string>> = {
  '3': 'the filing amended cannot have been filed before the event that required it',
  '4': 'the filing amended cannot have been filed before the transactions it reports',
  '5': 'the filing amended cannot have been filed before the fiscal year it reports ended',
};

/**
 * The original reports from the period on (Form 4: the earliest transaction; Form 3: the event making the person an
 * insider; Form 5: the fiscal year's end), so it was filed on or after the period's day.
 */
const notBeforeThePeriod: Check = (doc, original, date) => {
  const period = doc.periodOfReport;
  if (!period?.value || compareDates(date, period.value) >= 0) return undefined;
  // Rows dated after box 4 as well: document/amendment-new-transaction reports the one cause, row by row.
  if (rowsAfterOriginal(doc).length > 0) return undefined;
  return {
    span: original.span,
    message: `${fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'], doc.form)}: ${formatIsoDate(date)} is before periodOfReport ${formatIsoDate(period.value)}: ${periodMeaning[baseForm(doc.form)]}.`,
    related: [{ span: period.span, message: `periodOfReport ${formatIsoDate(period.value)}` }],
  };
};

/**
 * An amendment not signed yet is filed no earlier than today, so the filing it amends was made by today. (Once it
 * is signed, notAfterTheSignature bounds the date instead.)
 */
const notAfterToday: Check = (doc, original, date, today) => {
  if (doc.signatures.some((s) => s.date?.value) || compareDates(date, today) <= 0) return undefined;
  return {
    span: original.span,
    message: `${fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'], doc.form)}: ${formatIsoDate(date)} is after today (${formatIsoDate(today)}): the filing an amendment corrects has been filed already; give the day it was filed.`,
  };
};

/** The amendment is signed after the filing it amends was made. */
const notAfterTheSignature: Check = (doc, original, date) => {
  const earlier = doc.signatures.filter((s) => s.date?.value && compareDates(s.date.value, date) < 0);
  if (earlier.length === 0) return undefined;
  return {
    span: original.span,
    message: `${fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'], doc.form)}: ${formatIsoDate(date)} is after the amendment's signature date${earlier.length > 1 ? 's' : ''}: an amendment is signed after the filing it amends.`,
    related: earlier.map((s) => ({ span: s.date!.span, message: `Signature ${s.index + 1}: ${s.date!.raw.trim()}` })),
  };
};

export const amendmentDates = defineRule({
  id: 'document/amendment-dates',
  category: 'document',
  severity: 'error',
  forms: amendmentForms,
  summary: "An amendment's dateOfOriginalSubmission is a business day, not before periodOfReport, not after the signature.",
  explanation: [
    'Box 4 of the form, "If Amendment, Date Original Filed" (`dateOfOriginalSubmission`), names the filing an',
    'amendment corrects by the day it was filed. Three facts bound that day:',
    '',
    '- **Error**: it is not before `periodOfReport`. The original reported from that day on (a Form 4 its earliest',
    "  transaction, a Form 3 the event that made the person an insider, a Form 5 the issuer's fiscal year end) and",
    '  could not be filed before it.',
    '  When rows of the amendment are dated after box 4 too, `document/amendment-new-transaction` reports that one',
    '  cause instead.',
    '- **Error**: it is not after a signature date of the amendment, which is signed once the original exists; an',
    '  amendment not signed yet is filed no earlier than today, so box 4 is not after today either.',
    '- **Warning**: it is a business day. EDGAR takes filings Monday to Friday except federal holidays, and the',
    '  business day a filing is received is its filing date, so a Saturday or a holiday cannot be one; often the date',
    '  typed is the day the original was signed, not the day it was filed.',
    '',
    "Copy the filing date from the original's EDGAR filing index. If the amendment corrects the period of report",
    "itself, the original's filing date still bounds the corrected one.",
  ].join('\n'),
  sources: [
    formInstructions('Box 4, If Amendment, Date Original Filed'),
    techSpec('dateOfOriginalSubmission (Form 4/A schema)'),
    edgarFilingDays,
  ],
  check({ doc, today, report }) {
    const original = doc.dateOfOriginalSubmission;
    const date = original?.value;
    if (!original || !date) return; // missing: document/original-submission-date; unreadable: the structure checker
    for (const check of [notBeforeThePeriod, notAfterTheSignature, notAfterToday, onABusinessDay]) {
      const finding = check(doc, original, date, today);
      if (finding) report(finding);
    }
  },
});
