import { cellPlace, ownedColumn } from '../../model/place';
import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel } from '../../model/rows';
import { footnotedAmount } from './footnoted-amount';
import { holdingsSeries, reversedDirection } from '../../model/series';
import { reportedAsWrongCode, reversedCodeNote, wrongCodeIsCause } from './one-cause';
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
    '',
    'When the other acquired/disposed code makes the row add up, the code is the one cause: the message says so, and',
    'the row gets no `holdings/running-balance` error besides. If the transaction code itself calls for the other',
    'code (a sale coded A), `code/direction` reports the row and this rule does not. Otherwise the quick fix sets the',
    'other code.',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      for (const step of series.steps) {
        const { previous, owned, direction, row } = step;
        // A code that code/direction reports, and that mends the row when corrected, is reported there only.
        if (!previous || !owned || !direction || reportedAsWrongCode(doc, step)) continue;
        const order = owned.amount.compare(previous.owned.amount);
        if ((direction === 'A' && order >= 0) || (direction === 'D' && order <= 0)) continue;
        const what = direction === 'A' ? 'an acquisition (A) lowers' : 'a disposition (D) raises';
        const codeField = row.acquiredDisposed?.value;
        const footnoted = footnotedAmount(doc, owned);
        // The other code mends the row: the code is the cause, marked as part of the finding and offered as the fix.
        const mended = wrongCodeIsCause(doc, step) ? reversedDirection(direction) : undefined;
        report({
          span: owned.field.span,
          severity: footnoted.severity,
          message:
            `${cellPlace(row, ownedColumn)}: ${what} the amount owned of ${series.label} from ${previous.owned.amount.format()} ` +
            `to ${owned.amount.format()}.${reversedCodeNote(doc, step)}${footnoted.note}`,
          related: [
            {
              span: previous.owned.field.span,
              message: `Previous row of the series (${rowLabel(previous.row)}): ${previous.owned.amount.format()} owned after`,
            },
            ...(codeField
              ? [
                  mended
                    ? { span: codeField.span, message: `Acquired/disposed code ${direction}: with ${mended} the row adds up`, marked: true }
                    : { span: codeField.span, message: `Acquired/disposed code ${direction}` },
                ]
              : []),
            ...footnoted.related,
          ],
          data: mended ? { expected: mended } : undefined,
        });
      }
    }
  },
});
