import { defineRule, form4AndAmendment } from '../rule';
import { edgarMessages, techSpec } from '../../docs/sources';

export const documentType = defineRule({
  id: 'document/type',
  category: 'document',
  severity: 'error',
  forms: form4AndAmendment,
  summary: 'documentType is 4, or 4/A for an amendment.',
  explanation: [
    'The `documentType` element tells EDGAR which ownership form the document is, and it must match the submission',
    'type. This tool checks Form 4 and its amendment, Form 4/A: use `4` for an original statement of changes and',
    '`4/A` when you amend one already filed (an amendment also needs `dateOfOriginalSubmission`).',
    '',
    'Forms 3 and 5 share the ownership XML format: a document whose documentType is 3, 3/A, 5 or 5/A is checked as',
    'that form, against its own schema, and never reaches this rule.',
  ].join('\n'),
  sources: [techSpec('documentType (DOCUMENT_TYPE) of the Form 4 and Form 4/A schemas'), edgarMessages],
  check({ doc, report }) {
    const field = doc.documentType;
    if (!field) return; // a missing element is the structure checker's schema/missing-element
    const value = field.value ?? '';
    if (value === '4' || value === '4/A') return;
    const expected = doc.dateOfOriginalSubmission ? '4/A' : '4';
    // Forms 3 and 5 never reach this rule: forms/select.ts checks them as their own forms.
    report({
      span: field.span,
      message:
        value === ''
          ? `documentType is empty: use ${expected} (or 4/A for an amendment).`
          : `documentType '${value}' is not a Form 4 type: use 4, or 4/A for an amendment.`,
      data: { expected },
    });
  },
});
