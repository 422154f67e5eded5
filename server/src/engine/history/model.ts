/**
 * The holdings history: every filing of a folder (or a workspace), grouped by issuer and reporting owner and put in
 * order, with the balance each filing opens and closes each holding with, and where each figure came from. Pure:
 * it is given analysed documents and reads nothing itself; the adapters (`form4 history`, the language server) find
 * and read the files.
 *
 * - A filing belongs to the chain of (issuer CIK, reporting-owner CIK) of each of its owners: a joint filing is in
 *   each owner's chain.
 * - A chain is ordered by period of report, then signature date (the latest signature), then the adapter's id.
 * - An amendment (a document type ending in "/A") is matched to the filing it amends in its chain: a filing that is
 *   not an amendment, of the same period of report, signed on or before the amendment's `dateOfOriginalSubmission`
 *   (the latest such). An amendment that reports rows takes the original's place in the chain (it restates the
 *   filing: EDGAR amendments repeat the whole table); one that reports none leaves the original's rows in place.
 * - A holding is a series of the single-filing holdings rules (model/series.ts), matched across filings by
 *   `keyAcrossFilings` (security, direct or the nature of indirect ownership, and in Table II the derivative's terms),
 *   never by footnote ids, which are each document's own. Two series of one filing with the same key across filings
 *   (two "See Footnotes" funds) are ambiguous there and compared with nothing.
 * - Any ownership form's document joins: a Form 3 reports holdings only (it opens them), a Form 5 transactions and
 *   holdings (it closes the year), each read as the same rows.
 */
import { compareDates, formatIsoDate, type CalendarDate } from '../model/date';
import { cellValue, transactionCode, transactionRows } from '../model/rows';
import type { Decimal } from '../model/decimal';
import { amountOwned, finalBalance, holdingsSeries, impliedBefore, type Measure, type Series } from '../model/series';
import type { OwnershipDocument, Row, Table, TransactionRow } from '../model/types';
import type { AnalyzedDocument } from '../service';
import type { Span } from '../text/span';

/** One document given to the history: its id is the adapter's (a path, a URI), used to name and link the filing. */
export interface HistorySource {
  readonly id: string;
  readonly doc: AnalyzedDocument;
}

/** A figure of the history and where it came from. */
export interface Figure {
  readonly amount: Decimal;
  readonly measure: Measure;
  /** The amount owned cell the figure was read from (or, for an opening balance, derived from). */
  readonly span: Span;
  /** 0-based line of that cell, for links. */
  readonly line: number;
  readonly row: Row;
}

/** One holding as one filing reports it. */
export interface Holding {
  readonly key: string;
  readonly table: Table;
  /** "Common Stock (direct)". */
  readonly label: string;
  /** The first row of the series in the filing (a transaction row when it has any, else its first holding row). */
  readonly first: Row;
  /** The first row's amount owned. */
  readonly firstOwned?: Figure;
  /**
   * What the filing says the owner held before its first row: the first transaction's amount owned after, less or
   * plus its shares; or, for a holding reported without transactions, the holding itself. Undefined when unreadable.
   */
  readonly opening?: Figure;
  /** What the filing leaves: the last transaction's amount owned after, else the holding row's amount. */
  readonly closing?: Figure;
  /** The first transaction row, when the opening balance was derived from one. */
  readonly openingTransaction?: TransactionRow;
  /** Another series of this filing has the same key across filings: it cannot be matched with another filing's. */
  readonly ambiguous: boolean;
}

export interface Owner {
  readonly cik: string;
  readonly name?: string;
}

/** An analysed ownership document, as the history sees it. */
export interface Filing {
  readonly id: string;
  readonly source: AnalyzedDocument;
  readonly model: OwnershipDocument;
  /** "4", "4/A", "3", "5/A"...: the document type as written, trimmed. */
  readonly documentType: string;
  readonly isAmendment: boolean;
  readonly issuerCik: string;
  readonly issuerName?: string;
  readonly owners: readonly Owner[];
  readonly period?: CalendarDate;
  /** The latest signature date. */
  readonly signed?: CalendarDate;
  readonly originalSubmission?: CalendarDate;
  readonly holdings: readonly Holding[];
}

/** A filing in its chain, with the amendments matched to it. */
export interface ChainEntry {
  /** The filing whose rows stand for this place of the chain: the latest amendment with rows, else the original. */
  readonly filing: Filing;
  /** The original when an amendment stands in for it. */
  readonly replaces?: Filing;
  /** Amendments matched to this place (the one standing in included). */
  readonly amendments: readonly Filing[];
}

