/**
 * Helpers the commands share: which document a command acts on, and how new documents are opened. Every change
 * goes through the editor (untitled documents, WorkspaceEdits, snippets), so it can be undone and nothing is
 * written behind the editor's back.
 */
import * as vscode from 'vscode';
import { numberedPath } from '../draftNames';

/** The document a command acts on: the one it was invoked on (explorer or editor title menu), else the active one. */
export async function targetDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

/**
 * An untitled document that will be saved as `path`, or as `path-2`, `path-3`... when an untitled document of that
 * name is already open with text, or a file of that name exists (VS Code refuses an untitled name that a file has).
 */
export async function openUntitled(path: string, languageId: string): Promise<vscode.TextDocument> {
  let lastError: unknown;
  for (let n = 1; n <= 100; n++) {
    const uri = vscode.Uri.from({ scheme: 'untitled', path: numberedPath(path, n) });
    const alreadyOpen = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (alreadyOpen && alreadyOpen.getText().length > 0) continue;
    let document: vscode.TextDocument;
    try {
      document = alreadyOpen ?? (await vscode.workspace.openTextDocument(uri));
    } catch (error) {
      lastError = error;
      continue;
    }
    return document.languageId === languageId ? document : vscode.languages.setTextDocumentLanguage(document, languageId);
  }
  throw new Error(`No free name for a new document beside ${path}: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

/** Puts `text` into an (empty) document with an undoable edit and shows it beside the current editor. */
export async function fillAndShow(document: vscode.TextDocument, text: string): Promise<vscode.TextEditor> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not write into ${document.uri.toString(true)}.`);
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** LSP severities: 1 is an error. */
export function countErrors(findings: readonly { severity?: number }[]): number {
  return findings.filter((f) => f.severity === 1).length;
}
