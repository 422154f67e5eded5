/**
 * Starts the bundled language server (dist/server.js) over Node IPC and keeps it alive within limits: a crash
 * restarts it, a crash loop stops it with a message that says why.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { settingsSection, type Form4InitializationOptions } from '../../server/src/shared/protocol';
import { form4DocumentSelector, type Form4Sync } from './form4Documents';
import { RestartPolicy } from './restartPolicy';
import { TraceChannel } from './traceChannel';

export const showRuleDocumentationCommand = 'form4.showRuleDocumentation';
export const restartServerCommand = 'form4.restartServer';

class CrashLoopGuard implements ErrorHandler {
  constructor(
    private readonly policy: RestartPolicy,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Connection error (${count ?? 1}): ${error.message}`);
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.crashed(Date.now());
    if (decision.restart) {
      this.output.warn(
        `The server stopped unexpectedly (${decision.crashesInWindow} of at most ${this.policy.maxCrashes - 1} restarts in ${Math.round(this.policy.windowMs / 60_000)} minutes); restarting it.`,
      );
      return { action: CloseAction.Restart, handled: true };
    }
    const message = this.policy.describeStop();
    this.output.error(message);
    void vscode.window.showErrorMessage(message, 'Show output', 'Restart').then((choice) => {
      if (choice === 'Show output') this.output.show(true);
      if (choice === 'Restart') void vscode.commands.executeCommand(restartServerCommand);
    });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

/** Starts nothing yet: `start()` does. */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  policy: RestartPolicy,
  output: vscode.LogOutputChannel,
  sync: Form4Sync,
): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const trace = new TraceChannel(output);
  context.subscriptions.push(trace);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6014'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // XML, YAML drafts and included files, whatever their scheme (files, untitled, virtual); of those, only Form 4
    // documents are synchronised (form4Documents.ts).
    documentSelector: form4DocumentSelector(),
    middleware: sync.middleware,
    synchronize: { configurationSection: settingsSection },
    // The client reads .form4rc.json files (projectConfig.ts) and the history's filings (history.ts) for the server.
    initializationOptions: { projectConfig: true, history: true } satisfies Form4InitializationOptions,
    outputChannel: output,
    // `form4.trace.server` turns the trace on by itself (traceChannel.ts), into the same Form 4 output.
    traceOutputChannel: trace,
    errorHandler: new CrashLoopGuard(policy, output),
  };
  const client = new LanguageClient('form4', 'Form 4', serverOptions, clientOptions);
  sync.attach(client);
  return client;
}
