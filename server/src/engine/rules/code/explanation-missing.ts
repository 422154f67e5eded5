import { defineRule, transactionForms } from '../rule';
import { footnoteRefsInRow, transactionCode, transactionRows } from '../../model/rows';
import { cellPlace } from '../../model/place';
import { formInstructions, ownershipFormCodes, transactionCodeRequired } from '../../docs/sources';

/** A remark counts as describing a J transaction when it names the code (e.g. "Code J: transfer to a trust"). */
const mentionsCodeJ = /\bJ\b/;

export const explanationMissing = defineRule({
  id: 'code/explanation-missing',
  category: 'code',
  severity: 'error',
  forms: transactionForms,
  summary: 'Code J (other acquisition or disposition) comes with a footnote or remark describing the transaction.',
  explanation: [
    'J is the code of last resort: "other acquisition or disposition (describe transaction)". The reader of the filing',
    'learns nothing from the code itself, so the instructions require the transaction to be described in the',
    'Explanation of Responses.',
    '',
    'Add a footnote to the row (on the code, the amount or any cell of the row) that says what happened, for',
    'example a transfer to a family trust or a distribution from a partnership. A remark that names code J is accepted',
    'too. If another code fits, use it instead.',
  ].join('\n'),
  sources: [formInstructions('Instruction 8, code J'), ownershipFormCodes, transactionCodeRequired],
  check({ doc, report }) {
    const remarks = doc.remarks?.raw ?? '';
    if (mentionsCodeJ.test(remarks)) return;
    for (const row of transactionRows(doc)) {
      if (transactionCode(row) !== 'J' || !row.coding?.code) continue;
      if (footnoteRefsInRow(row).some((ref) => ref.id !== '')) continue;
      report({
        span: row.coding.code.span,
        message: `${cellPlace(row, 'transactionCode')}: code J (other acquisition or disposition) needs a footnote on the row (or a remark) describing the transaction.`,
      });
    }
  },
});
