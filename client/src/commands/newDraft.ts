/**
 * "Form 4: New Form 4 draft": an untitled `*.form4.yaml` document (so it is checked at once) filled from the
 * server's snippet, with tab stops to walk through the fields.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newDraftRequest, type NewDraftParams, type NewDraftResult } from '../../../server/src/shared/protocol';
import { openUntitled } from './documents';

function draftFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? folder.path.replace(/\/$/, '') : '';
}

export async function newDraft(client: LanguageClient): Promise<void> {
  const params: NewDraftParams = { format: 'yaml' };
  const { snippet } = await client.sendRequest<NewDraftResult>(newDraftRequest, params);
  const document = await openUntitled(`${draftFolder()}/new-filing.form4.yaml`, 'yaml');
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
}
