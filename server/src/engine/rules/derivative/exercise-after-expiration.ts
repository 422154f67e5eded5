import { cellPlace } from '../../model/place';
import { compareDates, formatIsoDate } from '../../model/date';
import { defineRule, transactionForms } from '../rule';
import { transactionCode, transactionRows } from '../../model/rows';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';
import { exerciseCodes } from '../../model/exerciseCodes';

export const exerciseAfterExpiration = defineRule({
  id: 'derivative/exercise-after-expiration',
  category: 'derivative',
  severity: 'warning',
  forms: transactionForms,
  summary: 'An exercise (code M, X or O) is not dated after the derivative security expired.',
  explanation: [
    'An option or other derivative security cannot be exercised once it has expired. A Table II row coded M',
    '(exercise under Rule 16b-3), X (in- or at-the-money exercise) or O (out-of-the-money exercise) whose transaction',
    "date is after the row's expiration date therefore has a wrong date somewhere: the transaction date, the",
    'expiration date, or the row describes a different option series than the one exercised.',
    '',
    'Check both dates against the grant documents. An expiring position is coded E or H, not as an exercise.',
  ].join('\n'),
  sources: [formInstructions('Instruction 8 (codes M, X, O) and Table II column 6'), ownershipFormCodes],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const code = transactionCode(row);
      if (row.table !== 'II' || !code || !exerciseCodes.has(code)) continue;
      const transaction = row.transactionDate?.value;
      const expiration = row.derivative?.expirationDate?.value;
      if (!transaction?.value || !expiration?.value || compareDates(transaction.value, expiration.value) <= 0) continue;
      report({
        span: transaction.span,
        message: `${cellPlace(row, 'transactionDate')}: exercise (${code}) on ${formatIsoDate(transaction.value)}, after the expiration date ${formatIsoDate(expiration.value)}.`,
        related: [{ span: expiration.span, message: `Expiration date ${formatIsoDate(expiration.value)}` }],
      });
    }
  },
});
