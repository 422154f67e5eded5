/**
 * The VS Code side of form4: starts the language server, shows the status bar item, registers the commands.
 * Everything Form 4 specific happens in the server; this file only connects VS Code to it.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  renderRequest,
  statusNotification,
  type RenderParams,
  type RenderResult,
  type StatusParams,
} from '../../server/src/shared/protocol';
import { convertToYaml, exportXml } from './commands/convert';
import { newDraft } from './commands/newDraft';
import { registerRuleDocumentationActions, showRuleDocumentation } from './commands/ruleDocumentation';
import { createLanguageClient, restartServerCommand, showRuleDocumentationCommand } from './languageClient';
import { registerPreview } from './preview/index';
import { RestartPolicy } from './restartPolicy';
import { Form4StatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** Runs a command, showing a failure as a message instead of losing it. */
function command(name: string, run: (...args: unknown[]) => Promise<void>): vscode.Disposable {
  return vscode.commands.registerCommand(name, async (...args: unknown[]) => {
    try {
      await run(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(`Form 4: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Form 4', { log: true });
  const policy = new RestartPolicy();
  const statusBar = new Form4StatusBar();
  const languageClient = createLanguageClient(context, policy, output);
  client = languageClient;
  context.subscriptions.push(
    output,
    statusBar,
    languageClient.onNotification(statusNotification, (status: StatusParams) => statusBar.update(status)),
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Stopped) statusBar.clear();
    }),
    command('form4.convertToYaml', (uri) => convertToYaml(languageClient, uri)),
    command('form4.exportXml', (uri) => exportXml(languageClient, (u) => statusBar.statusOf(u)?.errors ?? 0, uri)),
    command('form4.newDraft', () => newDraft(languageClient)),
    command(showRuleDocumentationCommand, (ruleId) => showRuleDocumentation(languageClient, ruleId)),
    registerRuleDocumentationActions(showRuleDocumentationCommand),
    command(restartServerCommand, async () => {
      policy.reset();
      await languageClient.restart();
    }),
  );
  registerPreview(context, {
    renderBody: (document, token) =>
      languageClient.sendRequest<RenderResult>(renderRequest, { uri: document.uri.toString() } satisfies RenderParams, token),
    isForm4Document: (document) => statusBar.statusOf(document.uri) !== undefined,
  });
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
