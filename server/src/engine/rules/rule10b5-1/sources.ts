/** Sources the Rule 10b5-1 date rules cite beyond the shared ones. */
import type { RuleSource } from '../rule';

export const rule10b51CoolingOff: RuleSource = {
  title:
    'Exchange Act Rule 10b5-1(c)(1)(ii)(B) (17 CFR 240.10b5-1): cooling-off period after a plan is adopted or modified (directors and officers: the later of 90 days or two business days after the 10-Q or 10-K for the quarter of adoption, at most 120 days; others: 30 days)',
  url: 'https://www.ecfr.gov/current/title-17/section-240.10b5-1',
};

export const rule10b51Release: RuleSource = {
  title: 'SEC Release No. 33-11138, Insider Trading Arrangements and Related Disclosures (December 14, 2022; effective February 27, 2023)',
  url: 'https://www.sec.gov/rules/final/2022/33-11138.pdf',
};

export const rule10b51EffectiveDate: RuleSource = {
  title:
    'TheCorporateCounsel.net, The Final Countdown: Rule 10b5-1 Changes Kick in Next Week (plans adopted on or after February 27, 2023)',
  url: 'https://www.thecorporatecounsel.net/blog/2023/02/the-final-countdown-rule-10b5-1-changes-kick-in-next-week.html',
};

export const coolingOffCdi: RuleSource = {
  title: 'SEC C&DI 120.29 on Rule 10b5-1 (counting the cooling-off period), as summarised by Gibson Dunn',
  url: 'https://themonitor.gibsondunn.com/?p=5890',
};
