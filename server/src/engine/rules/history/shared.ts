/**
 * What the history rules share: how they name a filing and a place on the form, which neighbouring filings a
 * document is compared with, and the footnotes that explain a difference between two filings.
 */
import type { HistoryContext } from '../../history/context';
import type { ChainEntry, Filing, Holding, Owner } from '../../history/model';
import { rowLabel } from '../../model/rows';
import type { Row } from '../../model/types';
import { formInstructions, section16Faq } from '../../docs/sources';
import type { RuleSource } from '../rule';

export { describeFiling, explanation, filingName, splitHint } from '../../history/words';

export const historySources: readonly RuleSource[] = [
  formInstructions('Instruction 4(c) (the amount owned following the reported transactions is the total holding in that form)'),
  section16Faq('Q1 (the holdings column continues from transaction to transaction)'),
];

/** The form's column number of the amount owned: 5 in Table I, 9 in Table II. */
export function ownedColumn(row: Row): string {
  return row.table === 'I' ? '5' : '9';
}

/** "Common Stock, direct" or "Common Stock, indirect: By Trust": the series as the form's columns say it. */
function holdingWords(row: Row): string {
  const title = row.securityTitle?.value?.value?.trim() ?? '';
  const form = row.ownership?.directOrIndirect?.value?.value;
  const nature = row.ownership?.natureOfOwnership?.value?.value?.trim();
  return form === 'I' ? `${title}, indirect${nature ? `: ${nature}` : ''}` : `${title}, direct`;
}

/** "Table I row 1 (Common Stock, direct), column 5": where a message points, in the form's words. */
export function whereOwned(row: Row): string {
  return `${rowLabel(row)} (${holdingWords(row)}), column ${ownedColumn(row)}`;
}

/** "Table I (Common Stock, direct)": a holding as the table names it. */
export function whereHolding(holding: Holding): string {
  return `Table ${holding.table} (${holdingWords(holding.first)})`;
}

/** Each distinct previous filing this document is compared with, and the owners it is the previous filing of. */
export interface Comparison {
  readonly previous: ChainEntry;
  readonly owners: readonly Owner[];
}

export function comparisons(history: HistoryContext): Comparison[] {
  const byFiling = new Map<Filing, { previous: ChainEntry; owners: Owner[] }>();
  for (const place of history.places) {
    if (!place.previous) continue;
    const known = byFiling.get(place.previous.filing);
    if (known) known.owners.push(place.owner);
    else byFiling.set(place.previous.filing, { previous: place.previous, owners: [place.owner] });
  }
  return [...byFiling.values()];
}
