/**
 * "Form 4: New Form 4 draft" (YAML) and "Form 4: New Form 4 draft (XML)": an untitled `new-filing.form4.yaml` or
 * `new-filing.xml` document (so it is checked at once) filled from the server's snippet, whose tab stops walk the
 * fields in the order a filer knows the facts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newDraftRequest, type DraftFormat, type NewDraftParams, type NewDraftResult } from '../../../server/src/shared/protocol';
import { openUntitled } from './documents';

function draftFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? folder.path.replace(/\/$/, '') : '';
}

const untitledName: Readonly<Record<DraftFormat, { readonly path: string; readonly languageId: string }>> = {
  yaml: { path: 'new-filing.form4.yaml', languageId: 'yaml' },
  xml: { path: 'new-filing.xml', languageId: 'xml' },
};

export async function newDraft(client: LanguageClient, format: DraftFormat = 'yaml'): Promise<void> {
  const params: NewDraftParams = { format };
  const { snippet } = await client.sendRequest<NewDraftResult>(newDraftRequest, params);
  if (snippet === null) {
    void vscode.window.showWarningMessage('Form 4: there is no new draft for this form yet.');
    return;
  }
  const { path, languageId } = untitledName[format];
  const document = await openUntitled(`${draftFolder()}/${path}`, languageId);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
}
