import { cellPlace } from '../../model/place';
import { transactionCodes } from '../../structure/schema';
import { defineRule, transactionForms } from '../rule';
import { transactionRows } from '../../model/rows';
import { formInstructions, ownershipFormCodes, techSpec } from '../../docs/sources';
import { describeCode } from '../../docs/codeMeanings';

const accepted: ReadonlySet<string> = new Set(transactionCodes);

function advice(code: string): { message: string; expected?: string } {
  if (code === '') return { message: 'transactionCode is empty: every transaction needs a code from the EDGAR list.' };
  if (code === 'V') {
    return {
      message:
        'V is not an XML transaction code: use the code of the transaction itself and mark early reporting with transactionFormType 5 (or transactionTimeliness E).',
    };
  }
  if (code === 'K') {
    return {
      message: 'K (equity swap) is not in the EDGAR code list: use the code of the transaction and set equitySwapInvolved to 1.',
    };
  }
  const upper = code.toUpperCase();
  if (upper !== code && accepted.has(upper)) {
    return { message: `Transaction code '${code}' must be a capital letter: ${describeCode(upper)}.`, expected: upper };
  }
  return { message: `Transaction code '${code}' is not in the EDGAR list (${transactionCodes.join(' ')}).` };
}

export const unknownCode = defineRule({
  id: 'code/unknown',
  category: 'code',
  severity: 'error',
  forms: transactionForms,
  summary: 'The transaction code is one EDGAR accepts.',
  explanation: [
    'Every transaction carries a one-letter code from General Instruction 8 (P purchase, S sale, A grant, M option',
    "exercise, F tax withholding, G gift, J other, and so on). EDGAR's XML accepts exactly these codes:",
    `${transactionCodes.join(', ')}; anything else suspends the filing.`,
    '',
    '**V** is a column of the paper form, not a transaction code: it marks a transaction *voluntarily reported earlier',
    'than required* and sits next to the real code. In XML, give the real code and mark the early report with',
    '`transactionFormType` 5 (a transaction that could have waited for Form 5) or `transactionTimeliness` E.',
    '',
    '**K** (equity swaps) is likewise absent from the XML list: the swap is recorded by the mandatory boolean',
    '`equitySwapInvolved` in `transactionCoding`, next to the code of the transaction.',
  ].join('\n'),
  sources: [formInstructions('Instruction 8, Transaction Codes'), ownershipFormCodes, techSpec('transactionCode (TRANS_CODE_PICKLIST)')],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const field = row.coding?.code;
      if (!field) continue; // no code element at all: the structure checker reports the missing coding
      const code = field.raw.trim();
      if (accepted.has(code)) continue;
      const { message, expected } = advice(code);
      report({ span: field.span, message: `${cellPlace(row, 'transactionCode')}: ${message}`, data: expected ? { expected } : undefined });
    }
  },
});
