/**
 * The client's half of the history: the server asks which workspace files may be filings (`form4/historyFiles`,
 * answered with `vscode.workspace.findFiles`) and for their texts (`form4/readFiles`, read through
 * `vscode.workspace.fs`, so virtual workspaces work as local ones), and hears of every change to one of them
 * (`form4/historyFileChanged`). The server decides what is a filing; the client only finds and reads.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  historyFileChangedNotification,
  historyFilesRequest,
  readFilesRequest,
  type HistoryFileChangedParams,
  type HistoryFilesParams,
  type HistoryFilesResult,
  type ReadFilesParams,
  type ReadFilesResult,
} from '../../server/src/shared/protocol';

const excluded = '**/node_modules/**';

async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

async function findFiles(params: HistoryFilesParams, token: vscode.CancellationToken): Promise<HistoryFilesResult> {
  const found = await vscode.workspace.findFiles(params.include, excluded, params.max + 1, token);
  return { uris: found.map((uri) => uri.toString()) };
}

async function readFiles(params: ReadFilesParams): Promise<ReadFilesResult> {
  const files = await Promise.all(params.uris.map(async (uri) => ({ uri, text: await readText(vscode.Uri.parse(uri, true)) })));
  return { files };
}

function watch(client: BaseLanguageClient): vscode.Disposable {
  const include = vscode.workspace.getConfiguration('form4').get<string>('history.include') || '**/*.{xml,form4.yaml,form4.yml}';
  const watcher = vscode.workspace.createFileSystemWatcher(include);
  const send = async (uri: vscode.Uri, deleted: boolean) => {
    if (uri.path.includes('/node_modules/') || !client.isRunning()) return;
    const params: HistoryFileChangedParams = { uri: uri.toString(), text: deleted ? null : await readText(uri) };
    void client.sendNotification(historyFileChangedNotification, params);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate((uri) => void send(uri, false)),
    watcher.onDidChange((uri) => void send(uri, false)),
    watcher.onDidDelete((uri) => void send(uri, true)),
  );
}

/** Answers the server's history requests and reports changes to the history's files; dispose to stop. */
export function serveHistory(client: BaseLanguageClient): vscode.Disposable {
  let watcher = watch(client);
  return vscode.Disposable.from(
    client.onRequest(historyFilesRequest, (params: HistoryFilesParams, token: vscode.CancellationToken) => findFiles(params, token)),
    client.onRequest(readFilesRequest, (params: ReadFilesParams) => readFiles(params)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('form4.history.include')) return;
      watcher.dispose();
      watcher = watch(client);
    }),
    { dispose: () => watcher.dispose() },
  );
}
