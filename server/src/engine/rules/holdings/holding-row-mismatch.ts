import { defineRule, transactionForms } from '../rule';
import { cellPlace, ownedColumn } from '../../model/place';
import { rowLabel } from '../../model/rows';
import { amountOwned, finalBalance, holdingsSeries } from '../../model/series';
import { runningTallySources } from './sources';

export const holdingRowMismatch = defineRule({
  id: 'holdings/holding-row-mismatch',
  category: 'holdings',
  severity: 'warning',
  forms: transactionForms,
  summary: 'A holding row agrees with the final balance of the transaction rows of the same security and ownership.',
  explanation: [
    'Holding rows (`nonDerivativeHolding`, `derivativeHolding`) report a position that did not change. When the same',
    'security, held in the same form (and in Table II with the same exercise price and expiration), also has',
    'transaction rows, the holding row repeats that position and should show the balance after the last of them.',
    'Two different figures for one position leave the reader guessing which is right.',
    '',
    'Usually the holding row is redundant: delete it, or make it equal the final balance. If the two rows are really',
    'different positions, make the difference visible (the nature of ownership, or the title).',
    '',
    "On a Form 5 the amounts are those at the end of the issuer's fiscal year, and a holding row gives the year-end",
    'position too, so it agrees with the last transaction row of its series there as well. (The running-balance rules',
    'stay Form 4 rules: many Form 5s show the year-end amount on every row.)',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      const last = finalBalance(series);
      if (!last) continue;
      for (const holding of series.holdings) {
        const owned = amountOwned(holding);
        if (!owned || owned.measure !== last.owned.measure || owned.amount.equals(last.owned.amount)) continue;
        report({
          span: owned.field.span,
          message:
            `${cellPlace(holding, ownedColumn)}: holding of ${owned.amount.format()} differs from the final balance ` +
            `${last.owned.amount.format()} of ${series.label} after ${rowLabel(last.row)}.`,
          related: [
            { span: last.owned.field.span, message: `Final balance of the series (${rowLabel(last.row)}): ${last.owned.amount.format()}` },
          ],
          data: { expected: last.owned.amount.toString() },
        });
      }
    }
  },
});
