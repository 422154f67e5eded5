import { form4OnlyItem, rowHeading } from '../../model/form5Items';
import { transactionRows } from '../../model/rows';
import { defineRule, form5AndAmendment } from '../rule';
import { giftReportingRelease, rule16a3f, rule16a3g } from '../date/sources';
import { ownershipFormCodes, techSpec } from '../../docs/sources';

export const form4ItemOnForm5 = defineRule({
  id: 'code/form4-item-on-form5',
  category: 'code',
  severity: 'warning',
  forms: form5AndAmendment,
  summary: 'A Form 5 row of form type 5 is an item that may wait for Form 5, not one that was due on Form 4.',
  explanation: [
    "A Form 5 reports what could wait for the end of the issuer's fiscal year (Rule 16a-3(f)): small acquisitions",
    '(code L), transfers by will or the laws of descent (W), gifts made before 2023-02-27 (G) and other exempt',
    'transactions (J, Z, ...), each with `transactionFormType` 5. Since August 2002 Rule 16a-3(g)(1) requires the',
    'rest on Form 4 within two business days: open-market and private purchases and sales (P, S), grants and awards',
    'from the issuer (A), dispositions to the issuer (D), tax and exercise-price withholding (F), discretionary',
    'transactions (I), exercises and conversions of derivatives (M, X, C, O), and since 2023-02-27 bona fide gifts',
    'given (G with D).',
    '',
    'Such a row on a Form 5 is a Form 4 item that was not reported in time. EDGAR takes it, but a late Form 4 item is',
    'marked by `transactionFormType` 4 (the form prints its code with a "4", such as "S4"), and the issuer\'s proxy',
    'statement must disclose it (Item 405 of Regulation S-K). Set the form type to 4, or, if the transaction was',
    'already reported on a Form 4, leave it off the Form 5.',
    '',
    'A grant (A) of a performance award, whose title or footnotes say "performance", is left alone: whether its grant',
    'was a Form 4 item depends on terms the document does not fully give, and issuers have reported such awards on',
    'Form 5.',
  ].join('\n'),
  sources: [rule16a3f, rule16a3g, giftReportingRelease, ownershipFormCodes, techSpec('transactionFormType on a Form 5 (4 or 5)')],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const formType = row.coding?.formType;
      if (formType?.value !== '5') continue;
      const item = form4OnlyItem(doc, row);
      if (!item) continue;
      report({
        span: formType.span,
        message: `${rowHeading(row)}, transaction code column: ${item} was due on Form 4 within two business days, not deferrable to Form 5: report it here as a late Form 4 item (transactionFormType 4), or leave it off if a Form 4 reported it.`,
        data: { formType: '4' },
      });
    }
  },
});
