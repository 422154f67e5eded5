import { formatIsoDate } from '../../model/date';
import { explanatoryTexts } from '../../model/explanatoryTexts';
import { lateStatement } from '../../model/statementDeadline';
import type { OwnershipDocument } from '../../model/types';
import { defineRule } from '../rule';
import { rule0dash3, rule16a3a } from './sources';
import { techSpec } from '../../docs/sources';

/**
 * Words by which a Form 3 tells that it is filed for an issuer's first registration under Section 12 (an IPO, a
 * listing, a spin-off's Form 10), when it is due by the registration's effective date rather than ten days after the
 * event: the document cannot tell the effective date, so the rule says nothing then.
 */
const registrationWords =
  /initial public offering|\bIPO\b|registration statement|section 12|form 8-a|form 10\b|direct listing|spin-?off|de-?spac|business combination/i;

function speaksOfRegistration(doc: OwnershipDocument): boolean {
  return explanatoryTexts(doc).some((text) => registrationWords.test(text.text));
}

export const form3Deadline = defineRule({
  id: 'date/form3-deadline',
  category: 'date',
  severity: 'warning',
  forms: ['3'],
  summary: 'A Form 3 is signed within 10 days of the event that requires it (periodOfReport).',
  explanation: [
    'A Form 3 is due within **10 calendar days** after the person becomes a director, an officer, a 10% owner or',
    'another insider: box 2, "Date of Event Requiring Statement", is `periodOfReport`. A deadline that falls on a',
    'weekend or a federal holiday moves to the next business day. The filing date is taken as the latest',
    "signature's date, or today while anyone has not signed. EDGAR accepts a late Form 3, but the issuer must disclose",
    'it in its proxy statement (Item 405 of Regulation S-K).',
    '',
    'When the issuer registers a class of its equity securities under Section 12 for the first time (an IPO, a',
    "listing, a spin-off), everyone who is an insider then files by the registration's effective date, which the",
    'document does not give. So a Form 3 whose footnotes or remarks speak of a registration, an initial public',
    'offering, a listing, a spin-off or a business combination is not checked. Amendments (3/A) are not checked either.',
  ].join('\n'),
  sources: [rule16a3a, rule0dash3, techSpec('Appendix B, box 2 (Date of Event Requiring Statement) = periodOfReport')],
  check({ doc, today, report }) {
    const late = lateStatement(doc, today);
    if (!late || speaksOfRegistration(doc)) return;
    report({
      span: doc.periodOfReport!.span,
      message: `Box 2, date of event ${formatIsoDate(late.period)}: the Form 3 was due by ${formatIsoDate(late.deadline)}, ${late.days} days later, but ${late.when}: it is late (the issuer discloses late filings); if the issuer's first Section 12 registration took effect later, it was due by that date instead.`,
      related: late.related,
    });
  },
});
