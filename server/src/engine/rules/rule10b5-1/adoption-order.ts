import { compareDates, formatIsoDate } from '../../model/date';
import { capitalized } from '../../model/explanatoryTexts';
import { planAdoptions } from '../../model/planText';
import { rowLabel } from '../../model/rows';
import { defineRule, transactionForms } from '../rule';
import { rule10b51Checkbox } from '../../docs/sources';
import { rule10b51CoolingOff } from './sources';

export const adoptionOrder = defineRule({
  id: 'rule10b5-1/adoption-order',
  category: 'rule10b5-1',
  severity: 'warning',
  forms: transactionForms,
  summary: "The Rule 10b5-1 plan's adoption date in a footnote or remark is before the plan's first trade and before the signature.",
  explanation: [
    'A trade made under a Rule 10b5-1 plan comes after the plan was adopted: Rule 10b5-1(c) protects only trades made',
    'under a plan entered into before the insider traded, and since February 27, 2023 a cooling-off period of 30 to',
    '120 days separates the adoption from the first trade. The adoption date that General Instruction 10 asks for is',
    'therefore before every trade the footnote explains, and before the form is signed.',
    '',
    'An adoption date on the day of the trade itself is the common slip: the filer typed the trade date where the',
    'plan\'s date belongs (real footnotes read "effected pursuant to a Rule 10b5-1 trading plan adopted by the',
    'reporting person on November 14, 2025" on trades months later). A date after the trade or the signature is a',
    'typo in the year or the month. Give the date the plan was adopted (or last modified: a modification counts as a',
    'new adoption).',
    '',
    'The adoption date is the date an adoption word introduces ("adopted on", "entered into on", "established on",',
    '"dated"), in a footnote or remark that says a trade was made under a Rule 10b5-1 plan; the trades are the rows',
    'that refer to that footnote, or every row when no row does (the remarks, an unreferenced footnote). Reading',
    'free text can misread, so this is a warning.',
  ].join('\n'),
  sources: [...rule10b51Checkbox, rule10b51CoolingOff],
  check({ doc, report }) {
    const signed = doc.signatures
      .flatMap((s) => (s.date?.value ? [{ date: s.date.value, span: s.date.span }] : []))
      .sort((a, b) => compareDates(a.date, b.date))[0];
    for (const plan of planAdoptions(doc)) {
      const adopted = plan.adopted.date;
      const label = capitalized(plan.text.label);
      const iso = formatIsoDate(adopted);
      const written = plan.adopted.written === iso ? '' : ` ("${plan.adopted.written}")`;
      const given = `${label} ${plan.text.footnoteId ? 'gives' : 'give'} ${iso}${written} as the plan's adoption date`;
      const first = plan.trades[0];
      if (first && compareDates(adopted, first.date) >= 0) {
        const sameDay = compareDates(adopted, first.date) === 0;
        report({
          span: plan.text.span,
          message: sameDay
            ? `${given}, the day of the trade itself (${rowLabel(first.row)}, ${formatIsoDate(first.date)}): a plan is adopted before the trades made under it, and since 2023-02-27 at least 30 days before. Give the date the plan was adopted, not the trade date.`
            : `${given}, after the plan's first trade (${rowLabel(first.row)}, ${formatIsoDate(first.date)}): a trade under a Rule 10b5-1 plan comes after the plan's adoption. Correct the adoption date (or the trade date).`,
          related: [{ span: first.span, message: `${rowLabel(first.row)}: transaction date ${formatIsoDate(first.date)}` }],
        });
        continue;
      }
      if (signed && compareDates(adopted, signed.date) > 0) {
        report({
          span: plan.text.span,
          message: `${given}, after the form was signed on ${formatIsoDate(signed.date)}: the plan under which the reported trades were made was adopted before they were reported. Correct the adoption date.`,
          related: [{ span: signed.span, message: `Signed ${formatIsoDate(signed.date)}` }],
        });
      }
    }
  },
});
