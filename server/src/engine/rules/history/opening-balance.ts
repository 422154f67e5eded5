import { defineRule } from '../rule';
import { comparedClosing } from '../../history/model';
import { amountInWords } from '../../model/series';
import { comparisons, describeFiling, explanation, filingName, historySources, splitHint, whereOwned } from './shared';
import { everyOwnershipForm } from './forms';
import { listPhrase, rowLabel } from '../../model/rows';
import { differenceInWords } from '../../history/table';

export const openingBalance = defineRule({
  id: 'history/opening-balance',
  category: 'history',
  severity: 'warning',
  forms: everyOwnershipForm,
  summary: "A holding's first row continues the closing balance of the owner's previous filing in the set.",
  explanation: [
    "A filing's first row of a holding starts from what the owner held before it: its amount owned after, less the",
    'shares it acquired or plus those it disposed of, is the holding before the transaction, and that is what the',
    "owner's previous filing for the same issuer left (its last amount owned for the holding). A holding reported",
    'without a transaction (a holding row) is the standing figure itself. When the two disagree, a transaction was',
    'left out (a forgotten sale, an unreported grant), or one of the two filings has a wrong figure.',
    '',
    'Only consecutive filings of the set (the folder, the workspace) are compared, and the message names both. A',
    'folder rarely holds every filing of an owner: when a filing between the two is missing, the difference is',
    'expected, and adding the missing filing settles it. Without an earlier filing of the owner the rule is silent.',
    'A footnote on the amount, or one that speaks of a split, a transfer or an ESPP purchase, may explain the',
    'difference: the finding is then information. The quick fix sets the first row to the previous closing balance',
    'carried forward by its own transaction.',
  ].join('\n'),
  sources: historySources,
  check({ doc, history, report }) {
    if (!history) return;
    for (const { previous, owners } of comparisons(history)) {
      for (const holding of history.filing.holdings) {
        const before = comparedClosing(holding, previous.filing);
        const { opening, firstOwned } = holding;
        if (!before || !opening || !firstOwned) continue;
        const difference = opening.amount.minus(before.amount);
        if (difference.isZero()) continue;
        const expected = firstOwned.amount.minus(difference);
        const starts =
          holding.openingTransaction === undefined
            ? `reports ${firstOwned.amount.format()}`
            : `starts from ${amountInWords(opening.amount)} held before the transaction`;
        // A joint filing compares each owner's chain: say whose previous filing this is when there are several owners.
        const whose =
          history.places.length > 1
            ? `the previous filing in the set of ${listPhrase(owners.map((o) => o.name ?? `CIK ${o.cik}`))}`
            : "the owner's previous filing in the set";
        const explained = explanation(doc, holding.first);
        report({
          span: firstOwned.span,
          severity: explained.severity,
          message:
            `${whereOwned(holding.first)}: ${starts}, but ${whose}, ${describeFiling(previous.filing)}, ` +
            `closed ${holding.label} at ${before.amount.format()} (${rowLabel(before.row)}): ${differenceInWords(difference)}${splitHint(before.amount, opening.amount)}. ` +
            `A transaction between the two filings is missing, or a filing between them is not in the set.${explained.note}`,
          related: explained.related,
          data: {
            closing: before.amount.toString(),
            previous: filingName(previous.filing),
            // A negative holding cannot be written, so there is no figure to offer as a fix.
            ...(expected.isNegative() ? {} : { expected: expected.toString() }),
          },
        });
      }
    }
  },
});
