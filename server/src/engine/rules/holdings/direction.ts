import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel } from '../../model/rows';
import { footnotedAmount } from './footnoted-amount';
import { holdingsSeries } from '../../model/series';
import { runningTallySources } from './sources';

export const holdingsDirection = defineRule({
  id: 'holdings/direction',
  category: 'holdings',
  severity: 'error',
  forms: form4AndAmendment,
  summary: 'An acquisition does not lower, and a disposition does not raise, the amount owned.',
  explanation: [
    'Within a series of rows for the same security and form of ownership (see `holdings/running-balance`), a row',
    'coded A (acquired) cannot leave the holder with less than the previous row did, and a row coded D (disposed of)',
    'cannot leave more. When it does, either the acquired/disposed code is wrong (a sale coded A is a common and',
    'very visible mistake) or one of the two amounts owned is.',
    '',
    'Check the code against the transaction code (a sale S is D, a purchase P is A), then the amounts owned. Rows',
    'whose amounts are missing or given only by footnote are not compared. When the amount owned carries a footnote,',
    'which may explain holdings that moved for reasons not reported as rows, the finding is only information.',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      for (const step of series.steps) {
        const { previous, owned, direction, row } = step;
        if (!previous || !owned || !direction) continue;
        const order = owned.amount.compare(previous.owned.amount);
        if ((direction === 'A' && order >= 0) || (direction === 'D' && order <= 0)) continue;
        const what = direction === 'A' ? 'an acquisition (A) lowers' : 'a disposition (D) raises';
        const codeField = row.acquiredDisposed?.value;
        const footnoted = footnotedAmount(doc, owned);
        report({
          span: owned.field.span,
          severity: footnoted.severity,
          message:
            `${rowLabel(row)}: ${what} the amount owned of ${series.label} from ${previous.owned.amount.format()} ` +
            `to ${owned.amount.format()}.${footnoted.note}`,
          related: [
            {
              span: previous.owned.field.span,
              message: `Previous row of the series (${rowLabel(previous.row)}): ${previous.owned.amount.format()} owned after`,
            },
            ...(codeField ? [{ span: codeField.span, message: `Acquired/disposed code ${direction}` }] : []),
            ...footnoted.related,
          ],
        });
      }
    }
  },
});
