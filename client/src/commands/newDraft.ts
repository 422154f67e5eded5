/**
 * "Form 4: New Form 4 draft" (YAML) and "Form 4: New Form 4 draft (XML)", and the same for Forms 3 and 5: an
 * untitled `new-filing.form4.yaml` or `new-filing.xml` document (`new-form3-filing...`, `new-form5-filing...`; so it
 * is checked at once) filled from the server's snippet, whose tab stops walk the fields in the order a filer knows
 * the facts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newDraftRequest, type DraftFormat, type NewDraftParams, type NewDraftResult } from '../../../server/src/shared/protocol';
import { openUntitled } from './documents';

/** A form to draft, as the protocol names it. */
type FormId = NonNullable<NewDraftParams['form']>;

function draftFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? folder.path.replace(/\/$/, '') : '';
}

const extension: Readonly<Record<DraftFormat, { readonly suffix: string; readonly languageId: string }>> = {
  yaml: { suffix: '.form4.yaml', languageId: 'yaml' },
  xml: { suffix: '.xml', languageId: 'xml' },
};

/** The untitled draft's name: Form 4's as it always was, another form's saying which form it is. */
function untitledName(format: DraftFormat, form: FormId): string {
  const base = form === '4' ? 'new-filing' : `new-form${form.replace('/', '')}-filing`;
  return `${base}${extension[format].suffix}`;
}

export async function newDraft(client: LanguageClient, format: DraftFormat = 'yaml', form: FormId = '4'): Promise<void> {
  const params: NewDraftParams = { format, ...(form === '4' ? {} : { form }) };
  const { snippet } = await client.sendRequest<NewDraftResult>(newDraftRequest, params);
  if (snippet === null) {
    void vscode.window.showWarningMessage(`Form 4: there is no new draft for Form ${form} yet.`);
    return;
  }
  const document = await openUntitled(`${draftFolder()}/${untitledName(format, form)}`, extension[format].languageId);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
}
