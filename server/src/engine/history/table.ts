/**
 * The table a compliance officer reads: for each owner with more than one filing in the set, each holding filing by
 * filing, what it opened and closed with, and whether it continues the previous filing of the set. `form4 history`
 * prints it as text, JSON or CSV.
 */
import { formatIsoDate } from '../model/date';
import { Decimal } from '../model/decimal';
import { compareWithPrevious, type Chain, type Figure, type Filing, type History, type Holding } from './model';
import { rowLabel } from '../model/rows';
import { explanation, filingName, splitHint } from './words';

/**
 * - `first`: the owner's first filing in the set: nothing to compare with;
 * - `new`: the previous filing in the set does not report the holding;
 * - `continues`: it opens with what the previous filing closed with;
 * - `break`: it does not, and nothing in the filing explains it;
 * - `explained`: it does not, and a footnote may explain it (a split, a transfer, an ESPP purchase);
 * - `unknown`: a figure is missing, unreadable, in another measure, or the holding is ambiguous in one filing.
 */
export type HoldingStatus = 'first' | 'new' | 'continues' | 'break' | 'explained' | 'unknown';

export interface HoldingLine {
  readonly holding: string;
  readonly table: 'I' | 'II';
  readonly opens?: string;
  readonly closes?: string;
  readonly status: HoldingStatus;
  /** Why the holding cannot be compared with the previous filing's, when its status is `unknown`. */
  readonly reason?: string;
  /** The previous filing's closing figure, when the holding is compared with one. */
  readonly previousCloses?: string;
  /** What the holding opens with less what the previous filing closed with, on a break. */
  readonly difference?: string;
  /** On a break whose figure is an exact multiple of the previous one: the hint of a split. */
  readonly hint?: string;
  /** 1-based line of the row the opening figure was read from. */
  readonly line?: number;
  /** The holding's first row on the form: "Table II row 2". */
  readonly row: string;
}

export interface FilingLine {
  readonly file: string;
  readonly id: string;
  readonly form: string;
  readonly period?: string;
  readonly signed?: string;
  /** The original an amendment stands in for. */
  readonly replaces?: string;
  readonly holdings: readonly HoldingLine[];
}

export interface OwnerTable {
  readonly issuer: string;
  readonly issuerCik: string;
  readonly owner: string;
  readonly ownerCik: string;
  readonly filings: readonly FilingLine[];
  readonly breaks: number;
}

interface Status {
  readonly status: HoldingStatus;
  readonly previousCloses?: Figure;
  readonly reason?: string;
}

function statusOf(filing: Filing, holding: Holding, previous: Filing | undefined): Status {
  if (!previous) return { status: 'first' };
  const comparison = compareWithPrevious(holding, previous);
  if (!comparison) return { status: 'new' };
  if ('reason' in comparison) return { status: 'unknown', reason: comparison.reason };
  const { closing, opening } = comparison;
  if (closing.amount.equals(opening.amount)) return { status: 'continues', previousCloses: closing };
  const explained = explanation(filing.model, holding.first).severity;
  return { status: explained ? 'explained' : 'break', previousCloses: closing };
}

function filingLine(filing: Filing, previous: Filing | undefined, replaces: Filing | undefined): FilingLine {
  return {
    file: filingName(filing),
    id: filing.id,
    form: filing.documentType,
    period: filing.period && formatIsoDate(filing.period),
    signed: filing.signed && formatIsoDate(filing.signed),
    replaces: replaces && filingName(replaces),
    holdings: filing.holdings.map((holding) => {
      const { status, previousCloses, reason } = statusOf(filing, holding, previous);
      return {
        holding: holding.label,
        table: holding.table,
        opens: holding.opening?.amount.toString(),
        closes: holding.closing?.amount.toString(),
        status,
        reason,
        previousCloses: previousCloses?.amount.toString(),
        hint:
          (previousCloses &&
            holding.opening &&
            splitHint(previousCloses.amount, holding.opening.amount)
              .trim()
              .replace(/^\(|\)$/g, '')) ||
          undefined,
        difference:
          previousCloses && holding.opening && !previousCloses.amount.equals(holding.opening.amount)
            ? holding.opening.amount.minus(previousCloses.amount).toString()
            : undefined,
        line: holding.firstOwned && holding.firstOwned.line + 1,
        row: rowLabel(holding.first),
      };
    }),
  };
}

function ownerTable(chain: Chain): OwnerTable {
  const filings = chain.entries.map((entry, i) => filingLine(entry.filing, chain.entries[i - 1]?.filing, entry.replaces));
  return {
    issuer: chain.issuerName ?? `CIK ${chain.issuerCik}`,
    issuerCik: chain.issuerCik,
    owner: chain.owner.name ?? `CIK ${chain.owner.cik}`,
    ownerCik: chain.owner.cik,
    filings,
    breaks: filings.reduce((n, f) => n + f.holdings.filter((h) => h.status === 'break').length, 0),
  };
}

/** Every owner with more than one filing in the set (amendments standing in for their originals), by issuer then owner. */
export function historyTables(history: History): OwnerTable[] {
  return [...history.chains.values()]
    .filter((chain) => chain.entries.length > 1)
    .map(ownerTable)
    .sort((a, b) => a.issuer.localeCompare(b.issuer) || a.owner.localeCompare(b.owner) || a.ownerCik.localeCompare(b.ownerCik));
}

/**
 * A figure of the table as a reader reads it: "12,500", "minus 20" for a negative one; the text itself if not a
 * number; "-" for none (a Form 3's Table II reports no amount owned, only the underlying shares).
 */
export function formatFigure(text: string | undefined): string {
  if (text === undefined) return '-';
  const amount = Decimal.parse(text);
  if (!amount) return text;
  return amount.isNegative() ? `minus ${amount.abs().format()}` : amount.format();
}

/** "1,000 more", "250 fewer". */
export function differenceInWords(difference: Decimal): string {
  return `${difference.abs().format()} ${difference.isNegative() ? 'fewer' : 'more'}`;
}

/** The difference of a table line in words: "1,000 more". */
export function lineDifference(line: HoldingLine): string | undefined {
  const difference = line.difference === undefined ? undefined : Decimal.parse(line.difference);
  return difference && differenceInWords(difference);
}
