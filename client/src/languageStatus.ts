/**
 * The Language Status item (the `{}` beside the language mode): for the active XML or YAML editor, the form the
 * server detected, its schema version, the server's state and the error and warning counts, from the server's `form4/status`
 * notifications; its severity turns the indicator red or yellow, so no status-bar item of its own duplicates the
 * Problems counter. It also sets the context keys the commands' `when` clauses use.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';
import { plural, shownCounts } from './statusText';

/** Context key: the active editor's document is checked as a Form 4 ('xml' or 'yaml'), or '' when it is not. */
export const activeFormatContextKey = 'form4.activeFormat';

/** What the client knows of the server: not started (no Form 4 open yet), starting, running or stopped. */
export type ServerState = 'idle' | 'starting' | 'running' | 'stopped';

const serverStateText: Readonly<Record<ServerState, string>> = {
  idle: 'not started (no Form 4 document open)',
  starting: 'starting',
  running: 'running',
  stopped: 'stopped',
};

interface Shown {
  readonly text: string;
  readonly detail: string;
  readonly severity: vscode.LanguageStatusSeverity;
}

/** The item for a checked document. */
export function describeStatus(status: StatusParams, server: ServerState): Shown {
  const format = status.format === 'yaml' ? 'YAML draft' : 'EDGAR XML';
  const schema = status.schemaVersion ? `, schema ${status.schemaVersion}` : '';
  const serverText = `server ${serverStateText[server]}`;
  const what = `Form ${status.kind && status.kind !== 'unknown' ? status.kind : '4'}`;
  const counts = `${plural(status.errors, 'error')}, ${plural(status.warnings, 'warning')}`;
  return {
    text: shownCounts(what, status),
    detail: `${format}${schema}: ${counts}; ${serverText}`,
    severity:
      status.errors > 0
        ? vscode.LanguageStatusSeverity.Error
        : status.warnings > 0
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information,
  };
}

export class Form4LanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly statuses = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private server: ServerState = 'idle';
  private readonly updated = new vscode.EventEmitter<StatusParams>();
  /** A document's status arrived (it was checked, or stopped being): the preview follows on it. */
  readonly onDidUpdate = this.updated.event;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('form4.status', selector);
    this.item.name = 'Form 4';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.statuses.delete(document.uri.toString());
        this.refresh();
      }),
    );
    this.refresh();
  }

  update(status: StatusParams): void {
    const previous = this.statuses.get(status.uri);
    // Notifications arrive in order, but a late one for an older version must not replace a newer one.
    if (previous && previous.version > status.version) return;
    this.statuses.set(status.uri, status);
    if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
    this.updated.fire(status);
  }

  serverState(state: ServerState): void {
    this.server = state;
    // The server stopped: nothing is being checked any more.
    if (state === 'stopped') this.statuses.clear();
    this.refresh();
  }

  statusOf(uri: vscode.Uri): StatusParams | undefined {
    const status = this.statuses.get(uri.toString());
    return status?.checked ? status : undefined;
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document ? this.statusOf(document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', activeFormatContextKey, status?.format ?? '');
    this.item.busy = this.server === 'starting';
    if (status) {
      const shown = describeStatus(status, this.server);
      this.item.text = shown.text;
      this.item.detail = shown.detail;
      this.item.severity = shown.severity;
      this.item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    } else {
      this.item.text = 'Not a Form 4 document';
      this.item.detail = `Form 4 checks ownershipDocument XML and *.form4.yaml drafts; server ${serverStateText[this.server]}`;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = this.server === 'stopped' ? { title: 'Restart', command: 'form4.restartServer' } : undefined;
    }
    this.item.accessibilityInformation = { label: `${this.item.text}. ${this.item.detail}` };
  }

  dispose(): void {
    this.updated.dispose();
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
