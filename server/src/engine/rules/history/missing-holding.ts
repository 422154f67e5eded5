import { defineRule } from '../rule';
import { comparisons, describeFiling, historySources, whereHolding } from './shared';
import { everyOwnershipForm } from './forms';
import { rowLabel } from '../../model/rows';

export const missingHolding = defineRule({
  id: 'history/missing-holding',
  category: 'history',
  severity: 'information',
  forms: everyOwnershipForm,
  summary: "A holding the owner's previous filing in the set left open is not reported in this one.",
  explanation: [
    "The owner's previous filing in the set closed a holding with a balance above zero, and this filing has no row",
    'for it. A Form 4 need not repeat every holding, so this is information: it is worth a look when the holding was',
    'disposed of (sold, given, transferred to another trust), since that needs a transaction row that says so.',
  ].join('\n'),
  sources: historySources,
  check({ doc, history, report }) {
    if (!history) return;
    const keys = new Set(history.filing.holdings.map((h) => h.key));
    for (const { previous } of comparisons(history)) {
      for (const holding of previous.filing.holdings) {
        const closing = holding.closing;
        if (holding.ambiguous || keys.has(holding.key) || !closing || closing.amount.isZero() || closing.amount.isNegative()) continue;
        const table = holding.table === 'I' ? doc.nonDerivativeTable : doc.derivativeTable;
        report({
          span: (table ?? doc.root).nameSpan,
          message:
            `${whereHolding(holding)}: not reported in this filing, while the previous filing in the set, ${describeFiling(previous.filing)}, ` +
            `closed it at ${closing.amount.format()} (${rowLabel(closing.row)}). A filing need not repeat every holding; one that was disposed of needs a transaction that says so.`,
        });
      }
    }
  },
});
