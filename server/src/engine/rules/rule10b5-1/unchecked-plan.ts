import { defineRule, transactionForms } from '../rule';
import { fieldPlace } from '../../model/place';
import { rule10b51Checkbox } from '../../docs/sources';
import { affirmsRule10b51Plan } from '../../model/planText';
import { capitalized, explanatoryTexts } from '../../model/explanatoryTexts';

export const uncheckedPlan = defineRule({
  id: 'rule10b5-1/unchecked-plan',
  category: 'rule10b5-1',
  severity: 'warning',
  forms: transactionForms,
  summary: 'A footnote that says a transaction was made under a Rule 10b5-1 plan goes with a checked aff10b5One.',
  explanation: [
    'When a footnote says the reported trades were made under a Rule 10b5-1 trading plan, the Rule 10b5-1 checkbox',
    '(`aff10b5One`) is normally checked: the box is the machine-readable statement, the footnote its explanation.',
    'Filers who describe the plan in a footnote but leave the box at 0 send two different messages.',
    '',
    'Set `aff10b5One` to `1` if the plan is intended to satisfy Rule 10b5-1(c); otherwise reword the footnote. Sentences',
    'that say a trade was *not* made under such a plan are ignored. The checkbox is document-wide: it does not say',
    'which rows were plan trades.',
  ].join('\n'),
  sources: [...rule10b51Checkbox],
  check({ doc, report }) {
    const checkbox = doc.aff10b5One;
    if (!checkbox || checkbox.value !== false) return;
    const mentions = explanatoryTexts(doc).filter((t) => affirmsRule10b51Plan(t.text));
    if (mentions.length === 0) return;
    report({
      span: checkbox.span,
      message: `${fieldPlace(['ownershipDocument', 'aff10b5One'], doc.form)}: ${checkbox.raw.trim()} (not checked), but ${mentions[0].label} speaks of a Rule 10b5-1 plan: check the box (1) if the plan is meant to satisfy Rule 10b5-1(c).`,
      related: mentions.map((t) => ({ span: t.span, message: `${capitalized(t.label)} mentions a Rule 10b5-1 plan` })),
      data: { expected: '1' },
    });
  },
});
