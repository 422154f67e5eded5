import { addDays, compareDates, formatIsoDate } from '../../model/date';
import { release3311138Effective } from '../../model/releases';
import { capitalized } from '../../model/explanatoryTexts';
import { planAdoptions } from '../../model/planText';
import { listPhrase, rowLabel } from '../../model/rows';
import { defineRule, transactionForms } from '../rule';
import { coolingOffCdi, rule10b51CoolingOff, rule10b51EffectiveDate, rule10b51Release } from './sources';

/** Rule 10b5-1(c)(1)(ii)(B)(1): directors and officers wait at least 90 days, at most 120. */
const directorOfficerDays = 90;
const maximumDays = 120;
/** Rule 10b5-1(c)(1)(ii)(B)(2): everyone else (but the issuer) waits 30 days. */
const otherPersonDays = 30;

export const coolingOff = defineRule({
  id: 'rule10b5-1/cooling-off',
  category: 'rule10b5-1',
  severity: 'warning',
  forms: transactionForms,
  summary:
    'A trade under a Rule 10b5-1 plan adopted on or after 2023-02-27 comes after the cooling-off period (90 days for directors and officers, 30 for others).',
  explanation: [
    'Since February 27, 2023, Rule 10b5-1(c)(1)(ii)(B) lets no trade be made under a newly adopted (or modified) plan',
    'until a cooling-off period has passed: for a director or officer, the later of 90 days after the adoption or two',
    "business days after the issuer's Form 10-Q or 10-K for the fiscal quarter of the adoption, at most 120 days; for",
    'anyone else (but the issuer), 30 days. A trade inside the period is outside the affirmative defence the checkbox',
    'claims, or the adoption date in the footnote is wrong.',
    '',
    'The days are counted after the adoption day, as C&DI 120.29 counts the two business days after the filing date:',
    "a plan adopted on March 1 allows a director's first trade on May 31 at the earliest (day 91; a DraftKings",
    "officer's plan of 2024-12-13 first sold on 2025-03-14, day 91), an other person's on April 1 (day 31). The",
    '10-Q or 10-K date is not on the form, so for directors and officers this rule checks the 90 days only and says',
    'that the period may run longer, to day 120. A reporting owner counts as a director or officer when its',
    'relationship says so; plans adopted before 2023-02-27 have no cooling-off period and are not checked.',
    '',
    'The adoption date and the plan trades are read as for `rule10b5-1/adoption-order` (an adoption date on or after',
    "the first plan trade is that rule's finding, not this one's). Correct the adoption date if it is mistyped;",
    'otherwise the trade was not made under this plan, and the checkbox and footnote should not say it was.',
  ].join('\n'),
  sources: [rule10b51CoolingOff, rule10b51Release, rule10b51EffectiveDate, coolingOffCdi],
  check({ doc, report }) {
    const directorOrOfficer = doc.reportingOwners.some(
      (o) => o.relationship?.isDirector?.value === true || o.relationship?.isOfficer?.value === true,
    );
    const days = directorOrOfficer ? directorOfficerDays : otherPersonDays;
    for (const plan of planAdoptions(doc)) {
      const adopted = plan.adopted.date;
      if (compareDates(adopted, release3311138Effective) < 0) continue;
      // An adoption date on or after the first plan trade is rule10b5-1/adoption-order's one finding: the date is wrong.
      if (plan.trades.length > 0 && compareDates(adopted, plan.trades[0].date) >= 0) continue;
      const earliest = addDays(adopted, days + 1);
      const inside = plan.trades.filter((t) => compareDates(t.date, earliest) < 0);
      if (inside.length === 0) continue;
      const [first, ...others] = inside;
      const daysAfter = first.date.ordinal - adopted.ordinal;
      const rows = listPhrase(inside.map((t) => `${rowLabel(t.row)} (${formatIsoDate(t.date)})`));
      const period = directorOrOfficer
        ? `a director's or officer's first trade under a plan adopted on ${formatIsoDate(adopted)} may be on ${formatIsoDate(earliest)} at the earliest ` +
          `(${directorOfficerDays} days after adoption), later if the issuer's 10-Q or 10-K for the quarter of adoption came less than two business ` +
          `days before, and by ${formatIsoDate(addDays(adopted, maximumDays + 1))} (${maximumDays} days) at the latest`
        : `the first trade under a plan adopted on ${formatIsoDate(adopted)} may be on ${formatIsoDate(earliest)} at the earliest (${otherPersonDays} days after adoption)`;
      report({
        span: first.span,
        message:
          `${rows} ${inside.length === 1 ? 'is' : 'are'} inside the Rule 10b5-1 cooling-off period (the first ${daysAfter} ${daysAfter === 1 ? 'day' : 'days'} after adoption): ` +
          `${period}. Check the adoption date in ${plan.text.label}, or whether ${inside.length === 1 ? 'this trade was' : 'these trades were'} made under the plan.`,
        related: [
          ...others.map((t) => ({
            span: t.span,
            message: `${rowLabel(t.row)}: transaction date ${formatIsoDate(t.date)}, also inside the period`,
          })),
          { span: plan.text.span, message: `${capitalized(plan.text.label)}: plan adopted ${formatIsoDate(adopted)}` },
        ],
        data: { earliest: formatIsoDate(earliest) },
      });
    }
  },
});
