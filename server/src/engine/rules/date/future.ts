import { cellPlace } from '../../model/place';
import { compareDates, formatIsoDate } from '../../model/date';
import { defineRule, transactionForms } from '../rule';
import { transactionRows } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

export const futureDate = defineRule({
  id: 'date/future',
  category: 'date',
  severity: 'error',
  forms: transactionForms,
  summary: 'No transaction is dated after today.',
  explanation: [
    'Form 4 reports transactions that have happened: the transaction date (Table I column 2, Table II column 3) is',
    'the day the trade was executed, never a day to come. A future date is almost always a typing slip (a wrong year',
    'or month, or the day and month swapped), and it also makes the deadline and the period of report wrong.',
    '',
    'Correct the date. "Today" is the date of the machine running the check, or the date a test or the command line',
    'passes in.',
  ].join('\n'),
  sources: [formInstructions('Table I column 2 and Table II column 3, Transaction Date'), techSpec('transactionDate')],
  check({ doc, today, report }) {
    for (const row of transactionRows(doc)) {
      const field = row.transactionDate?.value;
      if (!field?.value || compareDates(field.value, today) <= 0) continue;
      report({
        span: field.span,
        message: `${cellPlace(row, 'transactionDate')}: transaction date ${formatIsoDate(field.value)} is after today (${formatIsoDate(today)}).`,
      });
    }
  },
});
