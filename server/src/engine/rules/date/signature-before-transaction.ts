import { compareDates, formatIsoDate } from '../../model/date';
import { defineRule, transactionForms } from '../rule';
import { rowLabel, transactionRows } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

export const signatureBeforeTransaction = defineRule({
  id: 'date/signature-before-transaction',
  category: 'date',
  severity: 'warning',
  forms: transactionForms,
  summary: 'No signature is dated before a transaction the form reports.',
  explanation: [
    'The signature certifies a report of transactions that have already happened, so each `signatureDate` is on or',
    'after every transaction date. A signature dated earlier usually means a stale date carried over from a',
    'template or a previous filing, or a mistyped transaction date. It also hides whether the form was filed in',
    'time, since the signature date is the best evidence of when the filing was made.',
    '',
    'Date the signature the day it is signed, and check the transaction date the message names.',
  ].join('\n'),
  sources: [formInstructions('Signature of Reporting Person and Date'), techSpec('ownerSignature (signatureName, signatureDate)')],
  check({ doc, report }) {
    const dated = transactionRows(doc).flatMap((row) => {
      const field = row.transactionDate?.value;
      return field?.value ? [{ row, field, date: field.value }] : [];
    });
    for (const signature of doc.signatures) {
      const signed = signature.date;
      const signedOn = signed?.value;
      if (!signed || !signedOn) continue;
      const later = dated.filter((t) => compareDates(t.date, signedOn) > 0);
      if (!later.length) continue;
      const latest = later.reduce((a, b) => (compareDates(b.date, a.date) > 0 ? b : a));
      report({
        span: signed.span,
        message:
          `Signature ${signature.index + 1} is dated ${formatIsoDate(signedOn)}, before the transaction of ` +
          `${formatIsoDate(latest.date)} (${rowLabel(latest.row)})${later.length > 1 ? ` and ${later.length - 1} more` : ''}.`,
        related: later.map((t) => ({ span: t.field.span, message: `${rowLabel(t.row)}: transaction date ${formatIsoDate(t.date)}` })),
      });
    }
  },
});
