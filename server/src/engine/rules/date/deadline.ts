import { addBusinessDays } from '../../model/businessDays';
import { compareDates, formatIsoDate, type CalendarDate } from '../../model/date';
import type { RelatedLocation } from '../../findings';
import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { deadlineSources } from './sources';
import { signingDate } from '../../model/signingDate';
import { allowedBusinessDays, deadlineStart } from '../../model/deadlineStart';

export const filingDeadline = defineRule({
  id: 'date/deadline',
  category: 'date',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'The form is signed within two business days of each transaction, or the late row is marked L.',
  explanation: [
    'A Form 4 is due before the end of the **second business day** after the day the transaction was executed.',
    'For transactions under a Rule 10b5-1(c) plan or Rule 16b-3(f) discretionary transactions whose date the insider',
    'did not choose, Rule 16a-3(g) lets the clock start on the deemed execution date (column 2A), when one is given;',
    'for every other row the clock starts on the transaction date, whatever column 2A says (date/deemed-execution).',
    'Business days skip Saturdays, Sundays and US federal holidays (observed days included, such as Labor Day or a',
    'Saturday Fourth of July observed on Friday), and the few days the SEC closed EDGAR by executive order.',
    '',
    "The filing date is taken as the latest signature's date (a joint filing is filed when its last owner signs), or today while anyone has not signed; a Form 4/A is judged by",
    'the date of the original submission it amends (box 4). A row filed after its',
    "deadline should be marked late (`transactionTimeliness` L): late filings must be disclosed in the issuer's proxy",
    'statement (Item 405 of Regulation S-K), and marking them keeps the filing honest. Either file in time or mark the',
    'row L. Rows marked early (E) or reported on the Form 5 schedule (`transactionFormType` 5) are not due in two',
    'business days and are not checked, and neither are small acquisitions (code L): Rule 16a-6 defers them to',
    'Form 5, so one reported on a Form 4 is early, not late.',
  ].join('\n'),
  sources: deadlineSources,
  check({ doc, today, report }) {
    const signed = signingDate(doc, today);
    if (!signed) return;
    // Rows share their dates: count the business days from each date once.
    const deadlines = new Map<number, CalendarDate>();
    const deadlineAfter = (date: CalendarDate): CalendarDate => {
      let deadline = deadlines.get(date.ordinal);
      if (!deadline) deadlines.set(date.ordinal, (deadline = addBusinessDays(date, allowedBusinessDays)));
      return deadline;
    };
    for (const row of transactionRows(doc)) {
      const timeliness = row.timeliness?.value?.value;
      if (timeliness === 'L' || timeliness === 'E' || row.coding?.formType?.value === '5') continue;
      // A small acquisition (Rule 16a-6) may wait for Form 5: on a Form 4 it is early, however late it seems.
      if (transactionCode(row) === 'L') continue;
      const base = deadlineStart(doc, row);
      if (!base) continue;
      const baseDate = base.date;
      const deadline = deadlineAfter(baseDate);
      if (compareDates(signed.date, deadline) <= 0) continue;
      const filed = signed.span
        ? `${signed.what} ${formatIsoDate(signed.date)}`
        : `${signed.what} and today is ${formatIsoDate(signed.date)}`;
      const related: RelatedLocation[] = [];
      if (signed.span) related.push({ span: signed.span, message: `Filing date: ${signed.what} ${formatIsoDate(signed.date)}` });
      if (row.timeliness)
        related.push({ span: row.timeliness.value?.span ?? row.timeliness.node.nameSpan, message: 'Transaction timeliness' });
      report({
        span: base.field.span,
        message:
          `${rowLabel(row)}: due by ${formatIsoDate(deadline)}, two business days after ${base.what} on ${formatIsoDate(baseDate)}, ` +
          `but ${filed}: mark the row late (transactionTimeliness L).`,
        related,
        data: { deadline: formatIsoDate(deadline) },
      });
    }
  },
});
