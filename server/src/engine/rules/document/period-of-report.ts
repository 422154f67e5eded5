import { fieldPlace, rowPlace } from '../../model/place';
import { compareDates, formatIsoDate, type CalendarDate } from '../../model/date';
import type { TransactionRow } from '../../model/types';
import { defineRule, form4AndAmendment } from '../rule';
import { transactionRows } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

interface Dated {
  readonly row: TransactionRow;
  readonly date: CalendarDate;
}

function earliestTransaction(rows: readonly TransactionRow[]): Dated | undefined {
  let earliest: Dated | undefined;
  for (const row of rows) {
    const date = row.transactionDate?.value?.value;
    if (date && (!earliest || compareDates(date, earliest.date) < 0)) earliest = { row, date };
  }
  return earliest;
}

export const periodOfReport = defineRule({
  id: 'document/period-of-report',
  category: 'document',
  severity: 'error',
  forms: form4AndAmendment,
  summary: 'periodOfReport equals the earliest transaction date in either table.',
  explanation: [
    'Box 3 of Form 4, "Date of Earliest Transaction", is carried in XML by `periodOfReport`. It must be the earliest',
    '`transactionDate` of all the transactions reported, in Table I and Table II together. EDGAR and the data feeds',
    'built on it index the filing by this date, so a wrong one files the report under the wrong day.',
    '',
    'Set `periodOfReport` to the date the message names. A Form 4/A repeats only the corrected lines, so there the',
    "period may be earlier than every line shown (it stays the original filing's period); the rule then only objects",
    'when a transaction is dated before the period.',
  ].join('\n'),
  sources: [formInstructions('Box 3, Date of Earliest Transaction'), techSpec('periodOfReport')],
  check({ doc, report }) {
    const period = doc.periodOfReport;
    const periodDate = period?.value;
    if (!period || !periodDate) return; // missing or unreadable: the structure checker reports it
    const earliest = earliestTransaction(transactionRows(doc));
    if (!earliest) return;
    const order = compareDates(periodDate, earliest.date);
    if (order === 0) return;
    if (doc.form === '4/A' && order < 0) return;
    const earliestText = formatIsoDate(earliest.date);
    const dateSpan = earliest.row.transactionDate?.value?.span ?? earliest.row.node.nameSpan;
    report({
      span: period.span,
      message: `${fieldPlace(['ownershipDocument', 'periodOfReport'], doc.form)}: should be ${earliestText}, the earliest transaction date (${rowPlace(earliest.row)}), not ${formatIsoDate(periodDate)}.`,
      related: [{ span: dateSpan, message: `Earliest transaction date: ${earliestText}` }],
      data: { earliest: earliestText },
    });
  },
});
