/**
 * The hover of a holding's first row when the document is checked against a history: what the owner's previous
 * filing in the set closed the holding with, linked to that row, and whether this row continues it. Reads the same
 * figures the `history/opening-balance` rule compares (history/model.ts).
 */
import type { HistoryContext } from '../history/context';
import { compareWithPrevious } from '../history/model';
import { differenceInWords } from '../history/table';
import { describeFiling } from '../history/words';
import { rowLabel } from '../model/rows';
import type { Row } from '../model/types';
import { escapeMarkdown } from './markdown';

/** The link to a line of another filing: its id (a URI in the editor) with VS Code's `#L` line fragment. */
function lineLink(id: string, line: number): string {
  return `${id}#L${line + 1}`;
}

export function describeHistory(history: HistoryContext, row: Row): string | undefined {
  const holding = history.filing.holdings.find((h) => h.first.table === row.table && h.first.index === row.index);
  if (!holding) return undefined;
  const name = escapeMarkdown(holding.label);
  const lines: string[] = [];
  for (const place of history.places) {
    const who = escapeMarkdown(place.owner.name ?? `CIK ${place.owner.cik}`);
    const previous = place.previous?.filing;
    if (!previous) {
      lines.push(`**History** of ${name}: no earlier filing of ${who} for this issuer in the set.`);
      continue;
    }
    const filing = escapeMarkdown(describeFiling(previous));
    const comparison = compareWithPrevious(holding, previous);
    if (!comparison) {
      lines.push(`**History** of ${name}: the previous filing of ${who}, ${filing}, does not report this holding.`);
      continue;
    }
    // Even when the two cannot be compared, the previous filing's closing figure is worth a link when it has one.
    const before = 'closing' in comparison ? comparison.closing : comparison.previousClosing;
    const closed = before
      ? ` closed it at **${before.amount.format()}** ([${rowLabel(before.row)}](${lineLink(previous.id, before.line)})).`
      : '';
    const verdict =
      'reason' in comparison
        ? ` The two cannot be compared: ${escapeMarkdown(comparison.reason)}.`
        : comparison.opening.amount.equals(comparison.closing.amount)
          ? ' This row continues it.'
          : ` This row starts from ${comparison.opening.amount.format()}: ${differenceInWords(comparison.opening.amount.minus(comparison.closing.amount))}.`;
    lines.push(`**History** of ${name}: the previous filing of ${who}, ${filing},${closed || ' reports it.'}${verdict}`);
  }
  return lines.join('\n\n');
}
