/**
 * Rule documentation, from docs/rules.md (shipped in the extension):
 * - "Form 4: Show rule documentation" renders the rule's section in a read-only panel (asking which rule, from the
 *   server's catalogue, when invoked from the palette);
 * - every Form 4 diagnostic gets a "Show documentation for …" action in its light bulb;
 * - diagnostic codes link to the rule's heading in the file (VS Code opens only plain links there).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { rulesRequest, type RulesResult } from '../../../server/src/shared/protocol';
import { findRuleSection, ruleHeadingLines } from '../ruleDocs';

function rulesDocument(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
}

async function readRulesDocument(context: vscode.ExtensionContext): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(rulesDocument(context)));
}

/** A link per rule id to its heading's line in the shipped docs/rules.md; none when the file cannot be read. */
export async function ruleDocumentationLinks(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<Record<string, string>> {
  try {
    const lines = ruleHeadingLines(await readRulesDocument(context));
    const base = rulesDocument(context);
    return Object.fromEntries([...lines].map(([id, line]) => [id, base.with({ fragment: `L${line + 1}` }).toString()]));
  } catch (error) {
    output.warn(`docs/rules.md could not be read, so diagnostic codes carry no links: ${String(error)}`);
    return {};
  }
}

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
    panel = vscode.window.createWebviewPanel('form4.ruleDocumentation', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableFindWidget: true });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = title;
  panel.webview.html = panelHtml(panel.webview, html);
  panel.reveal(vscode.ViewColumn.Beside, true);
  return true;
}

export async function showRuleDocumentation(context: vscode.ExtensionContext, client: LanguageClient, ruleId?: unknown): Promise<void> {
  const id = typeof ruleId === 'string' && ruleId ? ruleId : await pickRule(client);
  if (!id) return;
  const section = findRuleSection(await readRulesDocument(context), id);
  if (!section) {
    void vscode.window.showWarningMessage(`No documentation found for the rule "${id}".`);
    return;
  }
  if (await showInPanel(`Rule ${id}`, section.text)) return;
  // No Markdown renderer available: the file itself, at the rule's heading.
  const document = await vscode.workspace.openTextDocument(rulesDocument(context));
  const at = new vscode.Range(section.line, 0, section.line, 0);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection: at, preview: true });
  editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
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
