/**
 * The status bar item: shows that the active file is checked as a Form 4 (and how many errors it has), from the
 * server's `form4/status` notifications. It also sets the context keys the commands' `when` clauses use.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';

/** Context key: the active editor's document is checked as a Form 4 ('xml' or 'yaml'), or '' when it is not. */
export const activeFormatContextKey = 'form4.activeFormat';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describe(status: StatusParams): { text: string; tooltip: string } {
  const what = status.kind === '4/A' ? 'Form 4/A' : 'Form 4';
  const format = status.format === 'yaml' ? 'YAML draft' : 'EDGAR XML';
  if (status.kind === 'unsupported')
    return {
      text: '$(info) Form 4: other form',
      tooltip: 'An ownership document of a form this extension does not check yet (see the Problems view).',
    };
  if (status.errors > 0) {
    return {
      text: `$(error) ${what}: ${plural(status.errors, 'error')}`,
      tooltip: `Checked as a ${what} (${format}): ${plural(status.errors, 'error')}, ${plural(status.warnings, 'warning')}. Click for the Problems view.`,
    };
  }
  if (status.warnings > 0) {
    return {
      text: `$(warning) ${what}: ${plural(status.warnings, 'warning')}`,
      tooltip: `Checked as a ${what} (${format}): no errors, ${plural(status.warnings, 'warning')}. Click for the Problems view.`,
    };
  }
  return { text: `$(pass) ${what}`, tooltip: `Checked as a ${what} (${format}): no problems found.` };
}

export class Form4StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('form4.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statuses = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Form 4';
    this.item.command = 'workbench.actions.view.problems';
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
  }

  /** The server stopped: nothing is being checked any more. */
  clear(): void {
    this.statuses.clear();
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
    if (!status) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = describe(status);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: text.replace(/\$\([^)]*\)\s*/, '') };
    this.item.backgroundColor = status.errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
