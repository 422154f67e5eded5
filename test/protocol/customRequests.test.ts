/**
 * The server's own requests: convert (both ways, from the editor's unsaved text), render for the preview, the rule
 * list and a new draft; and YAML drafts made by the converter checked like the XML they came from.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, HoverRequest, LSPErrorCodes, type Hover } from 'vscode-languageserver-protocol';
import { analyze, catalogue, check, convert, formatIsoDate, newDraftSnippet, render, today } from '../../server/src/engine/index';
import type { ConvertResult, NewDraftResult, RenderResult, RulesResult } from '../../server/src/shared/protocol';
import { TestClient, readText } from './harness';
import { engineDiagnostics, offsetOf, plain, positionAt, rangeOf, rangeText, replaceIn } from './support';

const example = readText('examples/modern-exercise-and-sale.xml');

describe('custom requests', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('converts the open XML, unsaved edits included, to the YAML the engine writes', async () => {
    const uri = 'file:///work/convert.xml';
    await client.open(uri, 'xml', example);
    const edited = replaceIn(example, 'Example Robotics, Inc.', 'Example Robotics &amp; Sons, Inc.');
    await client.change(uri, [edited.change]);
    const result: ConvertResult = await client.connection.sendRequest('form4/convert', { uri, to: 'yaml' });
    const expected = convert(analyze(edited.text, 'xml'), 'yaml');
    assert.equal(result.text, expected.text);
    assert.match(result.text ?? '', /Example Robotics & Sons, Inc\./);
    assert.deepEqual(result.findings, []);
    // Problems of the source come back as diagnostics in the source's coordinates.
    const broken = replaceIn(edited.text, '&amp; Sons', '& Sons');
    await client.change(uri, [broken.change]);
    const withProblem: ConvertResult = await client.connection.sendRequest('form4/convert', { uri, to: 'yaml' });
    assert.deepEqual(
      plain(withProblem.findings),
      engineDiagnostics(broken.text, 'xml').filter((d) => d.code === 'xml/syntax'),
    );
    await client.close(uri);
  });

  it('checks the converted draft as a YAML draft, with the same findings as its XML', async () => {
    const cell = '<transactionAcquiredDisposedCode><value>';
    const broken = replaceIn(example, `${cell}D`, `${cell}A`, 2).text;
    const yaml = convert(analyze(broken, 'xml'), 'yaml').text!;
    const uri = 'untitled:/work/converted.form4.yaml';
    await client.open(uri, 'yaml', yaml);
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(plain(diagnostics), engineDiagnostics(yaml, 'yaml'));
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      check(analyze(broken, 'xml')).map((f) => f.rule),
    );
    // A hover on the YAML key of the transaction code.
    const keyAt = offsetOf(yaml, 'transactionCode');
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionAt(yaml, keyAt + 2),
    })) as Hover;
    assert.equal(rangeText(hover.range!), rangeText(rangeOf(yaml, keyAt, keyAt + 'transactionCode'.length)));
    await client.close(uri);
  });

  it('exports a YAML draft back to the XML it came from', async () => {
    const yaml = convert(analyze(example, 'xml'), 'yaml').text!;
    const uri = 'file:///work/roundtrip.form4.yaml';
    await client.open(uri, 'yaml', yaml);
    const result: ConvertResult = await client.connection.sendRequest('form4/convert', { uri, to: 'xml' });
    assert.equal(result.text, convert(analyze(yaml, 'yaml'), 'xml').text);
    await client.close(uri);
  });

  it('answers convert with text null for a document that is not a Form 4', async () => {
    const uri = 'file:///work/other.xml';
    await client.open(uri, 'xml', '<project/>');
    const result: ConvertResult = await client.connection.sendRequest('form4/convert', { uri, to: 'yaml' });
    assert.deepEqual(result, { text: null, findings: [] });
    await client.close(uri);
  });

  it('renders the preview body with the findings marked, and says why when there is nothing to render', async () => {
    const uri = 'file:///work/render.xml';
    await client.open(uri, 'xml', example);
    const result: RenderResult = await client.connection.sendRequest('form4/render', { uri });
    const doc = analyze(example, 'xml');
    assert.equal(result.html, render(doc, { standalone: false, findings: check(doc) }));
    assert.match(result.html ?? '', /Example Robotics, Inc\./);
    const none: RenderResult = await client.connection.sendRequest('form4/render', { uri: 'file:///work/not-open.xml' });
    assert.equal(none.html, null);
    assert.ok(none.message);
    await client.close(uri);
  });

  it('answers a render cancelled before it started with RequestCancelled, rendering nothing', async () => {
    const uri = 'file:///work/render-cancelled.xml';
    await client.open(uri, 'xml', example);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('form4/render', { uri }, source.token);
    source.cancel();
    await assert.rejects(pending, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    const next: RenderResult = await client.connection.sendRequest('form4/render', { uri });
    assert.match(next.html ?? '', /Example Robotics, Inc\./, 'the next render is answered as usual');
    await client.close(uri);
  });

  it('lists the rule catalogue and gives the new-draft snippet', async () => {
    const rules: RulesResult = await client.connection.sendRequest('form4/rules');
    assert.deepEqual(
      rules.rules.map((r) => r.id),
      catalogue.map((r) => r.id),
    );
    const draft: NewDraftResult = await client.connection.sendRequest('form4/newDraft', { format: 'yaml' });
    assert.equal(draft.snippet, newDraftSnippet('yaml', { today: today() }));
    const xml: NewDraftResult = await client.connection.sendRequest('form4/newDraft', { format: 'xml' });
    assert.equal(xml.snippet, newDraftSnippet('xml', { today: today() }));
    // Snippet choices are bare codes (the value stays clean), transaction codes in the order filers use them.
    assert.match(draft.snippet ?? '', /transactionCode: \$\{17\|S,M,A,P,F,C,G,J,X,L,H,D,E,I,O,U,W,Z\|\}/);
    assert.match(xml.snippet ?? '', /<isDirector>\$\{7\|0,1\|\}<\/isDirector>/);
    // The signature date is today's; periodOfReport is the transaction date's stop.
    assert.ok(draft.snippet?.includes(`signatureDate: \${27:${formatIsoDate(today())}}`));
    assert.match(xml.snippet ?? '', /<periodOfReport>\$\{16:YYYY-MM-DD\}/);
    // Forms 3 and 5 have drafts of their own.
    for (const form of ['3', '5/A'] as const) {
      const other: NewDraftResult = await client.connection.sendRequest('form4/newDraft', { format: 'xml', form });
      assert.equal(other.snippet, newDraftSnippet('xml', { form, today: today() }), form);
      assert.ok(other.snippet?.includes(`<documentType>${form}</documentType>`), form);
    }
  });

  it("shows an untitled draft's empty fields as one summary until every finding is asked for; a file shows each", async () => {
    const untouched = newDraftSnippet('yaml', { today: today() })!
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');
    const draft = 'untitled:/work/new-filing.form4.yaml';
    await client.open(draft, 'yaml', untouched);
    const summarised = await client.diagnosticsOfCurrentVersion(draft);
    const codes = (ds: readonly { code?: unknown }[]) => ds.map((d) => String(d.code));
    assert.deepEqual(
      codes(summarised).filter((c) => c === 'draft/fields-to-fill'),
      ['draft/fields-to-fill'],
    );
    assert.ok(!codes(summarised).includes('schema/invalid-value'), codes(summarised).join(' '));
    const summary = summarised.find((d) => d.code === 'draft/fields-to-fill')!;
    assert.match(String(summary.message), /^9 fields to fill in: rptOwnerCik, /);
    assert.equal(summary.relatedInformation?.length, 8);
    const saved = 'file:///work/new-filing.form4.yaml';
    await client.open(saved, 'yaml', untouched);
    const every = await client.diagnosticsOfCurrentVersion(saved);
    assert.ok(!codes(every).includes('draft/fields-to-fill'));
    assert.equal(codes(every).filter((c) => c === 'schema/invalid-value' || c === 'schema/missing-element').length, 9);
    await client.connection.sendRequest('form4/showEveryFinding', { uri: draft });
    const asked = await client.waitForDiagnostics(draft, (p) => !codes(p.diagnostics).includes('draft/fields-to-fill'));
    assert.deepEqual(codes(asked.diagnostics).sort(), codes(every).sort());
    await client.close(draft);
    await client.close(saved);
  });

  it('checks a YAML draft in any key order, and exports it as XML in the schema order', async () => {
    const xmlText = convert(analyze(example, 'xml'), 'xml').text!;
    const yaml = convert(analyze(example, 'xml'), 'yaml').text!;
    // The top-level keys reversed after documentType: signature first, issuer last.
    const blocks = yaml.split(/\n(?=[a-z])/).map((b) => b.replace(/\n$/, ''));
    const [head, ...rest] = blocks;
    const shuffled = [head, ...rest.reverse()].join('\n') + '\n';
    assert.notEqual(shuffled, yaml);
    const uri = 'untitled:/work/shuffled.form4.yaml';
    await client.open(uri, 'yaml', shuffled);
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'schema/element-order'),
      [],
    );
    // The same findings as the draft in schema order, wherever they now stand.
    const said = (ds: readonly { code?: unknown; message: unknown }[]) => ds.map((d) => `${String(d.code)} ${String(d.message)}`).sort();
    assert.deepEqual(said(diagnostics), said(engineDiagnostics(yaml, 'yaml')));
    const exported: ConvertResult = await client.connection.sendRequest('form4/convert', { uri, to: 'xml' });
    assert.equal(exported.text, xmlText, 'the XML is written in the schema order');
    await client.close(uri);
  });
});
