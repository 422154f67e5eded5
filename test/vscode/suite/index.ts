/**
 * The extension in a real VS Code (run by test/vscode/run.mjs with @vscode/test-electron): diagnostics, a hover, a
 * quick fix applied through the editor, and a command. Runs inside the extension host, so it has its own small
 * runner (no test framework is bundled with VS Code).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

type Test = { name: string; run: () => Promise<void> };
const tests: Test[] = [];
function test(name: string, run: () => Promise<void>): void {
  tests.push({ name, run });
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

function exampleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, 'modern-exercise-and-sale.xml');
}

const cell = '<transactionAcquiredDisposedCode><value>';

/** Opens the example and, as a user would, marks its sale (the second disposition) as an acquisition. */
async function openWithWrongDirection(): Promise<{ editor: vscode.TextEditor; original: string; valueAt: vscode.Position }> {
  const document = await vscode.workspace.openTextDocument(exampleUri());
  const editor = await vscode.window.showTextDocument(document);
  const original = document.getText();
  const first = original.indexOf(`${cell}D`);
  const second = original.indexOf(`${cell}D`, first + 1);
  assert.ok(second > 0);
  const valueAt = document.positionAt(second + cell.length);
  await editor.edit((edit) => edit.replace(new vscode.Range(valueAt, valueAt.translate(0, 1)), 'A'));
  return { editor, original, valueAt };
}

test('shows the wrong acquired/disposed code as an error on the value, with the rule id as code', async () => {
  const { editor, valueAt } = await openWithWrongDirection();
  const diagnostic = await until('code/direction', () =>
    vscode.languages.getDiagnostics(editor.document.uri).find((d) => codeOf(d) === 'code/direction'),
  );
  assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
  assert.ok(diagnostic.range.isEqual(new vscode.Range(valueAt, valueAt.translate(0, 1))));
  assert.equal(diagnostic.source, 'form4');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('hovers a transaction code', async () => {
  const document = await vscode.workspace.openTextDocument(exampleUri());
  await vscode.window.showTextDocument(document);
  const at = document.positionAt(document.getText().indexOf('S</transactionCode>'));
  const hovers = await until('a hover', async () => {
    const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    return result.length ? result : undefined;
  });
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /\S/);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('applies the quick fix as an undoable edit, and the error goes away', async () => {
  const { editor, original } = await openWithWrongDirection();
  const uri = editor.document.uri;
  const diagnostic = await until('code/direction', () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'code/direction'));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((a) => a.diagnostics?.some((d) => codeOf(d) === 'code/direction'));
  assert.ok(fix?.edit, `quick fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(editor.document.getText(), original);
  await until('the error to go', () => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'code/direction'));
  await vscode.commands.executeCommand('undo');
  assert.notEqual(editor.document.getText(), original, 'the fix is undoable');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('"Form 4: Convert to YAML draft" opens the draft beside, unsaved', async () => {
  const document = await vscode.workspace.openTextDocument(exampleUri());
  await vscode.window.showTextDocument(document);
  await until(
    'the file to be checked as a Form 4',
    async () => (await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', document.uri))?.length,
  );
  await vscode.commands.executeCommand('form4.convertToYaml');
  const draft = await until('the draft', () =>
    vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && d.uri.path.endsWith('modern-exercise-and-sale.form4.yaml')),
  );
  assert.equal(draft.languageId, 'yaml');
  assert.match(draft.getText(), /transactionCode: S/);
  assert.equal(draft.isDirty, true);
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const t of tests) {
    try {
      await t.run();
      console.log(`ok - ${t.name}`);
    } catch (error) {
      console.log(`not ok - ${t.name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      failures.push(t.name);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} test(s) failed: ${failures.join('; ')}`);
}
