/**
 * The workspace's history: every filing in the workspace folders, read through the client (`form4/historyFiles`,
 * `form4/readFiles`: the server never touches the file system, so virtual workspaces work too), analysed once per
 * file and kept up to date as the client reports changes (`form4/historyFileChanged`). Open documents are checked
 * against it by their current text (engine `historyContext`, which leaves their saved entry out), so an edit
 * re-checks only the edited document: the history is rebuilt only when a file of it changes on disk, and then only
 * the chains (the filings themselves are kept, one analysis per file).
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import {
  analyze,
  filingOf,
  historyContext,
  historyOf,
  isFiling,
  type AnalyzedDocument,
  type Filing,
  type History,
  type HistoryContext,
} from '../engine/index';
import { form4FormatOf } from '../shared/documentSelection';
import {
  historyFilesRequest,
  readFilesRequest,
  type HistoryFilesParams,
  type HistoryFilesResult,
  type ReadFilesParams,
  type ReadFilesResult,
} from '../shared/protocol';
import { describeError, type Logger } from './guard';

/** At most this many files are read: past it the history says so, and the rest of the folder is left out. */
export const maxHistoryFiles = 5000;
/** Files read per request: small enough for the progress to move, large enough not to pay a round trip per file. */
const batchSize = 100;

export class WorkspaceHistory {
  private readonly filings = new Map<string, Filing>();
  private built: History | undefined;
  /** Bumped whenever the history changes: cached findings computed against an older one are stale. */
  private version = 0;
  private loading: Promise<void> | undefined;
  private loadedInclude: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    /** Called when the history has changed, so open documents are checked anew. */
    private readonly changed: () => void,
  ) {}

  /** Reads the workspace's filings once per include glob (again when it changes); later calls wait for the first. */
  ensureLoaded(include: string): Promise<void> {
    if (this.loading && this.loadedInclude === include) return this.loading;
    this.loadedInclude = include;
    this.loading = this.load(include).catch((error: unknown) => this.log(`reading the history failed: ${describeError(error)}`));
    return this.loading;
  }

  private async load(include: string): Promise<void> {
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Form 4: reading the filings of the workspace', 0, undefined, true);
    try {
      const token = progress.token;
      const found = await this.connection.sendRequest<HistoryFilesResult>(
        historyFilesRequest,
        { include, max: maxHistoryFiles } satisfies HistoryFilesParams,
        token,
      );
      const uris = found.uris.slice(0, maxHistoryFiles);
      if (found.uris.length > maxHistoryFiles)
        void this.connection.window.showInformationMessage(
          `Form 4: the workspace has more than ${maxHistoryFiles} files matching ${include}; the history holds the first ${maxHistoryFiles}.`,
        );
      this.filings.clear();
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += batchSize) {
        await this.readBatch(uris.slice(i, i + batchSize), token);
        progress.report(
          Math.round(((i + batchSize) / uris.length) * 100),
          `${Math.min(i + batchSize, uris.length)} of ${uris.length} files`,
        );
      }
      if (token.isCancellationRequested) this.log(`reading the history was cancelled: it holds ${this.filings.size} filings`);
      this.invalidate();
    } finally {
      progress.done();
    }
  }

  private async readBatch(uris: string[], token: CancellationToken): Promise<void> {
    const read = await this.connection.sendRequest<ReadFilesResult>(readFilesRequest, { uris } satisfies ReadFilesParams, token);
    for (const file of read.files) this.put(file.uri, file.text);
  }

  /** One file of the history changed (its new text) or was deleted (null). */
  update(uri: string, text: string | null): void {
    this.put(uri, text);
    this.invalidate();
  }

  private put(uri: string, text: string | null): void {
    const format = text === null ? undefined : form4FormatOf({ uri, languageId: '', text, include: [] });
    const filing = format && text !== null ? filingOf(uri, analyze(text, format)) : undefined;
    if (filing && isFiling(filing)) this.filings.set(uri, filing);
    else this.filings.delete(uri);
  }

  private invalidate(): void {
    this.built = undefined;
    this.version++;
    this.changed();
  }

  get generation(): number {
    return this.version;
  }

  /** The document's place in the history as it stands; undefined before the history is read. */
  contextFor(uri: string, doc: AnalyzedDocument): HistoryContext | undefined {
    if (!this.loading) return undefined;
    this.built ??= historyOf(this.filings.values());
    return historyContext(this.built, uri, doc);
  }
}
