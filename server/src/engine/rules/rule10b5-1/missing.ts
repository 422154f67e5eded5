import { formName } from '../../model/formFamily';
import { fieldPlace } from '../../model/place';
import { formatIsoDate, makeDate } from '../../model/date';
import { defineRule, transactionForms } from '../rule';
import { rule10b51Checkbox, techSpec } from '../../docs/sources';
import { aff10b5OneRequired } from '../../structure/schemaDocument';
import { declaredSchemaVersion, predates } from '../../structure/schemaVersions';

/** Forms 4 and 5 carry the Rule 10b5-1 checkbox for reports from this date on. */
export const checkboxEffective = makeDate(2023, 4, 1);

export const rule10b51Missing = defineRule({
  id: 'rule10b5-1/missing',
  category: 'rule10b5-1',
  severity: 'warning',
  forms: transactionForms,
  summary: 'A Form 4 or 5 for a period on or after 2023-04-01 carries aff10b5One, checked or not.',
  explanation: [
    'The December 2022 amendments to Rule 10b5-1 added a checkbox to Forms 4 and 5 (General Instruction 10): it says',
    'whether a reported transaction was made under a contract, instruction or written plan intended to satisfy the',
    'affirmative defence of Rule 10b5-1(c). The checkbox applies to forms filed from April 2023, and it is expected',
    'on every such form, **checked or not**; EDGAR added the element `aff10b5One` for it in March 2023.',
    '',
    'Add `aff10b5One` after the reporting owners: `1` when a transaction on the form was made under such a plan (and',
    "give the plan's adoption date in a footnote), `0` otherwise.",
    '',
    "Today's schema requires the element, so on a document that declares schema X0407 or later, or no version, the",
    'structure check reports it missing (`schema/missing-element`, with the same two fixes) and this rule stays quiet:',
    'one mistake, one finding. It speaks where the structure check cannot: a document that declares an older schema,',
    'on which a missing `aff10b5One` is only information, but whose period falls after the checkbox took effect.',
  ].join('\n'),
  sources: [...rule10b51Checkbox, techSpec('aff10b5One')],
  check({ doc, report }) {
    const period = doc.periodOfReport;
    if (doc.aff10b5One || !period?.value || period.value.ordinal < checkboxEffective.ordinal) return;
    // Declaring the schema that requires the box, the document has the structure check's error for it already.
    if (!predates(declaredSchemaVersion(doc.root), aff10b5OneRequired)) return;
    report({
      span: doc.root.nameSpan,
      message: `${fieldPlace(['ownershipDocument', 'aff10b5One'], doc.form)}: missing, and a ${formName(doc)} for ${formatIsoDate(period.value)} (on or after ${formatIsoDate(checkboxEffective)}) must answer it: add aff10b5One with 1 or 0.`,
      related: [{ span: period.span, message: `periodOfReport ${formatIsoDate(period.value)}` }],
      data: { missing: 'aff10b5One' },
    });
  },
});
