import { defineRule, allForms } from '../rule';
import { cellPlace } from '../../model/place';
import { formInstructions, techSpec } from '../../docs/sources';

export const natureMissing = defineRule({
  id: 'ownership/nature-missing',
  category: 'ownership',
  severity: 'error',
  forms: allForms,
  summary: 'Indirect ownership (I) states the nature of the indirect ownership.',
  explanation: [
    'Column 6 of each table says whether the securities are owned directly (D) or indirectly (I); column 7, "Nature of',
    'Indirect Beneficial Ownership", then says *how*: "By Trust", "By spouse", "By LLC", with a footnote where more',
    'is needed. The schema makes `natureOfOwnership` optional only because direct ownership has none; its own',
    'comment says it is mandatory when `directOrIndirectOwnership` is I.',
    '',
    'Add `natureOfOwnership` with a short description of the holder, or change the ownership to D if the owner holds',
    'the securities directly. Indirect rows of different natures are separate holdings with separate balances.',
  ].join('\n'),
  sources: [
    formInstructions('Instruction 4 and column 7, Nature of Indirect Beneficial Ownership'),
    techSpec('ownershipNature / natureOfOwnership'),
  ],
  check({ doc, report }) {
    for (const row of doc.rows) {
      const ownership = row.ownership;
      const direct = ownership?.directOrIndirect?.value;
      if (!ownership || direct?.value !== 'I') continue;
      const nature = ownership.natureOfOwnership;
      if (nature?.value?.value) continue;
      report({
        span: nature ? nature.node.nameSpan : direct.span,
        message: `${cellPlace(row, 'natureOfOwnership')}: indirect ownership (I) without a nature of ownership: say how the securities are held (e.g. "By Trust").`,
        related: nature ? [{ span: direct.span, message: 'Indirect ownership (I)' }] : undefined,
        data: { missing: 'natureOfOwnership' },
      });
    }
  },
});
