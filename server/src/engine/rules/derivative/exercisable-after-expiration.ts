import { cellPlace } from '../../model/place';
import { compareDates, formatIsoDate } from '../../model/date';
import { defineRule, allForms } from '../rule';
import { formInstructions, techSpec } from '../../docs/sources';

export const exercisableAfterExpiration = defineRule({
  id: 'derivative/exercisable-after-expiration',
  category: 'derivative',
  severity: 'error',
  forms: allForms,
  summary: 'A derivative security does not become exercisable after it expires.',
  explanation: [
    'Table II column 6 gives the date the derivative security becomes exercisable and the date it expires. A',
    'security that could only be exercised after its expiration could never be exercised at all, so one of the two',
    'dates is wrong: typically the year of the expiration date, or the two dates swapped.',
    '',
    'Correct the dates. When a date is not a single day (for example a vesting schedule, or no expiration), leave',
    'the value out and explain it in a footnote; such cells are not compared.',
  ].join('\n'),
  sources: [
    formInstructions('Table II column 6, Date Exercisable and Expiration Date'),
    techSpec('exerciseDate and expirationDate (a date or footnotes)'),
  ],
  check({ doc, report }) {
    for (const row of doc.rows) {
      const exercisable = row.derivative?.exerciseDate?.value;
      const expiration = row.derivative?.expirationDate?.value;
      if (!exercisable?.value || !expiration?.value || compareDates(exercisable.value, expiration.value) <= 0) continue;
      report({
        span: exercisable.span,
        message: `${cellPlace(row, 'exerciseDate')}: exercisable from ${formatIsoDate(exercisable.value)}, after the expiration date ${formatIsoDate(expiration.value)}.`,
        related: [{ span: expiration.span, message: `Expiration date ${formatIsoDate(expiration.value)}` }],
      });
    }
  },
});