/** Every filing of one reporting owner for one issuer, in order. */
export interface Chain {
  readonly key: string;
  readonly issuerCik: string;
  readonly issuerName?: string;
  readonly owner: Owner;
  readonly entries: readonly ChainEntry[];
  /** Every filing of the chain, amendments included, as given. */
  readonly filings: readonly Filing[];
}

/** Why a document is not in the history. */
export interface Skipped {
  readonly id: string;
  readonly reason: string;
}

export interface History {
  readonly filings: ReadonlyMap<string, Filing>;
  readonly chains: ReadonlyMap<string, Chain>;
  readonly skipped: readonly Skipped[];
}

export function chainKey(issuerCik: string, ownerCik: string): string {
  return `${issuerCik}|${ownerCik}`;
}

/** A CIK as EDGAR compares them: leading zeros aside. */
function normaliseCik(cik: string | undefined): string | undefined {
  const digits = cik?.trim().replace(/^0+(?=\d)/, '');
  return digits ? digits : undefined;
}

function latestSignature(doc: OwnershipDocument): CalendarDate | undefined {
  let latest: CalendarDate | undefined;
  for (const signature of doc.signatures) {
    const date = signature.date?.value;
    if (date && (!latest || compareDates(date, latest) > 0)) latest = date;
  }
  return latest;
}

function figure(source: AnalyzedDocument, row: Row, amount: Decimal, measure: Measure, span: Span): Figure {
  return { amount, measure, span, row, line: source.lines.positionAt(span.start).line };
}

function holdingOf(source: AnalyzedDocument, series: Series, ambiguous: boolean): Holding | undefined {
  const firstStep = series.steps[0];
  const firstHolding = series.holdings[0];
  const first = firstStep?.row ?? firstHolding;
  if (!first) return undefined;
  const base = { key: series.keyAcrossFilings, table: series.table, label: series.label, first, ambiguous };
  if (firstStep) {
    const { owned, change } = firstStep;
    const firstOwned = owned ? figure(source, firstStep.row, owned.amount, owned.measure, owned.field.span) : undefined;
    const opening = firstOwned && change ? { ...firstOwned, amount: impliedBefore(firstOwned.amount, change) } : undefined;
    const last = finalBalance(series);
    const closing = last ? figure(source, last.row, last.owned.amount, last.owned.measure, last.owned.field.span) : undefined;
    return { ...base, firstOwned, opening, closing, openingTransaction: firstStep.row };
  }
  const owned = amountOwned(firstHolding!);
  const standing = owned ? figure(source, firstHolding!, owned.amount, owned.measure, owned.field.span) : undefined;
  return { ...base, firstOwned: standing, opening: standing, closing: standing };
}

function holdingsOf(source: AnalyzedDocument, doc: OwnershipDocument): Holding[] {
  const series = holdingsSeries(doc);
  const count = new Map<string, number>();
  for (const s of series) count.set(s.keyAcrossFilings, (count.get(s.keyAcrossFilings) ?? 0) + 1);
  return series.flatMap((s) => holdingOf(source, s, (count.get(s.keyAcrossFilings) ?? 0) > 1) ?? []);
}

/** The filing a document is, or why it cannot be one (not an ownership document, no issuer or owner CIK). */
export function filingOf(id: string, source: AnalyzedDocument): Filing | Skipped {
  const model = source.model;
  if (!model || source.kind === 'unknown') return { id, reason: 'not an ownership document' };
  const issuerCik = normaliseCik(model.issuer?.cik?.value);
  if (!issuerCik) return { id, reason: 'no issuer CIK' };
  const owners: Owner[] = [];
  for (const owner of model.reportingOwners) {
    const cik = normaliseCik(owner.cik?.value);
    if (cik && !owners.some((o) => o.cik === cik)) owners.push({ cik, name: owner.name?.value?.trim() || undefined });
  }
  if (owners.length === 0) return { id, reason: 'no reporting-owner CIK' };
  const documentType = model.documentType?.value?.trim() ?? '';
  return {
    id,
    source,
    model,
    documentType,
    isAmendment: documentType.endsWith('/A'),
    issuerCik,
    issuerName: model.issuer?.name?.value?.trim() || undefined,
    owners,
    period: model.periodOfReport?.value,
    signed: latestSignature(model),
    originalSubmission: model.dateOfOriginalSubmission?.value,
    holdings: holdingsOf(source, model),
  };
}

export function isFiling(value: Filing | Skipped): value is Filing {
  return 'model' in value;
}

