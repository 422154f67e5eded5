import { formatIsoDate } from '../../model/date';
import { lateStatement } from '../../model/statementDeadline';
import { defineRule } from '../rule';
import { rule0dash3, rule16a3f } from './sources';
import { techSpec } from '../../docs/sources';

export const form5Deadline = defineRule({
  id: 'date/form5-deadline',
  category: 'date',
  severity: 'warning',
  forms: ['5'],
  summary: "A Form 5 is signed within 45 days after the issuer's fiscal year end (periodOfReport).",
  explanation: [
    'A Form 5 is due within **45 calendar days** after the end of the issuer\'s fiscal year: box 3, "Statement for',
    "Issuer's Fiscal Year Ended\", is `periodOfReport`, and it must be the fiscal year's last day (for a calendar",
    "year, December 31; the issuer's EDGAR company record gives its fiscal year end). A deadline that falls on a",
    'weekend or a federal holiday moves to the next business day. The filing date is taken as the latest',
    "signature's date, or today while anyone has not signed. EDGAR accepts a late Form 5, but the issuer must",
    'disclose it in its proxy statement (Item 405 of Regulation S-K).',
    '',
    'A late Form 5 is often one whose `periodOfReport` is not the fiscal year end but a transaction date: check box 3',
    'first. Amendments (5/A) are not checked.',
  ].join('\n'),
  sources: [rule16a3f, rule0dash3, techSpec("Appendix D, box 3 (Statement for Issuer's Fiscal Year Ended) = periodOfReport")],
  check({ doc, today, report }) {
    const late = lateStatement(doc, today);
    if (!late) return;
    report({
      span: doc.periodOfReport!.span,
      message: `Box 3, fiscal year ended ${formatIsoDate(late.period)}: the Form 5 was due by ${formatIsoDate(late.deadline)}, ${late.days} days later, but ${late.when}: it is late (the issuer discloses late filings), or box 3 is not the fiscal year's end.`,
      related: late.related,
    });
  },
});
