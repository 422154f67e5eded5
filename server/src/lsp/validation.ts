/**
 * Diagnostics and the status notification for open documents. Runs are debounced by the scheduler; a run
 * publishes only while its ticket is current (no newer change, settings change or close since it was scheduled)
 * and tags the diagnostics with the version they were computed for, so stale results are never shown.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysisCache';
import type { DiagnosisLog } from './diagnosisLog';
import type { WorkspaceHistory } from './history';
import type { Logger } from './guard';
import { describeError } from './guard';
import { statusNotification, type StatusParams } from '../shared/protocol';
import { isBlankXml, withFieldsToFill } from '../engine/index';
import { defaultSettings } from './settings';
import type { SettingsStore } from './settingsStore';
import { toDiagnostics, type RuleLink } from './translate';
import { cpuClock, ValidationScheduler } from './validationScheduler';
import { LastPublished } from './lastPublished';

export class Validation {
  readonly scheduler: ValidationScheduler;
  /** Documents we published non-empty diagnostics or a "checked" status for, so they get cleared when that ends. */
  private readonly shown = new Set<string>();
  /** What each document was last published with: a re-run that finds the same publishes nothing. */
  private readonly published = new LastPublished<readonly [readonly Diagnostic[], StatusParams]>();
  /** Untitled drafts whose every finding was asked for (Form 4: Show every finding). */
  private readonly everyFinding = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsStore,
    private readonly ruleLink: () => RuleLink,
    private readonly log: Logger,
    private readonly diagnosis?: DiagnosisLog,
    private readonly history?: WorkspaceHistory,
    private readonly clock: () => number = cpuClock,
  ) {
    this.scheduler = new ValidationScheduler((uri, ticket) => this.run(uri, ticket));
  }

  /** After an edit: wait for the typing to pause, as long as checking this document costs, at most the setting. */
  changed(uri: string): void {
    this.scheduler.changed(uri, this.settings.peek(uri)?.debounceMs ?? defaultSettings.debounceMs);
  }

  /** On open or a settings change: right after this message. */
  now(uri: string): void {
    this.scheduler.now(uri);
  }

  /** Every finding of a draft being written, its empty fields each on its own: until it is closed. */
  showEveryFinding(uri: string): void {
    this.everyFinding.add(uri);
    this.now(uri);
  }

  /**
   * A draft being written: untitled (never saved; saving opens it anew under its file's URI) and not asked for every
   * finding. Its empty fields are one summary (engine `withFieldsToFill`).
   */
  private beingWritten(uri: string): boolean {
    return uri.startsWith('untitled:') && !this.everyFinding.has(uri);
  }

  closed(uri: string): void {
    this.everyFinding.delete(uri);
    this.scheduler.forget(uri);
    this.cache.delete(uri);
    this.settings.forget(uri);
    this.diagnosis?.closed(uri);
    this.published.forget(uri);
    if (this.shown.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  revalidateAll(): void {
    for (const document of this.documents.all()) this.now(document.uri);
  }

  private async run(uri: string, ticket: number): Promise<void> {
    try {
      const settings = await this.settings.get(uri);
      const document = this.documents.get(uri);
      if (!document || !this.scheduler.isCurrent(uri, ticket)) return;
      const analysis = settings.enable ? this.cache.analysis(document, settings) : undefined;
      // A blank XML document is one only so that completion can offer a new draft: nothing to report in it.
      if (!analysis?.doc || (analysis.format === 'xml' && isBlankXml(analysis.doc.text))) {
        this.clear(uri, document.version);
        return;
      }
      // The first document checked with the history on starts reading it; each document is checked again once it is read.
      if (settings.historyEnable) void this.history?.ensureLoaded(settings.historyInclude);
      const checking = this.clock();
      const all = this.cache.findings(analysis, settings, this.history);
      const findings = this.beingWritten(uri) ? withFieldsToFill(analysis.doc, all) : all;
      // Everything above ran without yielding, so the version analysed is still the document's: publish it.
      const link = this.ruleLink();
      const diagnostics: Diagnostic[] = findings.flatMap((f) => toDiagnostics(f, analysis.doc!.lines, uri, link));
      // What this version cost in CPU time (cpuClock): reading it (here or in a request that came first), checking and
      // translating it.
      this.scheduler.measured(uri, analysis.readMs + this.clock() - checking);
      const status: StatusParams = {
        uri,
        version: analysis.version,
        checked: true,
        kind: analysis.doc.kind,
        format: analysis.format,
        ...(analysis.doc.model?.schemaVersion?.value ? { schemaVersion: analysis.doc.model.schemaVersion.value.trim() } : {}),
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
      };
      this.diagnosis?.checked(uri, status, settings, findings);
      if (this.published.unchanged(uri, analysis.version, [diagnostics, status])) return;
      this.shown.add(uri);
      // Sent in the same turn, so a stdio client gets both in one write (framedWriter.ts).
      await Promise.all([
        this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics }),
        this.connection.sendNotification(statusNotification, status),
      ]);
    } catch (error) {
      this.log(`validating ${uri} failed: ${describeError(error)}`);
    }
  }

  /** The document is not (or no longer) a Form 4 document, or checking is off: take back what we showed. */
  private clear(uri: string, version: number): void {
    this.published.forget(uri);
    if (!this.shown.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
    const status: StatusParams = { uri, version, checked: false, errors: 0, warnings: 0 };
    void this.connection.sendNotification(statusNotification, status);
  }
}
