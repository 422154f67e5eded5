import { defineRule, transactionForms } from '../rule';
import { fieldPlace } from '../../model/place';
import { rule10b51Checkbox } from '../../docs/sources';
import { speaksOfPlanAdoption, statedAdoptionDates } from '../../model/planText';
import { fullDatesInText } from '../../model/textDates';
import { formatIsoDate } from '../../model/date';
import { transactionRows } from '../../model/rows';
import { capitalized, explanatoryTexts, listLabels } from '../../model/explanatoryTexts';

export const adoptionDate = defineRule({
  id: 'rule10b5-1/adoption-date',
  category: 'rule10b5-1',
  severity: 'warning',
  forms: transactionForms,
  summary: "A checked Rule 10b5-1 box comes with the plan's adoption date in a footnote or remark.",
  explanation: [
    'General Instruction 10 asks a filer who checks the Rule 10b5-1 box to give, in the Explanation of Responses, the',
    'date the plan was adopted (it starts the cooling-off period the rule requires before trading).',
    '',
    "This rule looks for a footnote or remark that names Rule 10b5-1 or the plan's adoption and contains a full date",
    '("adopted on March 13, 2025"). Add one, for example: "The transactions reported were effected under a Rule',
    '10b5-1 trading plan adopted by the reporting person on March 13, 2025." A date that is only the date of a',
    'reported trade ("sold on March 12, 2024 under a Rule 10b5-1 plan") is not the adoption date. Wording varies, so',
    'this is a warning.',
  ].join('\n'),
  sources: [...rule10b51Checkbox],
  check({ doc, report }) {
    const checkbox = doc.aff10b5One;
    if (!checkbox || checkbox.value !== true) return;
    const candidates = explanatoryTexts(doc).filter((t) => speaksOfPlanAdoption(t.text));
    // A date that an adoption word introduces is the adoption date; a bare date counts too (wording varies), unless it
    // is only a trade date ("sold on March 12, 2024 under a Rule 10b5-1 plan").
    const tradeDays = new Set(transactionRows(doc).flatMap((row) => row.transactionDate?.value?.value?.ordinal ?? []));
    const dated = candidates.filter((t) => fullDatesInText(t.text).length > 0);
    if (
      candidates.some((t) => statedAdoptionDates(t.text).length > 0 || fullDatesInText(t.text).some((d) => !tradeDays.has(d.date.ordinal)))
    )
      return;
    const verb = (texts: readonly unknown[]) => (texts.length === 1 ? 'gives' : 'give');
    report({
      span: checkbox.span,
      message:
        dated.length > 0
          ? `${fieldPlace(['ownershipDocument', 'aff10b5One'], doc.form)}: checked, but ${listLabels(dated)} ${verb(dated)} only the transaction date (${formatIsoDate(fullDatesInText(dated[0].text)[0].date)}), not the date the Rule 10b5-1 plan was adopted: state the adoption date.`
          : candidates.length > 0
            ? `${fieldPlace(['ownershipDocument', 'aff10b5One'], doc.form)}: checked, but ${listLabels(candidates)} ${verb(candidates)} no adoption date: state the date the Rule 10b5-1 plan was adopted.`
            : `${fieldPlace(['ownershipDocument', 'aff10b5One'], doc.form)}: checked, but no footnote or remark gives the Rule 10b5-1 plan's adoption date: add one.`,
      related: candidates.map((t) => ({
        span: t.span,
        message: `${capitalized(t.label)} mentions the plan but gives ${dated.includes(t) ? 'only the transaction date' : 'no date'}`,
      })),
    });
  },
});
