import { baseForm, isAmendment } from '../../model/formFamily';
import { allForms, defineRule } from '../rule';
import { fieldPlace } from '../../model/place';
import { formInstructions, techSpec } from '../../docs/sources';

export const originalSubmissionDate = defineRule({
  id: 'document/original-submission-date',
  category: 'document',
  severity: 'error',
  forms: allForms,
  summary: 'An amendment (3/A, 4/A, 5/A) gives dateOfOriginalSubmission; an original form has none.',
  explanation: [
    'The box "If Amendment, Date Original Filed" (box 4 of Forms 4 and 5, box 5 of Form 3) is',
    "`dateOfOriginalSubmission` in XML. It exists only in the amendments' schemas (3/A, 4/A, 5/A), where it is",
    'required: an amendment must say which filing it amends, and an original form cannot carry the element at all',
    "(EDGAR rejects it against the original form's schema).",
    '',
    'For an amendment, add `dateOfOriginalSubmission` after `periodOfReport` with the filing date of the form being',
    'amended. If the document is not an amendment, delete the element; if it is, change `documentType` to the',
    'amendment (`4/A` for a Form 4, and so on).',
  ].join('\n'),
  sources: [
    formInstructions('Box 4, If Amendment, Date Original Filed'),
    techSpec('dateOfOriginalSubmission (required in the 3/A, 4/A and 5/A schemas, absent from 3, 4 and 5)'),
  ],
  check({ doc, report }) {
    const type = doc.documentType;
    const original = doc.dateOfOriginalSubmission;
    // doc.form is the documentType when that names a form; a missing or mistyped one is document/type's.
    if (type?.value !== doc.form) return;
    const base = baseForm(doc.form);
    if (isAmendment(doc.form) && !original) {
      report({
        span: type.span,
        message: `Form ${doc.form} without dateOfOriginalSubmission: add the date the amended Form ${base} was filed.`,
        data: { missing: 'dateOfOriginalSubmission' },
      });
    } else if (!isAmendment(doc.form) && original) {
      report({
        span: original.span,
        message: `${fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'], doc.form)}: ${original.raw.trim() || '(empty)'} on an original Form ${base}: remove it, or set documentType to ${base}/A for an amendment.`,
        related: [{ span: type.span, message: `documentType ${base} (original filing)` }],
        data: { documentType: `${base}/A` as const },
      });
    }
  },
});
