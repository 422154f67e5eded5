import { cellPlace, ownedColumn } from '../../model/place';
import type { OwnershipDocument, TransactionRow } from '../../model/types';
import { defineRule, form4AndAmendment } from '../rule';
import { footnotedAmount, footnoteExplanation, type FootnotedAmount } from './footnoted-amount';
import { amountInWords, describeArithmetic, holdingsSeries, impliedBefore, repeatedAmount, type AmountOwned } from '../../model/series';
import { reportedAsWrongCode } from './one-cause';
import { runningTallySources } from './sources';

export const negativePrior = defineRule({
  id: 'holdings/negative-prior',
  category: 'holdings',
  severity: 'error',
  forms: form4AndAmendment,
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
    '',
    'Two cases are only information: an amount owned that carries a footnote (filers use one to give the holdings',
    'as of another date, such as an amendment filed months later), and a row coded J whose code carries a footnote',
    '(a merger or another transaction the footnote explains, where the whole position is exchanged).',
    '',
    'A row whose transaction code calls for the other acquired/disposed code (a sale coded A), where that code gives a',
    'possible prior, is reported by `code/direction` alone: one wrong code, one finding. A series whose every row repeats',
    'one amount is reported once, by `holdings/repeated-amount`.',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      // One amount repeated on every row is one finding for the series (holdings/repeated-amount), its first row too.
      if (repeatedAmount(series)) continue;
      for (const step of series.steps) {
        const { previous, owned, change } = step;
        if (previous || !owned || !change || reportedAsWrongCode(doc, step)) continue;
        const before = impliedBefore(owned.amount, change);
        if (!before.isNegative()) continue;
        const explained = explanation(doc, step.row, owned);
        report({
          span: owned.field.span,
          ...(explained.severity ? { severity: explained.severity } : {}),
          message:
            `${cellPlace(step.row, ownedColumn)}: ${owned.amount.format()} owned after ${change.direction === 'A' ? 'acquiring' : 'disposing of'} ${change.amount.format()} implies ` +
            `${amountInWords(before)} of ${series.label} owned before, less than none (${owned.amount.format()} = ${describeArithmetic(before, change)}).${explained.note}`,
          related: [
            {
              span: change.amountField.span,
              message: `Shares ${change.direction === 'A' ? 'acquired' : 'disposed of'}: ${change.amount.format()}`,
            },
            ...explained.related,
          ],
        });
      }
    }
  },
});

/** A footnote on the amount owned, or on a J code, may explain an impossible prior: then the finding is information. */
function explanation(doc: OwnershipDocument, row: TransactionRow, owned: AmountOwned): FootnotedAmount {
  const onAmount = footnotedAmount(doc, owned);
  const coding = row.coding;
  if (onAmount.severity || coding?.code?.value !== 'J') return onAmount;
  return footnoteExplanation(doc, coding.footnotes, (ids) => ` Footnote ${ids} on the J code may explain it.`);
}
