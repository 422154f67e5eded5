/**
 * Where one document stands in a history: for each of its reporting owners, the filing before it and the filing
 * after it in that owner's chain, and the chain's other filings. The document is placed by its own current model
 * (the editor's unsaved text), and the history's entry of the same id, if any, is left out: an edit re-checks the
 * edited document against the others without rebuilding the history.
 *
 * Only neighbours are compared: real folders rarely hold every filing of an owner, and a difference between two
 * filings that are not consecutive in the set says nothing. What a rule can say is which two filings it compared.
 */
import type { AnalyzedDocument } from '../service';
import {
  chainKey,
  chainOf,
  filingOf,
  isFiling,
  sameFiling,
  type Chain,
  type ChainEntry,
  type Filing,
  type History,
  type Owner,
} from './model';

export interface OwnerPlace {
  readonly owner: Owner;
  /** The owner's chain with this document in it. */
  readonly chain: Chain;
  /** The entry before this document's: undefined when the set holds no earlier filing of this owner. */
  readonly previous?: ChainEntry;
  readonly next?: ChainEntry;
  /** The filing this document amends, when it is an amendment whose original is in the set. */
  readonly original?: Filing;
  /** The chain's other filings: neither this one, nor the one it amends, nor its amendments. */
  readonly others: readonly Filing[];
}

/** What the history rules are given besides the document: absent for a single-file check. */
export interface HistoryContext {
  readonly filing: Filing;
  /** One place per reporting owner of the document. */
  readonly places: readonly OwnerPlace[];
}

function entryHolding(entry: ChainEntry, filing: Filing): boolean {
  return entry.filing === filing || entry.replaces === filing || entry.amendments.includes(filing);
}

function placeIn(history: History, filing: Filing, owner: Owner): OwnerPlace {
  const key = chainKey(filing.issuerCik, owner.cik);
  // Its own saved entry, and another file of the same filing (its YAML draft or XML export), are not its neighbours.
  const given = history.chains.get(key)?.filings.filter((f) => f.id !== filing.id && !sameFiling(f, filing)) ?? [];
  const chain = chainOf(key, owner, filing.issuerCik, [...given, filing]);
  const index = chain.entries.findIndex((entry) => entryHolding(entry, filing));
  const entry = chain.entries[index]!;
  const head = entry.replaces ?? entry.filing;
  const original = filing.isAmendment && head !== filing && !head.isAmendment ? head : undefined;
  const related = new Set<Filing>([entry.filing, ...entry.amendments, ...(entry.replaces ? [entry.replaces] : [])]);
  return {
    owner,
    chain,
    previous: chain.entries[index - 1],
    next: chain.entries[index + 1],
    original,
    others: chain.filings.filter((f) => !related.has(f)),
  };
}

/** The history context of a document: undefined when it is not a filing the history can hold (no issuer or owner CIK). */
export function historyContext(history: History, id: string, doc: AnalyzedDocument): HistoryContext | undefined {
  const filing = filingOf(id, doc);
  if (!isFiling(filing)) return undefined;
  return { filing, places: filing.owners.map((owner) => placeIn(history, filing, owner)) };
}