function compareOptionalDates(a: CalendarDate | undefined, b: CalendarDate | undefined): number {
  if (a && b) return compareDates(a, b);
  // An undated filing sorts last: nothing can be said about where it stands.
  return a ? -1 : b ? 1 : 0;
}

/** Chain order: period of report, then signature date, then id. */
export function compareFilings(a: Filing, b: Filing): number {
  return compareOptionalDates(a.period, b.period) || compareOptionalDates(a.signed, b.signed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function samePeriod(a: Filing, b: Filing): boolean {
  return a.period !== undefined && b.period !== undefined && compareDates(a.period, b.period) === 0;
}

/**
 * The filing an amendment amends among `candidates` (one chain's filings): not itself an amendment, of the same
 * period of report, and signed on or before the amendment's date of original submission (the latest such), or of
 * the same period when box 4 is not given.
 */
export function originalOf(amendment: Filing, candidates: readonly Filing[]): Filing | undefined {
  if (!amendment.isAmendment) return undefined;
  let found: Filing | undefined;
  for (const candidate of candidates) {
    if (candidate.isAmendment || candidate.id === amendment.id || !samePeriod(candidate, amendment)) continue;
    const original = amendment.originalSubmission;
    if (original && candidate.signed && compareDates(candidate.signed, original) > 0) continue;
    if (!found || compareOptionalDates(found.signed, candidate.signed) < 0) found = candidate;
  }
  return found;
}

function hasRows(filing: Filing): boolean {
  return filing.model.rows.length > 0;
}

/** The chain of one owner's filings: originals in order, each amendment matched to its original. */
export function chainOf(key: string, owner: Owner, issuerCik: string, filings: readonly Filing[]): Chain {
  const amendmentsOf = new Map<Filing, Filing[]>();
  const standalone: Filing[] = [];
  for (const filing of filings) {
    const original = originalOf(filing, filings);
    if (original) amendmentsOf.set(original, [...(amendmentsOf.get(original) ?? []), filing]);
    else standalone.push(filing);
  }
  const entries = standalone.map((original): ChainEntry => {
    const amendments = (amendmentsOf.get(original) ?? []).sort(compareFilings);
    const standing = amendments.filter(hasRows).at(-1);
    return standing ? { filing: standing, replaces: original, amendments } : { filing: original, amendments };
  });
  entries.sort((a, b) => compareFilings(a.replaces ?? a.filing, b.replaces ?? b.filing));
  const issuerName = filings.find((f) => f.issuerName)?.issuerName;
  const name = filings.flatMap((f) => f.owners.filter((o) => o.cik === owner.cik && o.name)).at(-1)?.name;
  return { key, issuerCik, issuerName, owner: { cik: owner.cik, name: name ?? owner.name }, entries, filings };
}

/**
 * What makes two rows the same transaction: table, date, code, acquired or disposed, shares (or value) and price.
 * Undefined for a row that lacks a date, code or amount: it is nobody's twin.
 */
export function transactionIdentity(row: TransactionRow): string | undefined {
  const date = cellValue(row.transactionDate);
  const code = transactionCode(row);
  const shares = cellValue(row.shares) ?? cellValue(row.totalValue);
  if (!date || !code || !shares) return undefined;
  const price = cellValue(row.pricePerShare);
  return [row.table, formatIsoDate(date), code, cellValue(row.acquiredDisposed) ?? '', shares.toString(), price?.toString() ?? '-'].join(
    '|',
  );
}

interface CopyKey {
  /** Form, period of report, signature date and the original's date of submission. */
  readonly header: string;
  readonly transactions: ReadonlySet<string>;
}

const copyKeys = new WeakMap<Filing, CopyKey>();

function copyKeyOf(filing: Filing): CopyKey {
  let key = copyKeys.get(filing);
  if (!key) {
    const header = JSON.stringify([
      filing.documentType,
      filing.period?.ordinal,
      filing.signed?.ordinal,
      filing.originalSubmission?.ordinal,
    ]);
    const transactions = new Set(transactionRows(filing.model).flatMap((row) => transactionIdentity(row) ?? []));
    key = { header, transactions };
    copyKeys.set(filing, key);
  }
  return key;
}

/**
 * True when two documents are one filing in two files (a YAML draft beside the XML exported from it, a copy in
 * another folder, the file being edited beside its saved twin): the same form, period of report, signature date and
 * original's date, and, when either reports transactions, at least one transaction in common. Amounts owned,
 * timeliness marks and footnotes are left out on purpose: they are what a filer corrects while editing one of the
 * two, and an edit must not turn a filing's own twin into another filing reporting the same transactions. Two real
 * filings of one owner share a signature date and period only when one is split in parts, and parts share no row.
 */
export function sameFiling(a: Filing, b: Filing): boolean {
  const ka = copyKeyOf(a);
  const kb = copyKeyOf(b);
  if (ka.header !== kb.header) return false;
  if (!ka.transactions.size && !kb.transactions.size) return true;
  for (const t of ka.transactions) if (kb.transactions.has(t)) return true;
  return false;
}

/** The chains of a set of filings: one per (issuer, owner), each holding one file of each filing. */
export function historyOf(filings: Iterable<Filing>, skipped: readonly Skipped[] = []): History {
  const byId = new Map<string, Filing>();
  const grouped = new Map<string, { owner: Owner; issuerCik: string; filings: Filing[] }>();
  for (const filing of filings) {
    byId.set(filing.id, filing);
    for (const owner of filing.owners) {
      const key = chainKey(filing.issuerCik, owner.cik);
      const group = grouped.get(key) ?? { owner, issuerCik: filing.issuerCik, filings: [] };
      if (group.filings.some((f) => sameFiling(f, filing))) continue;
      group.filings.push(filing);
      grouped.set(key, group);
    }
  }
  const chains = new Map<string, Chain>();
  for (const [key, group] of grouped) chains.set(key, chainOf(key, group.owner, group.issuerCik, group.filings));
  return { filings: byId, chains, skipped };
}

/** The history of a set of analysed documents. */
export function buildHistory(sources: Iterable<HistorySource>): History {
  const filings: Filing[] = [];
  const skipped: Skipped[] = [];
  for (const { id, doc } of sources) {
    const filing = filingOf(id, doc);
    if (isFiling(filing)) filings.push(filing);
    else skipped.push(filing);
  }
  return historyOf(filings, skipped);
}

/** The holding of a filing with the given key, when the filing reports it unambiguously. */
export function holdingByKey(filing: Filing, key: string): Holding | undefined {
  const holding = filing.holdings.find((h) => h.key === key);
  return holding && !holding.ambiguous ? holding : undefined;
}

function rowDate(row: Row): CalendarDate | undefined {
  return row.kind === 'transaction' ? row.transactionDate?.value?.value : undefined;
}

/**
 * What comparing a holding with the previous filing gives: the two figures to compare, or why they cannot be compared
 * (with the previous filing's closing figure when it has one unambiguously, which the hover still shows).
 */
export type Comparison =
  { readonly closing: Figure; readonly opening: Figure } | { readonly reason: string; readonly previousClosing?: Figure };

/**
 * The previous filing's closing figure that a holding's opening is compared with, or why the two cannot be compared:
 * the previous filing does not report the holding unambiguously, either figure is missing or in another measure, or
 * the holding's first transaction is dated before the previous filing's last one for it (a Form 5's rows of the whole
 * year, ordered at its year-end period, interleave with the year's Forms 4: the two cannot be laid end to end).
 * Undefined when the previous filing does not report the holding at all.
 */
export function compareWithPrevious(holding: Holding, previous: Filing): Comparison | undefined {
  const reported = previous.holdings.filter((h) => h.key === holding.key);
  if (reported.length === 0) return undefined;
  // The previous filing's closing figure, when it reports the holding unambiguously.
  const before = reported.length === 1 ? reported[0]!.closing : undefined;
  if (holding.ambiguous)
    return { reason: 'this filing has more than one holding of that name, told apart only by footnotes', previousClosing: before };
  if (reported.length > 1) return { reason: 'the previous filing has more than one holding of that name, told apart only by footnotes' };
  const opening = holding.opening;
  const cannot = (reason: string): Comparison => ({ reason, previousClosing: before });
  if (!opening) return cannot('this filing gives no amount owned to start from');
  if (!before) return { reason: 'the previous filing gives no amount owned for it' };
  if (before.measure !== opening.measure) return cannot('one filing counts it in shares, the other in value');
  const first = rowDate(holding.first);
  const last = rowDate(before.row);
  if (first && last && compareDates(first, last) < 0)
    return cannot(`its rows begin ${formatIsoDate(first)}, before the previous filing's last row for it (${formatIsoDate(last)})`);
  return { closing: before, opening };
}

/** The previous filing's closing figure that a holding's opening is compared with, when there is one. */
export function comparedClosing(holding: Holding, previous: Filing): Figure | undefined {
  const comparison = compareWithPrevious(holding, previous);
  return comparison && 'closing' in comparison ? comparison.closing : undefined;
}
