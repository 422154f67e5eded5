/**
 * XML completion on an empty line between elements, through the bundled server: every element that may still go
 * in the parent, those that fit the schema order there first and the others after them, each saying where it goes;
 * an element accepted out of order is inserted at the cursor, and the quick fix for `schema/element-order` moves it
 * where the schema puts it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  type CodeAction,
  type CompletionList,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TestClient, readText } from './harness';
import { applyEdits, offsetOf, positionAt, rangeOf, rangeText, replaceIn } from './support';

// The example with an empty line between the issuer and the reporting owner.
const text = replaceIn(readText('examples/modern-exercise-and-sale.xml'), '    </issuer>\n', '    </issuer>\n\n').text;
const cursor = offsetOf(text, '</issuer>\n\n') + '</issuer>\n'.length;
const uri = 'file:///work/xml-order-completion.xml';

describe('xml completion between elements, and the order fix', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
    await client.open(uri, 'xml', text);
    await client.diagnosticsOfCurrentVersion(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('offers what fits there first, then every other element the document may still take, each saying where it goes', async () => {
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionAt(text, cursor),
      context: { triggerKind: 1 },
    })) as CompletionList;
    const items = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepEqual(
      items.map((i) => [i.label, i.sortText, i.labelDetails?.description?.split(' · ')[0]]),
      [
        ['reportingOwner', '10005', 'Box 1: Name and Address of Reporting Person (with Box 5)'],
        ['notSubjectToSection16', '20003', 'goes before issuer: quick fix moves it'],
        ['remarks', '20010', 'goes after footnotes: quick fix moves it'],
        // A filing may have more than one signature: another may be added, after the footnotes.
        ['ownerSignature', '20011', 'goes after footnotes: quick fix moves it'],
      ],
    );
    // Every item is inserted at the cursor, as a snippet (its fields filled in there with Tab), with no other edit.
    for (const item of items) {
      assert.ok(item.textEdit && 'range' in item.textEdit, item.label);
      assert.equal(rangeText(item.textEdit.range), rangeText(rangeOf(text, cursor, cursor)));
      assert.equal(item.insertTextFormat, 2);
      assert.equal(item.additionalTextEdits, undefined);
    }
    const remarks = items.find((i) => i.label === 'remarks')!;
    assert.equal(remarks.detail, 'goes after footnotes: quick fix moves it · Remarks');
    assert.equal((remarks.textEdit as TextEdit).newText, '<remarks>$1</remarks>');
  });

  it('an element accepted out of order is one quick fix from its place, its text kept, indented like its siblings', async () => {
    const typed = text.slice(0, cursor) + '<remarks>Sold to cover taxes.</remarks>' + text.slice(cursor);
    await client.change(uri, [{ text: typed }]);
    const diagnostic = (await client.diagnosticsOfCurrentVersion(uri)).find((d) => d.code === 'schema/element-order');
    assert.ok(diagnostic, 'the misplaced remarks are reported');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    const move = actions.find((a) => a.title === 'Move remarks after footnotes');
    assert.ok(move, actions.map((a) => a.title).join(' | '));
    assert.equal(move.isPreferred, true);
    const edits = (move.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const fixed = applyEdits(typed, edits);
    // Back to the example, with the remarks after the footnotes at the siblings' indentation.
    assert.equal(
      fixed,
      replaceIn(
        readText('examples/modern-exercise-and-sale.xml'),
        '    </footnotes>\n',
        '    </footnotes>\n    <remarks>Sold to cover taxes.</remarks>\n',
      ).text,
    );
    await client.change(uri, [{ text: fixed }]);
    const after = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(
      after.filter((d) => String(d.code).startsWith('schema/')),
      [],
    );
  });
});
