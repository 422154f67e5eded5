import type { Rule } from '../rule';
import { rowLabel } from '../rows';
import { describeArithmetic, holdingsSeries, impliedBefore } from './series';
import { runningTallySources } from './sources';

export const negativePrior: Rule = {
  id: 'holdings/negative-prior',
  category: 'holdings',
  severity: 'error',
  summary: 'The amount owned before the first row of a series, implied by its amounts, is not negative.',
  explanation: [
    'Form 4 does not state what the reporting person held before the first reported transaction, but it follows from',
    'the first row of each series (see `holdings/running-balance`): the amount owned after, minus the shares',
    'acquired or plus the shares disposed of. Nobody can hold fewer than zero securities, so a negative result',
    'means the amount owned after is too small for the amount acquired (for example the shares acquired were typed',
    'into the holdings column, or the holdings of another form of ownership were reported).',
    '',
    'The same check applies to the first row after a row whose amount owned is missing or given only by footnote,',
    'where the running tally restarts. Fix the amount owned after, or the shares.',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      for (const step of series.steps) {
        const { previous, owned, change } = step;
        if (previous || !owned || !change) continue;
        const before = impliedBefore(owned.amount, change);
        if (!before.isNegative()) continue;
        report({
          span: owned.field.span,
          message:
            `${rowLabel(step.row)}: ${owned.amount.format()} owned after ${change.direction === 'A' ? 'acquiring' : 'disposing of'} ${change.amount.format()} implies ` +
            `${before.format()} of ${series.label} owned before (${owned.amount.format()} = ${describeArithmetic(before, change)}).`,
          related: [{ span: change.amountField.span, message: `Shares ${change.direction === 'A' ? 'acquired' : 'disposed of'}: ${change.amount.format()}` }],
        });
      }
    }
  },
};
