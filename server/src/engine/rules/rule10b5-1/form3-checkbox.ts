import { defineRule, form3AndAmendment } from '../rule';
import { techSpec } from '../../docs/sources';

export const form3Checkbox = defineRule({
  id: 'rule10b5-1/form3-checkbox',
  category: 'rule10b5-1',
  severity: 'information',
  forms: form3AndAmendment,
  summary: 'A Form 3 does not check the Rule 10b5-1 box (aff10b5One): it reports no transaction.',
  explanation: [
    'The Rule 10b5-1 check box says that a transaction the form reports was made under a plan meant to satisfy Rule',
    '10b5-1(c). Forms 4 and 5 carry it above Table I. A Form 3 reports holdings, never transactions, so the box has',
    "nothing to speak of there: the Form 3 schema accepts `aff10b5One` but does not require it, and EDGAR's rendered",
    'Form 3 does not show it, so a 1 there is lost on the reader.',
    '',
    'Leave `aff10b5One` out of a Form 3 (or write 0). A plan the new insider has adopted is disclosed when its trades',
    'are reported, on Form 4.',
  ].join('\n'),
  sources: [techSpec('aff10b5One (optional in the Form 3 schema; rendered on Forms 4 and 5 only)')],
  check({ doc, report }) {
    const box = doc.aff10b5One;
    if (box?.value !== true) return;
    report({
      span: box.span,
      message: `Rule 10b5-1 box (aff10b5One ${box.raw.trim()}): checked on a Form 3, which reports no transaction and does not show the box; leave it out or write 0.`,
    });
  },
});
