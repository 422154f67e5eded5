/** Sources the date rules cite beyond the shared ones. */
import type { RuleSource } from '../rule';
import { formInstructions, techSpec } from '../../docs/sources';

export const rule16a3g: RuleSource = {
  title:
    'Exchange Act Rule 16a-3(g) (17 CFR 240.16a-3(g)): two-business-day deadline; deemed execution date for Rule 10b5-1(c) and 16b-3(f) transactions',
  url: 'https://www.ecfr.gov/current/title-17/section-240.16a-3',
};

export const section16aStatute: RuleSource = {
  title: 'Securities Exchange Act of 1934, Section 16(a)(2)(C) (15 U.S.C. 78p(a)(2)(C)): Form 4 before the end of the second business day',
  url: 'https://www.law.cornell.edu/uscode/text/15/78p',
};

export const federalHolidayStatute: RuleSource = {
  title: '5 U.S.C. 6103 (legal public holidays; weekend holidays observed on the Friday before or the Monday after)',
  url: 'https://www.law.cornell.edu/uscode/text/5/6103',
};

export const rule16a6: RuleSource = {
  title: 'Exchange Act Rule 16a-6 (17 CFR 240.16a-6): small acquisitions (code L), up to $10,000 in six months, are reported on Form 5',
  url: 'https://www.ecfr.gov/current/title-17/section-240.16a-6',
};

export const deadlineSources: readonly RuleSource[] = [
  formInstructions('Instruction 1(a) (file before the end of the second business day after the transaction)'),
  section16aStatute,
  rule16a3g,
  federalHolidayStatute,
  rule16a6,
  techSpec('transactionTimeliness (E early, L late)'),
];

export const giftReportingRelease: RuleSource = {
  title:
    'SEC, Insider Trading Arrangements and Related Disclosures, Release 33-11138, 87 FR 80362 (effective Feb. 27, 2023): Small Entity Compliance Guide (dispositions by bona fide gift reported on Form 4 rather than Form 5)',
  url: 'https://www.sec.gov/investment/insider-trading-arrangements-and-related-disclosures',
};

export const giftReportingNote: RuleSource = {
  title: 'Bryan Cave Leighton Paisner, "Gifts reportable on Form 4s starting February 27" (2023)',
  url: 'https://bclplaw.com/en-US/events-insights-news/gifts-reportable-on-form-4s-starting-february-27-and-other-deadlines-for-insiders-and-corporate-secretaries.html',
};

export const section16RuleChanges: RuleSource = {
  title: 'CCRcorp, "Section 16 rule changes" (the 10b5-1 checkbox; gifts on Form 4 in two business days)',
  url: 'https://ccrcorp.com/section16/articles/section-16-rule-changes/',
};

export const rule16a3f: RuleSource = {
  title:
    "Exchange Act Rule 16a-3(f) (17 CFR 240.16a-3(f)): Form 5 within 45 days after the issuer's fiscal year end, for exempt, deferred and unreported items",
  url: 'https://www.ecfr.gov/current/title-17/section-240.16a-3',
};

export const rule16a3a: RuleSource = {
  title:
    'Exchange Act Rule 16a-3(a) and Section 16(a)(2)(A)-(B) (17 CFR 240.16a-3(a), 15 U.S.C. 78p(a)(2)): Form 3 within 10 days of becoming an insider, or by the effective date of the registration under Section 12',
  url: 'https://www.ecfr.gov/current/title-17/section-240.16a-3',
};

export const rule0dash3: RuleSource = {
  title: 'Exchange Act Rule 0-3 (17 CFR 240.0-3): a filing due on a Saturday, Sunday or holiday may be made on the next business day',
  url: 'https://www.ecfr.gov/current/title-17/section-240.0-3',
};
