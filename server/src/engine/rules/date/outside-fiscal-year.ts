import { addYears, compareDates, formatIsoDate } from '../../model/date';
import { reportedLate, rowHeading } from '../../model/form5Items';
import { transactionRows } from '../../model/rows';
import { defineRule, form5AndAmendment } from '../rule';
import { rule16a3f } from './sources';
import { techSpec } from '../../docs/sources';

/**
 * How many fiscal years back a Form 5 row of type 5, not marked late, may go: the year itself, and on a person's
 * first Form 5 the two before it (Rule 16a-3(f)(1)(iv)), which the document cannot tell.
 */
const yearsBackAllowed = 3;

export const outsideFiscalYear = defineRule({
  id: 'date/outside-fiscal-year',
  category: 'date',
  severity: 'warning',
  forms: form5AndAmendment,
  summary: 'A Form 5 transaction is dated within the fiscal year that ends on periodOfReport, or is marked late.',
  explanation: [
    'A Form 5 reports the fiscal year that ends on its `periodOfReport` (box 3, "Statement for Issuer\'s Fiscal Year',
    'Ended"). Its transactions fall in that year, with two exceptions Rule 16a-3(f)(1) allows: items that should',
    'have been reported earlier and were not (a late Form 4 item, `transactionFormType` 4, or a late Form 5 item,',
    "`transactionTimeliness` L), and, on a person's first Form 5, the items of the two fiscal years before.",
    '',
    '- **Warning**: a transaction dated after `periodOfReport`. It belongs to the next fiscal year (its Form 5, or a',
    '  Form 4), or box 3 is not the fiscal year end.',
    "- **Warning**: a row of type 5 not marked late dated more than three fiscal years before the year's end, older",
    '  than even a first Form 5 reaches: mark it late (L), or check the year. Rows one or two years back are left',
    '  alone, as the document cannot tell a first Form 5.',
  ].join('\n'),
  sources: [rule16a3f, techSpec("Appendix D, box 3 (Statement for Issuer's Fiscal Year Ended)")],
  check({ doc, report }) {
    const period = doc.periodOfReport;
    const end = period?.value;
    if (!period || !end) return;
    const earliest = addYears(end, -yearsBackAllowed);
    for (const row of transactionRows(doc)) {
      const field = row.transactionDate?.value;
      const date = field?.value;
      if (!field || !date) continue;
      const related = [{ span: period.span, message: `Fiscal year ended ${formatIsoDate(end)} (box 3)` }];
      if (compareDates(date, end) > 0) {
        report({
          span: field.span,
          message: `${rowHeading(row)}, transaction date: ${formatIsoDate(date)} is after the fiscal year this Form 5 reports (ended ${formatIsoDate(end)}): report it on next year's Form 5 or a Form 4, or correct box 3 (periodOfReport).`,
          related,
        });
      } else if (compareDates(date, earliest) <= 0 && !reportedLate(row)) {
        report({
          span: field.span,
          message: `${rowHeading(row)}, transaction date: ${formatIsoDate(date)} is more than ${yearsBackAllowed} fiscal years before the year this Form 5 reports (ended ${formatIsoDate(end)}), older than even a first Form 5 reaches: mark it late (transactionTimeliness L), or check the year.`,
          related,
        });
      }
    }
  },
});
