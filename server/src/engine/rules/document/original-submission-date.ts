import { fieldPlace } from '../../model/place';
import { defineRule, form4AndAmendment } from '../rule';
import { formInstructions, techSpec } from '../../docs/sources';

export const originalSubmissionDate = defineRule({
  id: 'document/original-submission-date',
  category: 'document',
  severity: 'error',
  forms: form4AndAmendment,
  summary: 'A Form 4/A gives dateOfOriginalSubmission; a Form 4 has none.',
  explanation: [
    'Box 4 of the form, "If Amendment, Date Original Filed", is `dateOfOriginalSubmission` in XML. It exists only in',
    'the Form 4/A schema: an amendment must say which filing it amends, and an original Form 4 cannot carry the',
    'element at all (EDGAR rejects it against the Form 4 schema).',
    '',
    'For an amendment, add `dateOfOriginalSubmission` after `periodOfReport` with the filing date of the Form 4 being',
    'amended. If the document is not an amendment, delete the element; if it is, change `documentType` to `4/A`.',
  ].join('\n'),
  sources: [formInstructions('Box 4, If Amendment, Date Original Filed'), techSpec('dateOfOriginalSubmission (Form 4/A schema only)')],
  check({ doc, report }) {
    const type = doc.documentType;
    const original = doc.dateOfOriginalSubmission;
    if (type?.value === '4/A' && !original) {
      report({
        span: type.span,
        message: 'Form 4/A without dateOfOriginalSubmission: add the date the amended Form 4 was filed.',
        data: { missing: 'dateOfOriginalSubmission' },
      });
    } else if (type?.value === '4' && original) {
      report({
        span: original.span,
        message: `${fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'])}: ${original.raw.trim() || '(empty)'} on an original Form 4: remove it, or set documentType to 4/A for an amendment.`,
        related: [{ span: type.span, message: 'documentType 4 (original filing)' }],
        data: { documentType: '4/A' },
      });
    }
  },
});
