import { columnLabel, ownedColumn } from '../../model/place';
import { defineRule, form4AndAmendment } from '../rule';
import { listPhrase, rowLabel, rowsLabel } from '../../model/rows';
import { Decimal } from '../../model/decimal';
import { holdingsSeries, repeatedAmount, type RepeatedAmount } from '../../model/series';
import { footnoteExplanation } from './footnoted-amount';
import { runningTallySources } from './sources';

/** "acquire 18,000", "dispose of 5,000", "acquire 1,000 and dispose of 400": what the rows' shares do in all. */
function describeChanges(repeated: RepeatedAmount): string {
  let acquired = Decimal.zero;
  let disposed = Decimal.zero;
  for (const { change } of repeated.steps) {
    if (change.direction === 'A') acquired = acquired.plus(change.amount);
    else disposed = disposed.plus(change.amount);
  }
  const parts = [
    ...(acquired.isZero() ? [] : [`acquire ${acquired.format()}`]),
    ...(disposed.isZero() ? [] : [`dispose of ${disposed.format()}`]),
  ];
  return listPhrase(parts);
}

function amounts(list: readonly Decimal[]): string {
  return listPhrase(list.map((a) => a.format()));
}

/** The readings as a fix reads them: the amounts, comma-separated, in row order. */
function asData(list: readonly Decimal[] | undefined): string | undefined {
  return list?.map((a) => a.toString()).join(',');
}

export const repeatedAmountRule = defineRule({
  id: 'holdings/repeated-amount',
  category: 'holdings',
  severity: 'error',
  forms: form4AndAmendment,
  summary: 'The rows of one series do not all repeat the same amount owned while their shares change it.',
  explanation: [
    'The amount owned following each reported transaction is a running tally (see `holdings/running-balance`): after',
    'a row that acquires or disposes of shares, the holding is not what it was after the row before. A very common',
    'mistake is to type one figure on every row of a series, usually the final holding after the last transaction',
    '(sometimes the holding after the first). The public then reads that figure as the holding after each of the',
    'intermediate trades.',
    '',
    'This is one mistake, so it is one finding for the series, on the first row, with every other row of the series',
    "as a related place (the editor marks them too); those rows' running-balance errors are not reported separately.",
    'The message gives the amounts the rows should show in both readings: if the repeated figure is the holding after',
    'the last row (rolled back through the shares of each row), and if it is the holding after the first row (rolled',
    'forward). The quick fixes write either set of amounts; a reading that would go below zero is not offered.',
    '',
    'When one of the amounts carries a footnote (which may explain the holdings), the finding is only information.',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      const repeated = repeatedAmount(series);
      if (!repeated) continue;
      const { amount, steps, ifFirstRight, ifLastRight } = repeated;
      const [first] = steps;
      if (!first) continue;
      const explained = footnoteExplanation(
        doc,
        steps.flatMap((s) => s.owned.footnotes),
        (ids) => ` Footnote ${ids} on the amounts may explain them.`,
      );
      const readings = [
        ...(ifLastRight ? [`if ${amount.format()} is the holding after the last row, the rows should show ${amounts(ifLastRight)}`] : []),
        ...(ifFirstRight ? [`if it is the holding after the first row, ${amounts(ifFirstRight)}`] : []),
      ];
      const joined = readings.join('; ');
      const should = joined ? ` ${joined.charAt(0).toUpperCase()}${joined.slice(1)}.` : ' Correct the amounts owned.';
      const shouldShow = (i: number): string => {
        const options = [
          ...(ifLastRight ? [`${ifLastRight[i]!.format()} if the last row is right`] : []),
          ...(ifFirstRight ? [`${ifFirstRight[i]!.format()} if the first row is right`] : []),
        ];
        return options.length ? `: should be ${options.join(', or ')}` : '';
      };
      report({
        span: first.owned.field.span,
        severity: explained.severity,
        message:
          `${rowsLabel(steps.map((s) => s.row))}, ${columnLabel(first.row.form, first.row.table, ownedColumn)}: all show ${amount.format()} of ${series.label} owned after, but they ` +
          `${describeChanges(repeated)} in all, so the amount owned cannot be the same after each: it is a running tally.` +
          `${should}${explained.note}`,
        related: [
          ...steps.slice(1).map((step, i) => ({
            span: step.owned.field.span,
            message: `${rowLabel(step.row)} repeats ${amount.format()} owned after ${step.change.direction === 'A' ? 'acquiring' : 'disposing of'} ${step.change.amount.format()}${shouldShow(i + 1)}`,
            marked: true,
          })),
          ...explained.related,
        ],
        data: {
          amount: amount.toString(),
          ...(ifFirstRight ? { ifFirstRight: asData(ifFirstRight)! } : {}),
          ...(ifLastRight ? { ifLastRight: asData(ifLastRight)! } : {}),
        },
      });
    }
  },
});
