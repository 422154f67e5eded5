/**
 * What the history rules share: how they name a filing and a place on the form, which neighbouring filings a
 * document is compared with, and the footnotes that explain a difference between two filings.
 */
import type { RelatedLocation, Severity } from '../../findings';
import type { HistoryContext } from '../../history/context';
import type { ChainEntry, Filing, Holding, Owner } from '../../history/model';
import { formatIsoDate } from '../../model/date';
import { footnoteRefsInRow, listPhrase, rowLabel } from '../../model/rows';
import type { OwnershipDocument, Row } from '../../model/types';
import { formInstructions, section16Faq } from '../../docs/sources';
import type { RuleSource } from '../rule';
import { capitalized, explanatoryTexts } from '../../model/explanatoryTexts';
import { excerpt } from '../holdings/footnoted-amount';

export const historySources: readonly RuleSource[] = [
  formInstructions('Instruction 4(c) (the amount owned following the reported transactions is the total holding in that form)'),
  section16Faq('Q1 (the holdings column continues from transaction to transaction)'),
];

/** The file name of a filing's id (a path or a URI): how messages name it. */
export function filingName(filing: Filing): string {
  const last = filing.id.split(/[\\/]/).filter(Boolean).at(-1) ?? filing.id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** "AAPL_2024-04-02.xml (Form 4, period 2024-04-01, signed 2024-04-03)". */
export function describeFiling(filing: Filing): string {
  const facts = [`Form ${filing.documentType || '?'}`];
  if (filing.period) facts.push(`period ${formatIsoDate(filing.period)}`);
  if (filing.signed) facts.push(`signed ${formatIsoDate(filing.signed)}`);
  return `${filingName(filing)} (${facts.join(', ')})`;
}

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

/** "of Jane Doe (CIK 1234)", "of Jane Doe and John Roe". */
export function ofOwners(owners: readonly Owner[]): string {
  return `of ${listPhrase(owners.map((o) => (o.name ? `${o.name} (CIK ${o.cik})` : `CIK ${o.cik}`)))}`;
}

/** Words in an explanation that account for a holding changing between filings with no row of this form saying so. */
const explainsChange =
  /\b(?:(?:reverse\s+)?(?:stock\s+)?split|stock\s+dividend|transfer(?:red|s)?|ESPP|employee\s+stock\s+purchase|dividend\s+reinvest\w*|401\s*\(k\)|reclassif\w*)\b/i;

export interface Explanation {
  /** 'information' when a footnote or the remarks may explain the difference; undefined otherwise. */
  readonly severity?: Severity;
  readonly note: string;
  readonly related: RelatedLocation[];
}

/**
 * The footnotes that may explain a difference at a row: any footnote on its amount owned (filers explain a balance
 * there), and any footnote of the row or the remarks that speaks of a split, a transfer, an ESPP purchase or a
 * dividend reinvestment.
 */
export function explanation(doc: OwnershipDocument, row: Row): Explanation {
  const onAmount = new Set(
    [...(row.postTransaction?.sharesOwned?.footnotes ?? []), ...(row.postTransaction?.valueOwned?.footnotes ?? [])].map((f) => f.id),
  );
  const inRow = new Set(footnoteRefsInRow(row).map((f) => f.id));
  const texts = explanatoryTexts(doc).filter((t) =>
    t.footnoteId === undefined
      ? explainsChange.test(t.text)
      : onAmount.has(t.footnoteId) || (inRow.has(t.footnoteId) && explainsChange.test(t.text)),
  );
  if (texts.length === 0) return { note: '', related: [] };
  const related = texts.map((t) => ({ span: t.span, message: `${capitalized(t.label)}: ${excerpt(t.text)}` }));
  return { severity: 'information', note: ` ${capitalized(listPhrase(texts.map((t) => t.label)))} may explain the difference.`, related };
}
