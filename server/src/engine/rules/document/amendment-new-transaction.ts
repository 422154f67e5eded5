import { formatIsoDate } from '../../model/date';
import { rowsAfterOriginal } from '../../model/amendment';
import { listPhrase, rowLabel } from '../../model/rows';
import { defineRule } from '../rule';
import { formInstructions, techSpec } from '../../docs/sources';
import { section16aStatute } from '../date/sources';

/** "Table I row 1 (2024-03-12)", "Table I row 1 (2024-03-12) and Table II row 2 (2024-03-13)". */
export const amendmentNewTransaction = defineRule({
  id: 'document/amendment-new-transaction',
  category: 'document',
  severity: 'error',
  forms: ['4/A'],
  summary: 'A Form 4/A reports no transaction dated after the original it amends was filed: a new one needs its own Form 4.',
  explanation: [
    'A Form 4/A corrects a Form 4 already filed, on the day box 4 gives (`dateOfOriginalSubmission`). That filing',
    'could only report transactions made by then, so a row of the amendment dated after it is not a correction: it is',
    'a new transaction, which must be reported on a Form 4 of its own before the end of the second business day after',
    'it (an amendment does not count as that report, and its deadline is not measured from the original).',
    '',
    'Report the new transaction on a new Form 4, and keep in the amendment only the rows it corrects. If box 4 itself',
    "is wrong, give the original's filing date from its EDGAR filing index. One finding names every such row; when",
    'the period of report is after box 4 too, this finding says so and `document/amendment-dates` does not repeat it.',
  ].join('\n'),
  sources: [
    formInstructions('Box 4, If Amendment, Date Original Filed'),
    techSpec('dateOfOriginalSubmission (Form 4/A schema)'),
    formInstructions('Instruction 1(a) (a transaction is reported within two business days)'),
    section16aStatute,
  ],
  check({ doc, report }) {
    const after = rowsAfterOriginal(doc);
    const original = doc.dateOfOriginalSubmission;
    if (after.length === 0 || !original?.value) return;
    const [first, ...others] = after;
    const rows = listPhrase(after.map(({ row, date }) => `${rowLabel(row)} (${formatIsoDate(date.value!)})`));
    const one = after.length === 1;
    report({
      span: first.date.span,
      message:
        `${rows} ${one ? 'is' : 'are'} dated after the Form 4 this amendment corrects was filed on ${formatIsoDate(original.value)}, ` +
        `which could not have reported ${one ? 'it' : 'them'}: report ${one ? 'a new transaction' : 'new transactions'} on a Form 4 of ${one ? 'its' : 'their'} own, ` +
        'or correct dateOfOriginalSubmission if box 4 is wrong.',
      related: [
        { span: original.span, message: `dateOfOriginalSubmission ${formatIsoDate(original.value)}` },
        ...others.map(({ row, date }) => ({
          span: date.span,
          message: `${rowLabel(row)}: transaction date ${formatIsoDate(date.value!)}`,
        })),
      ],
    });
  },
});
