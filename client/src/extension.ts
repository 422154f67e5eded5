/**
 * The VS Code side of form4: starts the language server once a Form 4 document is open, shows the Language Status
 * item, registers the commands. Everything Form 4 specific happens in the server; this file only connects VS Code
 * to it.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  renderRequest,
  settingsSection,
  showEveryFindingRequest,
  statusNotification,
  type RenderParams,
  type RenderResult,
  type ShowEveryFindingParams,
  type StatusParams,
} from '../../server/src/shared/protocol';
import { convertToYaml, exportXml } from './commands/convert';
import { newDraft } from './commands/newDraft';
import { registerRuleDocumentationActions, showRuleDocumentation } from './commands/ruleDocumentation';
import { form4DocumentSelector, Form4Sync, isForm4Document } from './form4Documents';
import { createLanguageClient, restartServerCommand, showRuleDocumentationCommand } from './languageClient';
import { Form4LanguageStatus } from './languageStatus';
import { serveProjectConfig } from './projectConfig';
import { serveHistory } from './history';
import { registerPreview } from './preview/index';
import { RestartPolicy } from './restartPolicy';

let client: LanguageClient | undefined;

const stateNames: Readonly<Record<State, string>> = {
  [State.Starting]: 'starting',
  [State.Running]: 'running',
  [State.Stopped]: 'stopped',
  [State.StartFailed]: 'failed to start',
};

/** What a bug report needs first: the extension's and the editor's versions, and the settings in force. */
function startupLine(context: vscode.ExtensionContext): string {
  const version = (context.extension.packageJSON as { version?: string }).version ?? 'unknown';
  const settings = JSON.stringify(vscode.workspace.getConfiguration(settingsSection));
  return `Form 4 ${version} in ${vscode.env.appName} ${vscode.version}; settings (${settingsSection}): ${settings}`;
}

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
  output.info(startupLine(context));
  const policy = new RestartPolicy();
  const sync = new Form4Sync();
  const status = new Form4LanguageStatus(form4DocumentSelector() as vscode.DocumentSelector);
  const languageClient = createLanguageClient(context, policy, output, sync);
  client = languageClient;

  // The server starts with the first Form 4 document (or the first command that needs it), not with every XML file.
  let starting: Promise<void> | undefined;
  const started = (): Promise<LanguageClient> => {
    starting ??= languageClient.start();
    return starting.then(() => languageClient);
  };
  const watchForForm4 = vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => startFor(document)),
    vscode.workspace.onDidChangeTextDocument((event) => startFor(event.document)),
  );
  function startFor(document: vscode.TextDocument): void {
    if (starting || !isForm4Document(document)) return;
    watchForForm4.dispose();
    void started();
  }

  context.subscriptions.push(
    output,
    status,
    watchForForm4,
    serveProjectConfig(languageClient),
    serveHistory(languageClient),
    languageClient.onNotification(statusNotification, (params: StatusParams) => status.update(params)),
    languageClient.onDidChangeState((event) => {
      output.info(`Language server ${stateNames[event.newState]}.`);
      if (event.newState === State.Starting) sync.reset();
      status.serverState(event.newState === State.Running ? 'running' : event.newState === State.Starting ? 'starting' : 'stopped');
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(`${settingsSection}.files.include`)) return;
      // The selector names the included files: the server sees the new set after a restart.
      const selector = languageClient.clientOptions.documentSelector;
      if (Array.isArray(selector)) selector.splice(0, selector.length, ...form4DocumentSelector());
      if (starting) await languageClient.restart();
      else for (const document of vscode.workspace.textDocuments) startFor(document);
    }),
    command('form4.convertToYaml', async (uri) => convertToYaml(await started(), uri)),
    command('form4.exportXml', async (uri) => exportXml(await started(), (u) => status.statusOf(u)?.errors ?? 0, uri)),
    command('form4.newDraft', async () => newDraft(await started(), 'yaml')),
    command('form4.newDraftXml', async () => newDraft(await started(), 'xml')),
    command('form4.newDraftForm3', async () => newDraft(await started(), 'yaml', '3')),
    command('form4.newDraftForm3Xml', async () => newDraft(await started(), 'xml', '3')),
    command('form4.newDraftForm5', async () => newDraft(await started(), 'yaml', '5')),
    command('form4.newDraftForm5Xml', async () => newDraft(await started(), 'xml', '5')),
    command('form4.showEveryFinding', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      const params: ShowEveryFindingParams = { uri: document.uri.toString() };
      await (await started()).sendRequest(showEveryFindingRequest, params);
    }),
    command(showRuleDocumentationCommand, async (ruleId) => showRuleDocumentation(await started(), ruleId)),
    registerRuleDocumentationActions(showRuleDocumentationCommand),
    command(restartServerCommand, async () => {
      policy.reset();
      if (starting) await languageClient.restart();
      else await started();
    }),
  );
  registerPreview(context, {
    renderBody: async (document, token) =>
      (await started()).sendRequest<RenderResult>(renderRequest, { uri: document.uri.toString() } satisfies RenderParams, token),
    isForm4Document: (document) => status.statusOf(document.uri) !== undefined,
    onDidCheck: status.onDidUpdate,
  });
  for (const document of vscode.workspace.textDocuments) startFor(document);
}

export async function deactivate(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
