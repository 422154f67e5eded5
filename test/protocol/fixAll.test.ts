/**
 * Fix all through the bundled server: `source.fixAll` (what the Fix All command and `editor.codeActionsOnSave` ask
 * for) on the seed example answers one action with one edit, pinned to the version, and after the client applies
 * it the server finds none of the fixed problems left. Quick-fix requests do not get it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { TestClient, readText } from './harness';
import { applyEdits } from './support';

const seed = readText('examples/seed-8x8-hecker-2003.xml');
const uri = 'file:///work/seed-fix-all.xml';
const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function codesOf(diagnostics: readonly { code?: number | string }[], code: string): number {
  return diagnostics.filter((d) => d.code === code).length;
}

describe('fix all', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
    await client.open(uri, 'xml', seed);
  });
  after(async () => {
    await client.stop();
  });

  it('fixes the seed’s repeated amount and its late rows in one edit', async () => {
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    // One finding each, published with its other cells marked (information of the same rule).
    assert.ok(codesOf(diagnostics, 'holdings/repeated-amount') > 1);
    assert.ok(codesOf(diagnostics, 'date/deadline') > 1);
    assert.equal(codesOf(diagnostics, 'holdings/running-balance'), 0);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const [fixAll] = actions;
    assert.equal(fixAll.kind, 'source.fixAll.form4');
    assert.equal(fixAll.edit?.documentChanges?.length, 1);
    const change = fixAll.edit.documentChanges[0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: client.version(uri) });
    assert.equal(change.edits.length, 1);
    const fixed = applyEdits(seed, change.edits as TextEdit[]);
    await client.change(uri, [{ text: fixed }]);
    const after = await client.diagnosticsOfCurrentVersion(uri);
    const fixedRules = ['holdings/repeated-amount', 'holdings/running-balance', 'date/deadline'];
    for (const rule of fixedRules) assert.equal(codesOf(after, rule), 0, rule);
    // Nothing else changed: every other diagnostic is still there.
    assert.deepEqual(
      after.map((d) => d.code),
      diagnostics.filter((d) => !fixedRules.includes(String(d.code))).map((d) => d.code),
    );
    // Nothing is left to fix: no action at all.
    const again = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [], only: ['source.fixAll.form4'] },
    });
    assert.deepEqual(again, []);
  });

  it('is not among the quick fixes of the light bulb', async () => {
    await client.change(uri, [{ text: seed }]);
    await client.diagnosticsOfCurrentVersion(uri);
    for (const only of [undefined, ['quickfix']]) {
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: whole,
        context: only ? { diagnostics: [], only } : { diagnostics: [] },
      })) as CodeAction[];
      assert.deepEqual(
        actions.filter((a) => a.kind?.startsWith('source')),
        [],
      );
    }
  });
});
