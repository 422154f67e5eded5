/**
 * The per-run cache of derived queries over the model (the holdings series, the rows): what several rules of one
 * run derive from the document is derived once per run and dropped when the run ends. rules/run.ts opens a run;
 * the queries in model/ call perRun.
 */
import type { OwnershipDocument } from './types';

/**
 * Not a WeakMap keyed by document: a weak table that gains an entry per document checked makes
 * every minor garbage collection slower, which cost a third of the checking time in a batch of filings.
 */
interface RunMemo {
  readonly doc: OwnershipDocument;
  readonly values: Map<(doc: OwnershipDocument) => unknown, unknown>;
}

let currentRun: RunMemo | undefined;

/** `derive(doc)`, computed once per run over `doc` (and afresh on every call outside a run). */
export function perRun<T>(doc: OwnershipDocument, derive: (doc: OwnershipDocument) => T): T {
  if (currentRun?.doc !== doc) return derive(doc);
  const values = currentRun.values;
  if (values.has(derive)) return values.get(derive) as T;
  const value = derive(doc);
  values.set(derive, value);
  return value;
}

/** Runs `body` with a fresh cache for `doc`; nested runs restore the outer one. */
export function withRunMemo<T>(doc: OwnershipDocument, body: () => T): T {
  const outer = currentRun;
  currentRun = { doc, values: new Map() };
  try {
    return body();
  } finally {
    currentRun = outer;
  }
}
