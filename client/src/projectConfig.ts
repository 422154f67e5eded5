/**
 * The client's half of `.form4rc.json`: it finds the nearest file up the tree from a document when the server asks
 * (`form4/projectConfig`), reading through `vscode.workspace.fs` so virtual workspaces work as local ones, and tells
 * the server when any such file in the workspace is created, changed or deleted. The server parses and validates
 * the text, as the command line does.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  projectConfigChangedNotification,
  projectConfigRequest,
  type ProjectConfigParams,
  type ProjectConfigResult,
} from '../../server/src/shared/protocol';

const fileName = '.form4rc.json';

/** Where the search starts: the document's folder; for an untitled document, the first workspace folder. */
function startFolder(document: vscode.Uri): vscode.Uri | undefined {
  if (document.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(document, '..');
}

/** The nearest `.form4rc.json` from the document's folder up to the root of its file system, or null. */
export async function nearestProjectConfig(document: vscode.Uri): Promise<ProjectConfigResult> {
  let folder = startFolder(document);
  while (folder) {
    const candidate = vscode.Uri.joinPath(folder, fileName);
    try {
      const bytes = await vscode.workspace.fs.readFile(candidate);
      return { uri: candidate.scheme === 'file' ? candidate.fsPath : candidate.toString(), text: new TextDecoder().decode(bytes) };
    } catch {
      // Not there (or unreadable): look further up.
    }
    const parent = vscode.Uri.joinPath(folder, '..');
    folder = parent.path === folder.path ? undefined : parent;
  }
  return null;
}

/** Answers the server's requests and watches the workspace's `.form4rc.json` files; dispose to stop. */
export function serveProjectConfig(client: BaseLanguageClient): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${fileName}`);
  const changed = () => {
    if (client.isRunning()) void client.sendNotification(projectConfigChangedNotification);
  };
  return vscode.Disposable.from(
    client.onRequest(projectConfigRequest, (params: ProjectConfigParams) => nearestProjectConfig(vscode.Uri.parse(params.uri, true))),
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
  );
}
