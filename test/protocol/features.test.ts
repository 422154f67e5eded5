/**
 * The reading features through the bundled server: hover, completion, document symbols, go to definition, find
 * references, folding, and quick fixes applied as a client applies them. The server's answers are the engine's
 * (checked against the engine called directly) translated to exact LSP ranges.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  type CodeAction,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { analyze, convert, hover as engineHover, symbols as engineSymbols } from '../../server/src/engine/index';
import { TestClient, readText } from './harness';
import { applyEdits, engineDiagnostics, offsetOf, plain, positionAt, rangeOf, rangeText, replaceIn } from './support';

const example = readText('examples/modern-exercise-and-sale.xml');
const uri = 'file:///work/features.xml';

describe('language features', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
    await client.open(uri, 'xml', example);
    await client.diagnosticsOfCurrentVersion(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('hovers a transaction code with the engine hover, over exactly the code', async () => {
    const at = offsetOf(example, 'S</transactionCode>');
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionAt(example, at),
    })) as Hover;
    const expected = engineHover(analyze(example, 'xml'), at);
    assert.ok(expected, 'the engine has a hover there');
    assert.deepEqual(hover.contents, { kind: 'markdown', value: expected.markdown });
    assert.equal(rangeText(hover.range!), rangeText(rangeOf(example, at, at + 1)));
    assert.match((hover.contents as MarkupContent).value, /\S/);
  });

  it("hovers a footnote's definition with the places that refer to it, each a link to its line and column", async () => {
    const at = offsetOf(example, '<footnote id="F1"') + '<footnote id="'.length;
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionAt(example, at),
    })) as Hover;
    const reference = offsetOf(example, '<exerciseDate><footnoteId id="F1"') + '<exerciseDate><footnoteId id="'.length;
    const { line, character } = positionAt(example, reference);
    assert.match(
      (hover.contents as MarkupContent).value,
      new RegExp(
        `^\\*\\*Footnote F1\\*\\*, referred to from:\\n\\n- \\[Table II row \\d \\([^)]*\\), column 6\\]\\(${uri}#L${line + 1},${character + 1}\\)$`,
      ),
    );
  });

  it('hovers an element name, and answers null outside the document element', async () => {
    const at = offsetOf(example, 'issuerTradingSymbol') + 3;
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionAt(example, at),
    })) as Hover;
    const start = offsetOf(example, 'issuerTradingSymbol');
    assert.equal(rangeText(hover.range!), rangeText(rangeOf(example, start, start + 'issuerTradingSymbol'.length)));
    const outside = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(outside, null);
  });

  it('completes transaction codes in <transactionCode>, replacing the code typed', async () => {
    const at = offsetOf(example, 'S</transactionCode>');
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionAt(example, at + 1),
    })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    // Each code's meaning in its label and its filter text, ordered by how often filers use it; the code alone inserted.
    assert.deepEqual(
      [...list.items]
        .sort((a, b) => a.sortText!.localeCompare(b.sortText!))
        .map((i) => i.filterText?.split(' ')[0])
        .slice(0, 5),
      ['S', 'M', 'A', 'P', 'F'],
    );
    const sale = list.items.find((i) => i.label === 'S — open-market or private sale');
    assert.ok(sale, `labels: ${labels.join(' | ')}`);
    assert.equal(sale.filterText, 'S open-market or private sale');
    assert.equal(sale.detail, 'open-market or private sale');
    assert.ok(sale.textEdit && 'range' in sale.textEdit);
    assert.equal(sale.textEdit.newText, 'S');
    assert.equal(rangeText(sale.textEdit.range), rangeText(rangeOf(example, at, at + 1)));
  });

  it('answers for the text a request was sent with, even when edits arrive while its settings are fetched', async () => {
    // The first request for a document waits for its settings; an edit sent after the request is applied meanwhile.
    // The answer must still be for the text the request's position was taken in, or its edit lands elsewhere.
    const racing = await TestClient.start();
    let release = (): void => {};
    racing.configurationHeld = new Promise((resolve) => (release = resolve));
    const raceUri = 'file:///work/race.xml';
    try {
      await racing.open(raceUri, 'xml', example);
      const at = offsetOf(example, 'S</transactionCode>');
      const asked = racing.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: raceUri },
        position: positionAt(example, at + 1),
      });
      const secondLine = example.indexOf('\n') + 1;
      await racing.change(raceUri, [{ range: rangeOf(example, secondLine, secondLine), text: '<!-- a line before the root -->\n' }]);
      // The edit is applied once the server has read it: a hover on the new line (it also waits for the settings).
      const hovered = racing.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: raceUri },
        position: { line: 1, character: 5 },
      });
      release();
      const list = (await asked) as CompletionList;
      await hovered;
      const sale = list.items.find((i) => i.label === 'S — open-market or private sale');
      assert.ok(sale?.textEdit && 'range' in sale.textEdit, `labels: ${list.items.map((i) => i.label).join(' | ')}`);
      assert.equal(rangeText(sale.textEdit.range), rangeText(rangeOf(example, at, at + 1)));
    } finally {
      release();
      await racing.stop();
    }
  });

  it("labels elements with the form's words, matched as well as their names", async () => {
    const at = offsetOf(example, '<issuer>') + 1;
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionAt(example, at),
      context: { triggerKind: 1 },
    })) as CompletionList;
    const issuer = list.items.find((i) => i.label === 'issuer');
    assert.ok(issuer, list.items.map((i) => i.label).join(' '));
    assert.deepEqual(issuer.labelDetails, { description: 'Box 2: Issuer Name and Ticker or Trading Symbol' });
    assert.equal(issuer.filterText, 'issuer Box 2: Issuer Name and Ticker or Trading Symbol');
  });

  it('offers a whole new Form 4 in an empty XML document', async () => {
    const blank = 'untitled:Untitled-7';
    await client.open(blank, 'xml', '');
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: blank },
      position: { line: 0, character: 0 },
      context: { triggerKind: 1 },
    })) as CompletionList;
    const draft = list.items.find((i) => i.label === 'New Form 4');
    assert.ok(draft, list.items.map((i) => i.label).join(' '));
    assert.equal(draft.insertTextFormat, 2);
    assert.match(draft.textEdit?.newText ?? '', /^<\?xml version="1\.0"\?>\n<ownershipDocument>\n {2}<documentType>4<\/documentType>/);
    await client.close(blank);
  });

  it('in a YAML draft: a row after a typed `- ` at the end of a table, and every key on an empty line between keys', async () => {
    const draft = 'untitled:/work/rows.form4.yaml';
    const text =
      'documentType: 4\nnonDerivativeTable:\n  - nonDerivativeTransaction:\n      securityTitle: Common Stock\n  - \n\nownerSignature:\n  - signatureName: x\n';
    await client.open(draft, 'yaml', text);
    const dash = offsetOf(text, '  - \n') + 4;
    const rows = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: draft },
      position: positionAt(text, dash),
      context: { triggerKind: 1 },
    })) as CompletionList;
    const first = [...rows.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    assert.equal(first.label, 'Table I holding row');
    // The item replaces the typed dash, so its filter text starts with it (else the editor filters it out).
    assert.ok(first.textEdit && 'range' in first.textEdit);
    assert.equal(rangeText(first.textEdit.range), rangeText(rangeOf(text, dash - 2, dash)));
    assert.ok(
      rows.items.every((i) => i.filterText?.startsWith('- ')),
      rows.items.map((i) => i.filterText).join(' | '),
    );
    const blank = offsetOf(text, '\n\nownerSignature') + 1;
    const keys = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: draft },
      position: positionAt(text, blank),
      context: { triggerKind: 1 },
    })) as CompletionList;
    const labels = keys.items.map((i) => i.label);
    // Keys ranked before those around the line are offered too: a draft's keys may come in any order.
    for (const key of ['periodOfReport', 'issuer', 'reportingOwner', 'footnotes', 'remarks'])
      assert.ok(labels.includes(key), labels.join(' '));
    await client.close(draft);
  });

  it('answers a typed space only after a YAML key, never while indenting XML', async () => {
    const indent = offsetOf(example, '    <issuer>') + 2;
    const inXml = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionAt(example, indent),
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    assert.equal(inXml, null);
    const yaml = convert(analyze(example, 'xml'), 'yaml').text!;
    const draft = 'untitled:/work/space.form4.yaml';
    await client.open(draft, 'yaml', yaml);
    const afterKey = offsetOf(yaml, 'transactionCode: M') + 'transactionCode: '.length;
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: draft },
      position: positionAt(yaml, afterKey),
      context: { triggerKind: 2, triggerCharacter: ' ' },
    })) as CompletionList;
    assert.ok(
      list.items.some((i) => i.textEdit?.newText === ' S' || i.textEdit?.newText === 'S'),
      list.items.map((i) => i.label).join(' '),
    );
    await client.close(draft);
  });

  it('offers snippets (with snippet syntax) where a new row can go', async () => {
    const at = offsetOf(example, '</nonDerivativeTable>');
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionAt(example, at),
      context: { triggerKind: 1 },
    })) as CompletionList;
    const snippets = list.items.filter((i) => i.insertTextFormat === 2);
    assert.ok(snippets.length > 0, `items: ${list.items.map((i) => i.label).join(', ')}`);
  });

  it('gives the outline the engine builds, with selections inside ranges', async () => {
    const result = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const doc = analyze(example, 'xml');
    type Plain = { name: string; range: string; children: Plain[] };
    const fromEngine = (list: readonly ReturnType<typeof engineSymbols>[number][]): Plain[] =>
      list.map((s) => ({ name: s.name, range: rangeText(doc.lines.rangeOf(s.span)), children: fromEngine(s.children) }));
    const fromServer = (list: DocumentSymbol[]): Plain[] =>
      list.map((s) => ({ name: s.name, range: rangeText(s.range), children: fromServer(s.children ?? []) }));
    assert.deepEqual(fromServer(result), fromEngine(engineSymbols(doc)));
    const all: DocumentSymbol[] = [];
    const collect = (list: DocumentSymbol[]) => list.forEach((s) => (all.push(s), collect(s.children ?? [])));
    collect(result);
    assert.ok(all.length > 5);
    for (const s of all) {
      const inside = (a: { line: number; character: number }, b: { line: number; character: number }) =>
        a.line < b.line || (a.line === b.line && a.character <= b.character);
      assert.ok(
        inside(s.range.start, s.selectionRange.start) && inside(s.selectionRange.end, s.range.end),
        `${s.name}: selection inside range`,
      );
    }
  });

  it('goes from a footnote reference to its definition, and finds every reference', async () => {
    const refAt = offsetOf(example, '<footnoteId id="F3"') + '<footnoteId id="'.length;
    const defAt = offsetOf(example, '<footnote id="F3"') + '<footnote id="'.length;
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: positionAt(example, refAt + 1),
    })) as Location[];
    assert.deepEqual(
      definition.map((l) => [l.uri, rangeText(l.range)]),
      [[uri, rangeText(rangeOf(example, defAt, defAt + 2))]],
    );
    const references = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: positionAt(example, defAt),
      context: { includeDeclaration: true },
    })) as Location[];
    // In document order: the reference (in the row) comes before the definition (in the footnotes).
    assert.deepEqual(
      references.map((l) => rangeText(l.range)),
      [rangeText(rangeOf(example, refAt, refAt + 2)), rangeText(rangeOf(example, defAt, defAt + 2))],
    );
    const withoutDeclaration = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: positionAt(example, defAt),
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(
      withoutDeclaration.map((l) => rangeText(l.range)),
      [rangeText(rangeOf(example, refAt, refAt + 2))],
    );
  });

  it('folds each table row, leaving its end tag visible', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const rowStart = positionAt(example, offsetOf(example, '<nonDerivativeTransaction>', 2)).line;
    const endTagLine = positionAt(example, offsetOf(example, '</nonDerivativeTransaction>', 2)).line;
    assert.ok(
      ranges?.some((r) => r.startLine === rowStart && r.endLine === endTagLine - 1),
      JSON.stringify(ranges),
    );
    assert.ok(ranges!.every((r) => r.endLine > r.startLine));
  });
});

describe('quick fixes', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('fixes a wrong acquired/disposed code with a versioned edit; the diagnostic is gone after applying it', async () => {
    const fixUri = 'file:///work/fix-direction.xml';
    const cell = '<transactionAcquiredDisposedCode><value>';
    const broken = replaceIn(example, `${cell}D`, `${cell}A`, 2).text;
    await client.open(fixUri, 'xml', broken);
    const diagnostics = await client.diagnosticsOfCurrentVersion(fixUri);
    const direction = diagnostics.find((d) => d.code === 'code/direction');
    assert.ok(direction);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: fixUri },
      range: direction.range,
      context: { diagnostics: [direction], only: ['quickfix'] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'code/direction'));
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: fixUri, version: client.version(fixUri) });
    const edits = change.edits as TextEdit[];
    assert.ok(edits.every((e) => typeof e.newText === 'string'));
    const fixed = applyEdits(broken, edits);
    assert.equal(fixed, example, 'the fix changes exactly the code, back to D');
    // Apply it as an editor does: the edits as one incremental change, then the diagnostics of the new version.
    await client.change(
      fixUri,
      edits.map((e) => ({ range: e.range, text: e.newText })),
    );
    const after = await client.diagnosticsOfCurrentVersion(fixUri);
    assert.ok(!after.some((d) => d.code === 'code/direction'));
    assert.deepEqual(plain(after), engineDiagnostics(fixed, 'xml'));
  });

  it('offers no quick fix when only refactorings are asked for', async () => {
    const fixUri = 'file:///work/fix-direction.xml';
    const any = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: fixUri },
      range: any,
      context: { diagnostics: [], only: ['refactor'] },
    });
    assert.equal(actions, null);
  });
});
