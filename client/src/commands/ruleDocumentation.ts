/**
 * Rule documentation, answered by the server from its catalogue (nothing here reads or parses docs/rules.md):
 * - "Form 4: Show rule documentation" renders the rule's section in a read-only panel (asking which rule, from the
 *   server's catalogue, when invoked from the palette);
 * - every Form 4 diagnostic gets a "Show documentation for …" action in its light bulb.
 * The links on diagnostic codes come from the server too, to the rule's section of the published docs/rules.md.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ruleDocumentationRequest,
  rulesRequest,
  type RuleDocumentationParams,
  type RuleDocumentationResult,
  type RulesResult,
} from '../../../server/src/shared/protocol';

async function pickRule(client: LanguageClient): Promise<string | undefined> {
  const { rules } = await client.sendRequest<RulesResult>(rulesRequest);
  const picked = await vscode.window.showQuickPick(
    rules.map((r) => ({ label: r.id, description: r.severity, detail: r.summary })),
    { title: 'Form 4 rule documentation', placeHolder: 'Rule id', matchOnDetail: true },
  );
  return picked?.label;
}

function panelHtml(webview: vscode.Webview, body: string): string {
  // Our own documentation, rendered by VS Code's Markdown renderer; still no scripts and only local styles.
  const csp = `default-src 'none'; img-src ${webview.cspSource} https: data:; style-src ${webview.cspSource} 'unsafe-inline';`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style>body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);line-height:1.5;padding:0 1.5em;max-width:60em}code{font-family:var(--vscode-editor-font-family)}a{color:var(--vscode-textLink-foreground)}</style></head><body>${body}</body></html>`;
}

let panel: vscode.WebviewPanel | undefined;

async function showInPanel(title: string, markdown: string): Promise<boolean> {
  let html: unknown;
  try {
    html = await vscode.commands.executeCommand('markdown.api.render', markdown);
  } catch {
    return false;
  }
  if (typeof html !== 'string') return false;
  if (!panel) {
    panel = vscode.window.createWebviewPanel(
      'form4.ruleDocumentation',
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableFindWidget: true },
    );
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = title;
  panel.webview.html = panelHtml(panel.webview, html);
  panel.reveal(vscode.ViewColumn.Beside, true);
  return true;
}

/** The Markdown itself, beside the form, when VS Code has no Markdown renderer to give the panel. */
async function showAsText(markdown: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

export async function showRuleDocumentation(client: LanguageClient, ruleId?: unknown): Promise<void> {
  const id = typeof ruleId === 'string' && ruleId ? ruleId : await pickRule(client);
  if (!id) return;
  const params: RuleDocumentationParams = { rule: id };
  const documentation = await client.sendRequest<RuleDocumentationResult>(ruleDocumentationRequest, params);
  if (!documentation) {
    void vscode.window.showWarningMessage(`No documentation found for the rule "${id}".`);
    return;
  }
  if (!(await showInPanel(`Rule ${documentation.id}`, documentation.markdown))) await showAsText(documentation.markdown);
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'form4') return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

/** A "Show documentation for <rule>" action for each Form 4 diagnostic under the cursor, after the server's fixes. */
export function registerRuleDocumentationActions(command: string): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(_document, _range, context) {
      const rules = [...new Set(context.diagnostics.map(ruleOf).filter((r): r is string => r !== undefined))];
      return rules.map((rule) => {
        const action = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command, arguments: [rule] };
        action.diagnostics = context.diagnostics.filter((d) => ruleOf(d) === rule);
        return action;
      });
    },
  };
  return vscode.languages.registerCodeActionsProvider([{ language: 'xml' }, { language: 'yaml' }], provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  });
}
