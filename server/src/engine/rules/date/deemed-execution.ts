import { addBusinessDays } from '../../model/businessDays';
import { compareDates, formatIsoDate } from '../../model/date';
import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel, transactionRows } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';
import { rule16a3g } from './sources';

/** Rule 16a-3(g)(2)-(3): the deemed execution date is no later than the third business day after the trade. */
const maximumBusinessDays = 3;

export const deemedExecution = defineRule({
  id: 'date/deemed-execution',
  category: 'date',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'A deemed execution date is on or after the transaction date and at most three business days later.',
  explanation: [
    'Column 2A, "Deemed Execution Date, if any", is used for transactions under a Rule 10b5-1(c) plan and for',
    'Rule 16b-3(f) discretionary transactions, where the insider does not pick the trade date. Rule 16a-3(g) then',
    'deems the transaction executed on the day the broker or plan administrator tells the insider, but **no later',
    'than the third business day** after the trade, and the two-business-day deadline runs from that date.',
    '',
    'A deemed date before the trade, or more than three business days after it, cannot be right: it either',
    'mistypes a date or stretches the deadline further than the rule allows. Correct it, or leave the column empty',
    'when the transaction date is the execution date.',
  ].join('\n'),
  sources: [rule16a3g, formInstructions('Instruction 1(a) and column 2A, Deemed Execution Date'), techSpec('deemedExecutionDate')],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const deemed = row.deemedExecutionDate?.value;
      const transaction = row.transactionDate?.value;
      if (!deemed?.value || !transaction?.value) continue;
      const tradeDate = transaction.value;
      const latest = addBusinessDays(tradeDate, maximumBusinessDays);
      const tooEarly = compareDates(deemed.value, tradeDate) < 0;
      if (!tooEarly && compareDates(deemed.value, latest) <= 0) continue;
      const problem = tooEarly
        ? `is before the transaction date ${formatIsoDate(tradeDate)}`
        : `is more than three business days after the transaction date ${formatIsoDate(tradeDate)} (latest ${formatIsoDate(latest)})`;
      report({
        span: deemed.span,
        message: `${rowLabel(row)}: deemed execution date ${formatIsoDate(deemed.value)} ${problem}.`,
        related: [{ span: transaction.span, message: `Transaction date ${formatIsoDate(tradeDate)}` }],
        data: { latest: formatIsoDate(latest) },
      });
    }
  },
});
