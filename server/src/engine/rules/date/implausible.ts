import { baseForm } from '../../model/formFamily';
import { addYears, compareDates, formatIsoDate, makeDate, type CalendarDate } from '../../model/date';
import type { Field, OwnershipDocument } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { transactionRows } from '../../model/rows';
import { signingDate, signingText } from '../../model/signingDate';
import { cellPlace } from '../../model/place';
import { formInstructions, section16Faq, techSpec } from '../../docs/sources';

/** Section 16 filings went electronic in 2003 and EDGAR itself began in the 1990s: an earlier date is a slip. */
const earliestPlausible = makeDate(1990, 1, 1);

/**
 * The placeholder the SEC staff told filers to use in 2003, before the XML had holding rows: a holding typed as a
 * transaction dated 1988-08-08. Filings of that year are right to carry it.
 */
const dummyDate = makeDate(1988, 8, 8);
const dummyDateInUseUntil = makeDate(2004, 1, 1);

interface NamedDate {
  readonly field: Field<CalendarDate>;
  readonly date: CalendarDate;
  /** How the message names the date; worded only for a date reported (a cell's place costs a lookup per column). */
  readonly label: () => string;
  readonly transaction: boolean;
}

function datesOf(doc: OwnershipDocument): NamedDate[] {
  const dates: NamedDate[] = [];
  const add = (field: Field<CalendarDate> | undefined, label: () => string, transaction = false) => {
    if (field?.value) dates.push({ field, date: field.value, label, transaction });
  };
  add(doc.periodOfReport, () => 'periodOfReport');
  add(doc.dateOfOriginalSubmission, () => 'dateOfOriginalSubmission');
  for (const row of transactionRows(doc)) {
    add(row.transactionDate?.value, () => `${cellPlace(row, 'transactionDate')}: transaction date`, true);
    add(row.deemedExecutionDate?.value, () => `${cellPlace(row, 'deemedExecutionDate')}: deemed execution date`);
  }
  for (const signature of doc.signatures) add(signature.date, () => `Signature ${signature.index + 1}: date`);
  return dates;
}

function signedBefore(doc: OwnershipDocument, limit: CalendarDate): boolean {
  const signed = doc.signatures.map((s) => s.date?.value).filter((d): d is CalendarDate => d !== undefined);
  return signed.length > 0 && signed.every((d) => compareDates(d, limit) < 0);
}

/** The same day a year later (29 February becomes 1 March). */
export const implausibleDate = defineRule({
  id: 'date/implausible',
  category: 'date',
  severity: 'error',
  forms: allForms,
  summary: 'No date is before 1990, and no transaction is more than a year older than the filing.',
  explanation: [
    'Some dates cannot be right on a Form 4, though the schema accepts any date:',
    '',
    '- **Error**: a date before 1990 (period of report, transaction, deemed execution, signature, original',
    '  submission). Section 16 reports are filed on EDGAR, in this XML, since 2003; a year such as 1924 or 0202 is a',
    "  typing slip. The one exception is 1988-08-08, the placeholder the SEC staff's Section 16 FAQ had filers type in",
    '  2003 for a holding reported as a transaction, on filings signed that year.',
    '- **Warning**: a transaction more than a year before the filing date (the signature, or for an amendment the',
    "  original's submission date). A Form 4 is due two business days after the transaction, so such a date is",
    '  usually a wrong year. A row already marked late (`transactionTimeliness` L) is taken at its word, and a Form 5,',
    '  which reports a whole fiscal year after it ends, is not held to this.',
    '',
    'Correct the date. A transaction that really is that old is reported late: mark the row L, and say why in a',
    'footnote.',
  ].join('\n'),
  sources: [
    formInstructions('Instruction 1(a) (two business days) and the date columns'),
    techSpec('transactionDate, periodOfReport, signatureDate (xs:date)'),
    section16Faq('the 2003 placeholder date 08/08/1988 for holdings'),
  ],
  check({ doc, today, report }) {
    const dummyAllowed = signedBefore(doc, dummyDateInUseUntil);
    const tooEarly = new Set<Field<CalendarDate>>();
    for (const { field, date, label, transaction } of datesOf(doc)) {
      if (compareDates(date, earliestPlausible) >= 0) continue;
      tooEarly.add(field);
      if (transaction && dummyAllowed && compareDates(date, dummyDate) === 0) continue;
      report({
        span: field.span,
        message: `${label()} ${formatIsoDate(date)} is before 1990: correct the year.`,
        data: { date: formatIsoDate(date) },
      });
    }
    // Form 5 reports a fiscal year's transactions after the year ends: its rows are months old by design.
    if (baseForm(doc.form) === '5') return;
    const filed = signingDate(doc, today);
    if (!filed) return;
    for (const row of transactionRows(doc)) {
      const field = row.transactionDate?.value;
      if (!field?.value || tooEarly.has(field) || row.timeliness?.value?.value === 'L') continue;
      if (compareDates(filed.date, addYears(field.value, 1)) <= 0) continue;
      const when = signingText(filed);
      report({
        span: field.span,
        severity: 'warning',
        message: `${cellPlace(row, 'transactionDate')}: transaction date ${formatIsoDate(field.value)} is more than a year before the filing (${when}): check the year, or mark the row late (L).`,
        related: filed.span ? [{ span: filed.span, message: `${filed.what} ${formatIsoDate(filed.date)}` }] : undefined,
      });
    }
  },
});
