/**
 * One analysis per document version, shared by diagnostics, hovers, completion and every other feature, so a
 * keystroke is read once however many requests follow it. Findings are cached beside it per settings that change
 * them (rule overrides and the date).
 */
import {
  analyze,
  check,
  formatIsoDate,
  today,
  type AnalyzedDocument,
  type Finding,
  type HistoryContext,
  type SourceFormat,
} from '../engine/index';
import { form4FormatOf } from '../shared/documentSelection';
import type { Form4Settings } from '../shared/protocol';
import { cpuClock } from './validationScheduler';

/** The parts of an open document the cache needs (a TextDocument has them). */
export interface VersionedText {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  /** The format it is checked as; undefined when the document is not a Form 4 document (nothing else is set). */
  readonly format: SourceFormat | undefined;
  readonly doc: AnalyzedDocument | undefined;
  /** Milliseconds reading it took (whoever asked first): part of what validating this version costs. */
  readonly readMs: number;
}

interface Entry {
  readonly analysis: Analysis;
  /** What the analysis depended on besides the text: file patterns and read limits. */
  readonly inputKey: string;
  findingsKey?: string;
  findings?: Finding[];
}

function inputKeyOf(settings: Form4Settings): string {
  return JSON.stringify([settings.include, settings.maxFileSize, settings.maxDepth]);
}

/** The workspace history as the findings need it: its version (part of the cache key) and the document's place. */
export interface HistorySource {
  readonly generation: number;
  contextFor(uri: string, doc: AnalyzedDocument): HistoryContext | undefined;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /** `clock` gives milliseconds (the process's CPU time by default, `cpuClock`; tests pass their own). */
  constructor(private readonly clock: () => number = cpuClock) {}

  /** The cached entry when it is of this version, read under these settings. */
  private cached(document: VersionedText, inputKey: string): Entry | undefined {
    const entry = this.entries.get(document.uri);
    return entry && entry.analysis.version === document.version && entry.inputKey === inputKey ? entry : undefined;
  }

  private entryFor(document: VersionedText, settings: Form4Settings): Entry {
    const inputKey = inputKeyOf(settings);
    const cached = this.cached(document, inputKey);
    if (cached) return cached;
    // Let go of the previous version before reading this one: a large document's tree is then never held twice,
    // which is what the server's peak memory is made of.
    this.entries.delete(document.uri);
    const entry: Entry = { analysis: this.read(document, settings), inputKey };
    this.entries.set(document.uri, entry);
    return entry;
  }

  private read(document: VersionedText, settings: Form4Settings): Analysis {
    const started = this.clock();
    const text = document.getText();
    const format = form4FormatOf({ uri: document.uri, languageId: document.languageId, text, include: settings.include });
    const doc = format ? analyze(text, format, { maxBytes: settings.maxFileSize, maxDepth: settings.maxDepth }) : undefined;
    return { uri: document.uri, version: document.version, format, doc, readMs: this.clock() - started };
  }

  /** The document read as a Form 4 document, once per version. */
  analysis(document: VersionedText, settings: Form4Settings): Analysis {
    return this.entryFor(document, settings).analysis;
  }

  /**
   * A version that is no longer the current one (a request sent before edits that arrived since), read without
   * replacing the current version's analysis; its findings are not cached either (see {@link findings}).
   */
  readOnly(document: VersionedText, settings: Form4Settings): Analysis {
    return this.cached(document, inputKeyOf(settings))?.analysis ?? this.read(document, settings);
  }

  /**
   * Everything wrong with an analysed version under these settings (cached while that version is current); empty
   * when the document is not a Form 4 document.
   */
  findings(analysis: Analysis, settings: Form4Settings, history?: HistorySource): Finding[] {
    const doc = analysis.doc;
    if (!doc) return [];
    const date = today();
    const active = settings.historyEnable ? history : undefined;
    // The history context is found only when the findings are computed: a cached version costs nothing.
    const options = () => ({ today: date, rules: settings.rules, history: active?.contextFor(analysis.uri, doc) });
    const entry = this.entries.get(analysis.uri);
    // An older version asked for late (the document changed since): answer it, but do not cache over the new one.
    if (!entry || entry.analysis !== analysis) return check(doc, options());
    const key = JSON.stringify([settings.rules, formatIsoDate(date), active?.generation ?? -1]);
    if (entry.findingsKey !== key || !entry.findings) {
      entry.findings = check(doc, options());
      entry.findingsKey = key;
    }
    return entry.findings;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
