/**
 * "Form 4: Convert to YAML draft" and "Form 4: Export EDGAR XML". The server converts the open document as it is
 * in the editor (unsaved changes included); the result opens as a new untitled document, or for the export is
 * saved where the user chooses in a save dialog (which asks before replacing a file).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { convertRequest, type ConvertParams, type ConvertResult, type DraftFormat } from '../../../server/src/shared/protocol';
import { xmlPathFor, yamlDraftPathFor } from '../draftNames';
import { countErrors, fillAndShow, openUntitled, targetDocument } from './documents';

async function convertDocument(client: LanguageClient, document: vscode.TextDocument, to: DraftFormat): Promise<ConvertResult> {
  const params: ConvertParams = { uri: document.uri.toString(), to };
  return client.sendRequest<ConvertResult>(convertRequest, params);
}

function carriedOverNote(result: ConvertResult): string {
  const errors = countErrors(result.findings);
  if (result.findings.length === 0) return '';
  return ` ${result.findings.length} problem(s) in the source were carried over${errors ? ` (${errors} error(s))` : ''}: see the Problems view.`;
}

async function convertedOrExplain(
  client: LanguageClient,
  uri: unknown,
  to: DraftFormat,
): Promise<{ document: vscode.TextDocument; result: ConvertResult; text: string } | undefined> {
  const document = await targetDocument(uri);
  if (!document) {
    void vscode.window.showWarningMessage('Open a Form 4 document (EDGAR XML or a YAML draft) first.');
    return undefined;
  }
  const result = await convertDocument(client, document, to);
  if (result.text === null) {
    // Written XML that would not be well-formed is refused with the reason in its own finding; else the read error.
    const reason = (result.findings.find((f) => f.code === 'convert/not-well-formed') ?? result.findings[0])?.message;
    void vscode.window.showErrorMessage(
      `${vscode.workspace.asRelativePath(document.uri)} could not be converted: ${reason ?? 'it is not checked as a Form 4 document.'}`,
    );
    return undefined;
  }
  return { document, result, text: result.text };
}

export async function convertToYaml(client: LanguageClient, uri?: unknown): Promise<void> {
  const converted = await convertedOrExplain(client, uri, 'yaml');
  if (!converted) return;
  const draft = await openUntitled(yamlDraftPathFor(converted.document.uri.path), 'yaml');
  await fillAndShow(draft, converted.text);
  const note = carriedOverNote(converted.result);
  if (note) void vscode.window.showWarningMessage(`Converted to a YAML draft.${note}`);
}

const saveChoice = 'Save as file…';
const untitledChoice = 'Open in a new editor';

/** Writes the export where the user chose: into the open document if it is open (undoable), else as a new file. */
async function writeExport(target: vscode.Uri, text: string): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  const edit = new vscode.WorkspaceEdit();
  if (open) edit.replace(target, new vscode.Range(0, 0, open.lineCount, 0), text);
  // The save dialog already asked before replacing an existing file.
  else edit.createFile(target, { overwrite: true, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not write ${target.toString(true)}.`);
  if (open) await open.save();
}

/** Where the save dialog starts: beside the source, or for an untitled draft in the workspace folder it names. */
function exportTargetFor(source: vscode.Uri): vscode.Uri | undefined {
  if (source.scheme !== 'untitled') return source.with({ path: xmlPathFor(source.path) });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && source.path.startsWith('/') ? folder.with({ path: xmlPathFor(source.path) }) : folder;
}

/** How many errors the server last reported for a document (0 when unknown). */
export type ErrorCount = (uri: vscode.Uri) => number;

export async function exportXml(client: LanguageClient, errorCount: ErrorCount, uri?: unknown): Promise<void> {
  const converted = await convertedOrExplain(client, uri, 'xml');
  if (!converted) return;
  const errors = errorCount(converted.document.uri);
  if (errors > 0) {
    const proceed = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(converted.document.uri)} has ${errors} error(s). EDGAR may reject the filing. Export anyway?`,
      { modal: true },
      'Export anyway',
    );
    if (proceed !== 'Export anyway') return;
  }
  const choice = await vscode.window.showQuickPick([saveChoice, untitledChoice], {
    title: 'Export EDGAR XML',
    placeHolder: 'Where should the XML go?',
  });
  if (!choice) return;
  const note = carriedOverNote(converted.result);
  if (choice === untitledChoice) {
    const xml = await openUntitled(xmlPathFor(converted.document.uri.path), 'xml');
    await fillAndShow(xml, converted.text);
    if (note) void vscode.window.showWarningMessage(`Exported.${note}`);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: exportTargetFor(converted.document.uri),
    filters: { 'EDGAR ownership XML': ['xml'] },
    title: 'Export EDGAR XML',
  });
  if (!target) return;
  await writeExport(target, converted.text);
  const open = await vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.${note}`, 'Open');
  if (open) await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
}
