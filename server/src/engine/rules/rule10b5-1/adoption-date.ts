import { defineRule, form4AndAmendment } from '../rule';
import { rule10b51Checkbox } from '../../docs/sources';
import { containsFullDate, speaksOfPlanAdoption } from '../../model/planText';
import { capitalized, explanatoryTexts, listLabels } from '../../model/explanatoryTexts';

export const adoptionDate = defineRule({
  id: 'rule10b5-1/adoption-date',
  category: 'rule10b5-1',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: "A checked Rule 10b5-1 box comes with the plan's adoption date in a footnote or remark.",
  explanation: [
    'General Instruction 10 asks a filer who checks the Rule 10b5-1 box to give, in the Explanation of Responses, the',
    'date the plan was adopted (it starts the cooling-off period the rule requires before trading).',
    '',
    "This rule looks for a footnote or remark that names Rule 10b5-1 or the plan's adoption and contains a full date",
    '("adopted on March 13, 2025"). Add one, for example: "The transactions reported were effected under a Rule',
    '10b5-1 trading plan adopted by the reporting person on March 13, 2025." Wording varies, so this is a warning.',
  ].join('\n'),
  sources: [...rule10b51Checkbox],
  check({ doc, report }) {
    const checkbox = doc.aff10b5One;
    if (!checkbox || checkbox.value !== true) return;
    const candidates = explanatoryTexts(doc).filter((t) => speaksOfPlanAdoption(t.text));
    if (candidates.some((t) => containsFullDate(t.text))) return;
    report({
      span: checkbox.span,
      message:
        candidates.length > 0
          ? `aff10b5One is checked but ${listLabels(candidates)} ${candidates.length === 1 ? 'gives' : 'give'} no adoption date: state the date the Rule 10b5-1 plan was adopted.`
          : "aff10b5One is checked but no footnote or remark gives the Rule 10b5-1 plan's adoption date: add one.",
      related: candidates.map((t) => ({ span: t.span, message: `${capitalized(t.label)} mentions the plan but gives no date` })),
    });
  },
});
