import { cellPlace } from '../../model/place';
import { compareDates, formatIsoDate } from '../../model/date';
import { exerciseOrConversionCodes } from '../../model/exerciseCodes';
import { rowExplanations, transactionCode, transactionRows } from '../../model/rows';
import { defineRule, transactionForms } from '../rule';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';

/** How a footnote says the security could be exercised before the date shown: early exercise, or acceleration. */
const earlyExercise =
  /\bearly[- ]exercis|\baccelerat|\bimmediately (?:exercisable|vest)|\bexercisable (?:immediately|in full)|\b(?:prior to|before) (?:the )?vesting|\bunvested\b/i;

export const exerciseBeforeExercisable = defineRule({
  id: 'derivative/exercise-before-exercisable',
  category: 'derivative',
  severity: 'warning',
  forms: transactionForms,
  summary: 'An exercise or conversion (M, X, O, C) is not dated before the date the derivative security becomes exercisable.',
  explanation: [
    'Table II column 6 gives the date from which the derivative security can be exercised or converted. A row that',
    'exercises or converts it (code M, X, O or C) earlier than that contradicts its own column 6: either the',
    'transaction date is wrong, or the date exercisable is (often the date of a later instalment, or of the grant',
    "series' last vesting), or the row describes another series than the one exercised.",
    '',
    'Correct the date. Some options may be exercised early (before they vest, into restricted shares), and vesting',
    'may be accelerated: say so in a footnote, and the row is left alone (a footnote on the date exercisable, or one',
    'of the row that speaks of early exercise, acceleration or exercise before vesting). A date exercisable given',
    'only as a footnote is not compared.',
  ].join('\n'),
  sources: [
    formInstructions('Table II column 6 (date exercisable and expiration date) and Instruction 8 (codes M, X, O, C)'),
    ownershipFormCodes,
  ],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const code = transactionCode(row);
      if (row.table !== 'II' || !code || !exerciseOrConversionCodes.has(code)) continue;
      const transaction = row.transactionDate?.value;
      const exercisable = row.derivative?.exerciseDate;
      const from = exercisable?.value;
      if (!transaction?.value || !from?.value || exercisable?.footnotes.length || compareDates(transaction.value, from.value) >= 0)
        continue;
      if (rowExplanations(doc, row).some((text) => earlyExercise.test(text))) continue;
      const word = code === 'C' ? 'conversion' : 'exercise';
      report({
        span: transaction.span,
        message: `${cellPlace(row, 'transactionDate')}: ${word} (${code}) on ${formatIsoDate(transaction.value)}, before the date exercisable ${formatIsoDate(from.value)}.`,
        related: [{ span: from.span, message: `Date exercisable ${formatIsoDate(from.value)}` }],
      });
    }
  },
});
