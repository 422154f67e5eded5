/**
 * The quick fixes for a reference to a missing footnote, through the bundled server: "Add footnote Fn" with the
 * cursor in its text for a client that applies snippet edits (plain text for one that does not), and "Refer to Fn
 * instead" for each footnote nothing refers to.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { TestClient, readText } from './harness';
import { applyEdits, replaceIn } from './support';

const xml = replaceIn(readText('examples/modern-exercise-and-sale.xml'), '<footnoteId id="F2"/>', '<footnoteId id="F9"/>').text;
const yaml = replaceIn(readText('examples/modern-exercise-and-sale.form4.yaml'), 'footnotes: [F2]', 'footnotes: [F9]').text;
const referToF2 = 'Refer to F2 instead ("Shares withheld by the issuer to satisfy the ...", nothing refers to it)';

async function footnoteFixes(client: TestClient, uri: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
  const diagnostic = (await client.diagnosticsOfCurrentVersion(uri)).find((d) => d.code === 'footnote/undefined');
  assert.ok(diagnostic, 'the reference to F9 is reported');
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
  return { diagnostic, actions };
}

function editsOf(action: CodeAction | undefined): TextDocumentEdit['edits'] {
  assert.ok(action);
  return (action.edit!.documentChanges![0] as TextDocumentEdit).edits;
}

for (const snippetEdits of [true, false]) {
  describe(`footnote fixes, client ${snippetEdits ? 'with' : 'without'} snippet edits`, () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ snippetEdits });
    });
    after(async () => {
      await client.stop();
    });

    for (const [format, text] of [
      ['xml', xml],
      ['yaml', yaml],
    ] as const) {
      const uri = `file:///work/footnote-fixes-${snippetEdits}.${format === 'xml' ? 'xml' : 'form4.yaml'}`;

      it(`${format}: add F9 (preferred) or refer to the unused F2 instead`, async () => {
        await client.open(uri, format, text);
        const { actions } = await footnoteFixes(client, uri);
        assert.deepEqual(
          actions.map((a) => [a.title, a.isPreferred ?? false]),
          [
            ['Add footnote F9 to the Explanation of Responses', true],
            [referToF2, false],
          ],
        );
        const [add] = editsOf(actions[0]);
        const expected = format === 'xml' ? '<footnote id="F9">$0</footnote>' : 'F9: $0';
        if (snippetEdits) {
          assert.ok('snippet' in add!, 'a snippet edit');
          assert.equal(add.snippet.kind, 'snippet');
          assert.ok(add.snippet.value.includes(expected), add.snippet.value);
        } else {
          assert.ok(!('snippet' in add!), 'plain text for a client without snippet edits');
          assert.ok((add as TextEdit).newText.includes(expected.replace('$0', format === 'xml' ? '' : '""')));
        }
      });

      it(`${format}: referring to F2 ends both the missing and the unused footnote`, async () => {
        const { actions } = await footnoteFixes(client, uri);
        const refer = actions.find((a) => a.title === referToF2);
        const fixed = applyEdits(text, editsOf(refer) as TextEdit[]);
        await client.change(uri, [{ text: fixed }]);
        const after = await client.diagnosticsOfCurrentVersion(uri);
        assert.deepEqual(
          after.filter((d) => String(d.code).startsWith('footnote/')),
          [],
        );
      });
    }
  });
}
