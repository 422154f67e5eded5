/**
 * The history of issue 18: 1,000 generated filings (100 owners of one issuer, ten Form 4s each, each continuing the
 * previous one), read and analysed first, then timed: building the history from the analysed documents (the
 * editor's load and `form4 history`), rebuilding the chains after one file changed (the filings are kept), and what
 * an edit of one open document costs (its place in the history and its check), which is all an edit re-checks.
 * Figures, never assertions. `npm run bench -- history`, or alone: `node --import tsx test/bench/history.ts`.
 */
import {
  analyze,
  buildHistory,
  check,
  filingOf,
  historyContext,
  historyOf,
  isFiling,
  makeDate,
  type AnalyzedDocument,
  type Filing,
} from '../../server/src/engine/index';
import { form4Xml } from '../helpers/form4';
import { bought, filing, sold } from '../helpers/history';
import { median, round } from './stats';

export interface HistoryBenchResult {
  readonly filings: number;
  readonly owners: number;
  readonly rounds: number;
  /** Reading and analysing the 1,000 texts, once (not part of building the history). */
  readonly analyseMs: number;
  /** buildHistory over the analysed documents: every filing's holdings and every owner's chain. */
  readonly buildMs: number;
  /** historyOf over the kept filings: the chains again after one file changed. */
  readonly rebuildChainsMs: number;
  /** An edit of one open document: its history context and its check against it. */
  readonly editMs: number;
  /** The same check with no history, for comparison. */
  readonly editWithoutHistoryMs: number;
  readonly breaksFound: number;
}

const owners = 100;
const perOwner = 10;

function ownerFilings(owner: number): string[] {
  const cik = String(1300000 + owner).padStart(10, '0');
  const texts: string[] = [];
  let held = 10_000;
  for (let month = 1; month <= perOwner; month++) {
    const date = `2024-${String(month).padStart(2, '0')}-09`;
    const bigger = held + 500;
    const rows = month % 2 ? [bought(date, '500', String(bigger))] : [sold(date, '500', String(held - 500))];
    held = month % 2 ? bigger : held - 500;
    texts.push(
      form4Xml({ ...filing(rows), owners: [{ cik, name: `Owner${owner} Pat` }], signatures: [{ name: `Owner${owner} Pat`, date }] }),
    );
  }
  return texts;
}

function timed(rounds: number, work: () => void): number {
  const samples: number[] = [];
  work(); // warm-up
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return round(median(samples));
}

export function benchHistory(rounds = 15): HistoryBenchResult {
  const texts = Array.from({ length: owners }, (_, o) => ownerFilings(o)).flat();
  const analyseStarted = performance.now();
  const sources = texts.map((text, i) => ({ id: `file:///work/filings/${i}.xml`, doc: analyze(text, 'xml') }));
  const analyseMs = round(performance.now() - analyseStarted);
  const buildMs = timed(rounds, () => void buildHistory(sources));
  const filings: Filing[] = sources.map((s) => filingOf(s.id, s.doc)).filter(isFiling);
  const rebuildChainsMs = timed(rounds, () => void historyOf(filings));
  const history = historyOf(filings);
  const edited = sources[perOwner * 42 + 5]!;
  const today = makeDate(2025, 1, 1);
  let breaksFound = 0;
  const editMs = timed(rounds * 10, () => {
    const doc: AnalyzedDocument = analyze(edited.doc.text, 'xml');
    breaksFound = check(doc, { today, history: historyContext(history, edited.id, doc) }).filter((f) =>
      f.rule.startsWith('history/'),
    ).length;
  });
  const editWithoutHistoryMs = timed(rounds * 10, () => void check(analyze(edited.doc.text, 'xml'), { today }));
  return { filings: sources.length, owners, rounds, analyseMs, buildMs, rebuildChainsMs, editMs, editWithoutHistoryMs, breaksFound };
}

/** The figures as the bench prints them. */
export function renderHistory(result: HistoryBenchResult): string {
  return [
    `History: ${result.filings} filings of ${result.owners} owners, median of ${result.rounds} rounds`,
    `  analysing the texts (once, before):        ${result.analyseMs} ms`,
    `  building the history from them:            ${result.buildMs} ms`,
    `  rebuilding the chains after a file change: ${result.rebuildChainsMs} ms`,
    `  an edit: analyse + place + check one file: ${result.editMs} ms (${result.editWithoutHistoryMs} ms without the history; ${result.breaksFound} history findings)`,
  ].join('\n');
}

if (process.argv[1] && /history\.ts$/.test(process.argv[1])) console.log(renderHistory(benchHistory()));
