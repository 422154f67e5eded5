import { cellPlace } from '../../model/place';
import { addBusinessDays } from '../../model/businessDays';
import { compareDates, formatIsoDate } from '../../model/date';
import { defineRule, form4AndAmendment } from '../rule';
import { transactionCode, transactionRows } from '../../model/rows';
import { allowedBusinessDays, deemedDateApplies } from '../../model/deadlineStart';
import { formInstructions, techSpec } from '../../docs/sources';
import { rule16a3g } from './sources';

/** Rule 16a-3(g)(2)-(3): the deemed execution date is no later than the third business day after the trade. */
const maximumBusinessDays = 3;

export const deemedExecution = defineRule({
  id: 'date/deemed-execution',
  category: 'date',
  severity: 'warning',
  forms: form4AndAmendment,
  summary:
    'A deemed execution date is given only for a Rule 10b5-1(c) plan trade or a Rule 16b-3(f) discretionary transaction, on or after the transaction date and at most three business days later.',
  explanation: [
    'Column 2A, "Deemed Execution Date, if any", is used for transactions under a Rule 10b5-1(c) plan and for',
    'Rule 16b-3(f) discretionary transactions, where the insider does not pick the trade date. Rule 16a-3(g) then',
    'deems the transaction executed on the day the broker or plan administrator tells the insider, but **no later',
    'than the third business day** after the trade, and the two-business-day deadline runs from that date.',
    '',
    'A deemed date before the trade, or more than three business days after it, cannot be right: it either',
    'mistypes a date or stretches the deadline further than the rule allows. Correct it, or leave the column empty',
    'when the transaction date is the execution date.',
    '',
    'Rule 16a-3(g)(2) gives a deemed date to those two kinds of transaction only. On any other row (an open-market',
    'trade outside a plan, a grant, an exercise) the deadline counts from the transaction date, and a date in column',
    '2A suggests two business days more than the filer has: that is reported too. A row counts as a plan trade when',
    'the Rule 10b5-1 box (`aff10b5One`) is checked or a footnote or remark says a trade was made under a Rule 10b5-1',
    'plan (the box is document-wide, so every row of such a form qualifies), and as a Rule 16b-3(f) transaction when',
    'its code is I.',
  ].join('\n'),
  sources: [rule16a3g, formInstructions('Instruction 1(a) and column 2A, Deemed Execution Date'), techSpec('deemedExecutionDate')],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const deemed = row.deemedExecutionDate?.value;
      const transaction = row.transactionDate?.value;
      if (!deemed?.value || !transaction?.value) continue;
      const tradeDate = transaction.value;
      // Only a deemed date after the trade stretches the deadline: some filing agents repeat the transaction date in 2A.
      if (compareDates(deemed.value, tradeDate) > 0 && !deemedDateApplies(doc, row)) {
        const due = addBusinessDays(tradeDate, allowedBusinessDays);
        const code = transactionCode(row);
        report({
          span: deemed.span,
          message:
            `${cellPlace(row, 'deemedExecutionDate')}: deemed execution date ${formatIsoDate(deemed.value)} on a ${code ? `code ${code} ` : ''}row that is neither a ` +
            'Rule 10b5-1(c) plan trade (aff10b5One is not checked and no footnote or remark speaks of a plan) nor a Rule 16b-3(f) ' +
            `discretionary transaction (code I): the deadline counts from the transaction date ${formatIsoDate(tradeDate)} (due by ` +
            `${formatIsoDate(due)}). Leave column 2A empty, or check aff10b5One if the trade was made under a Rule 10b5-1 plan.`,
          related: [{ span: transaction.span, message: `Transaction date ${formatIsoDate(tradeDate)}` }],
          data: { due: formatIsoDate(due) },
        });
        continue;
      }
      const latest = addBusinessDays(tradeDate, maximumBusinessDays);
      const tooEarly = compareDates(deemed.value, tradeDate) < 0;
      if (!tooEarly && compareDates(deemed.value, latest) <= 0) continue;
      const problem = tooEarly
        ? `is before the transaction date ${formatIsoDate(tradeDate)}`
        : `is more than three business days after the transaction date ${formatIsoDate(tradeDate)} (latest ${formatIsoDate(latest)})`;
      report({
        span: deemed.span,
        message: `${cellPlace(row, 'deemedExecutionDate')}: deemed execution date ${formatIsoDate(deemed.value)} ${problem}.`,
        related: [{ span: transaction.span, message: `Transaction date ${formatIsoDate(tradeDate)}` }],
        data: { latest: formatIsoDate(latest) },
      });
    }
  },
});
