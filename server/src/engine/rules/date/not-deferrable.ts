import { cellPlace } from '../../model/place';
import { compareDates, formatIsoDate } from '../../model/date';
import type { RelatedLocation } from '../../findings';
import { defineRule, form4AndAmendment } from '../rule';
import { transactionRows } from '../../model/rows';
import { signingDate } from '../../model/signingDate';
import { earlyMarks, twoDayItem } from '../../model/twoDayReporting';
import { twoDayDeadline } from '../../model/deadlineStart';
import { techSpec } from '../../docs/sources';
import { deadlineSources, giftReportingNote, giftReportingRelease, section16RuleChanges } from './sources';

export const notDeferrable = defineRule({
  id: 'date/not-deferrable',
  category: 'date',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'A purchase, a sale or (since 2023-02-27) a gift given is not marked early (E) or form type 5: it is due in two business days.',
  explanation: [
    'A row marked early (`transactionTimeliness` E) or given `transactionFormType` 5 says the transaction could have',
    'waited for the Form 5 after the fiscal year and is reported on Form 4 voluntarily. Only transactions that Rule',
    '16a-3(f) lets wait for Form 5 can be early. Open-market and private purchases and sales (codes P and S) never',
    'can, and since **2023-02-27** neither can a bona fide gift given (code G, disposed): the 2022 amendments to Rule',
    '16a-3 (Release 33-11138) put dispositions by gift on Form 4, before the end of the second business day. For such',
    'a row the deadline (`date/deadline`, which does not check rows marked early) still holds:',
    '',
    '- filed after it, the row is **late**, not early: set `transactionTimeliness` to L (a quick fix) and',
    '  `transactionFormType` to 4, and expect the late filing to be disclosed under Item 405 of Regulation S-K;',
    '- filed in time, the row is an ordinary Form 4 line: clear the E, or set the form type to 4.',
    '',
    'Gifts received (code G, acquired) and gifts given before 2023-02-27 may still be reported on Form 5, and are',
    'not checked.',
  ].join('\n'),
  sources: [
    ...deadlineSources,
    giftReportingRelease,
    giftReportingNote,
    section16RuleChanges,
    techSpec('transactionFormType (5: presumed early, a Form 5 item reported on Form 4)'),
  ],
  check({ doc, today, report }) {
    const filed = signingDate(doc, today);
    for (const row of transactionRows(doc)) {
      const item = twoDayItem(row);
      const due = twoDayDeadline(doc, row);
      if (!item || !due) continue;
      const { early, formType } = earlyMarks(row);
      const mark = early && formType ? 'marked early (E, form type 5)' : early ? 'marked early (E)' : 'given form type 5';
      const marked = early ?? formType;
      if (!marked) continue;
      const span = marked.span;
      const related: RelatedLocation[] = [{ span: due.field.span, message: `Starts the two business days: ${formatIsoDate(due.date)}` }];
      if (early && formType) related.push({ span: formType.span, message: 'transactionFormType 5' });
      const deadline = formatIsoDate(due.deadline);
      const head = `${cellPlace(row, early ? 'transactionTimeliness' : 'transactionFormType')}: ${item} cannot wait for Form 5, yet the row is ${mark}: it is due by ${deadline}, two business days after ${due.what} on ${formatIsoDate(due.date)}`;
      const setFormType = formType ? ' and transactionFormType to 4' : '';
      if (!filed) {
        report({ span, message: `${head}: report it as a Form 4 line (transactionFormType 4, no E).`, related, data: { deadline } });
        continue;
      }
      const when = filed.span ? `${filed.what} ${formatIsoDate(filed.date)}` : `not signed yet and today is ${formatIsoDate(filed.date)}`;
      if (filed.span) related.push({ span: filed.span, message: `Filing date: ${when}` });
      if (compareDates(filed.date, due.deadline) > 0) {
        // Marked late already, the row only has form type 5 left to mend.
        const markedLate = row.timeliness?.value?.value === 'L';
        const mend = markedLate ? 'set transactionFormType to 4' : `set transactionTimeliness to L${setFormType}`;
        report({
          span,
          message: `${head}; ${when}: the row is late, not early: ${mend}.`,
          related,
          data: { deadline, ...(markedLate ? {} : { timeliness: 'L' as const }), ...(formType ? { formType: '4' as const } : {}) },
        });
      } else {
        const fix = early ? `clear the E${formType ? ' and set transactionFormType to 4' : ''}` : 'set transactionFormType to 4';
        report({
          span,
          message: `${head}; ${when}, in time: it is an ordinary Form 4 line, not early: ${fix}.`,
          related,
          data: early ? { deadline } : { deadline, formType: '4' },
        });
      }
    }
  },
});
