/**
 * Diagnostics and status from the bundled server: what it publishes for the examples equals the engine's findings,
 * with rule ids as codes, links to the rule docs, related locations; only Form 4 documents are checked; settings
 * apply live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticTag } from 'vscode-languageserver-protocol';
import { TestClient, readText, root } from './harness';
import { engineDiagnostics, offsetOf, plain, rangeOf, rangeText, replaceIn } from './support';

const example = readText('examples/modern-exercise-and-sale.xml');
// What an older client sent: a link per rule, which the server no longer takes, and an option it never knew.
const oldOptions = { ruleDocumentationLinks: { 'code/direction': 'file:///extension/docs/rules.md#L300' }, colour: 'blue' };
const rulesDocument = 'https://github.com/form4/form4/blob/main/docs/rules.md';

describe('diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: oldOptions });
  });
  after(async () => {
    await client.stop();
  });

  it('publishes the engine findings for an example, with its version, and a "checked" status', async () => {
    const uri = 'file:///work/example.xml';
    await client.open(uri, 'xml', example);
    const published = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(plain(published), engineDiagnostics(example, 'xml'));
    const status = await client.waitForStatus(uri, (s) => s.version === 1);
    assert.equal(status.checked, true);
    assert.equal(status.format, 'xml');
    assert.equal(status.kind, '4');
    assert.equal(status.errors, published.filter((d) => d.severity === 1).length);
    await client.close(uri);
  });

  it('tags an unused footnote Unnecessary (and only it), and gives the schema version in the status', async () => {
    const uri = 'file:///work/unused-footnote.xml';
    const { text } = replaceIn(example, '</footnotes>', '    <footnote id="F9">Nothing cites this.</footnote>\n    </footnotes>');
    await client.open(uri, 'xml', text);
    const published = await client.diagnosticsOfCurrentVersion(uri);
    const tagged = published.filter((d) => d.tags?.includes(DiagnosticTag.Unnecessary));
    assert.deepEqual(
      tagged.map((d) => d.code),
      ['footnote/unused'],
    );
    assert.deepEqual(
      published.filter((d) => d.code === 'footnote/unused'),
      tagged,
    );
    const status = await client.waitForStatus(uri, (s) => s.version === 1);
    assert.equal(status.schemaVersion, 'X0609');
    await client.close(uri);
  });

  it('publishes the engine findings for every example, XML and YAML', async () => {
    const names = readdirSync(join(root, 'examples')).filter((n) => /\.(xml|form4\.ya?ml)$/.test(n));
    assert.ok(names.some((n) => n.endsWith('.xml')) && names.some((n) => n.endsWith('.yaml')), names.join(', '));
    for (const name of names) {
      const text = readText(`examples/${name}`);
      const format = name.endsWith('.xml') ? 'xml' : 'yaml';
      const uri = `file:///work/examples/${name}`;
      await client.open(uri, format, text);
      assert.deepEqual(plain(await client.diagnosticsOfCurrentVersion(uri)), engineDiagnostics(text, format), name);
      assert.equal((await client.waitForStatus(uri)).checked, true);
      await client.close(uri);
    }
  });

  it('reports a wrong acquired/disposed code once, on the value, with code, link, related location and fix data', async () => {
    const uri = 'file:///work/wrong-direction.xml';
    // The third row is a sale (S), the second disposition in the file; mark it acquired (A).
    const cell = '<transactionAcquiredDisposedCode><value>';
    const edited = replaceIn(example, `${cell}D`, `${cell}A`, 2).text;
    const valueAt = offsetOf(example, `${cell}D`, 2) + cell.length;
    await client.open(uri, 'xml', edited);
    const published = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(plain(published), engineDiagnostics(edited, 'xml'));
    const direction = published.find((d) => d.code === 'code/direction');
    assert.ok(direction, `no code/direction diagnostic in ${JSON.stringify(plain(published))}`);
    assert.equal(rangeText(direction.range), rangeText(rangeOf(edited, valueAt, valueAt + 1)));
    assert.equal(direction.source, 'form4');
    // The rule's section of the published rules document, by its heading's anchor, whatever links the client sent.
    assert.equal(direction.codeDescription?.href, `${rulesDocument}#codedirection`);
    // One wrong code is one diagnostic: the balance it breaks (the amounts owned are right) is not reported again.
    assert.deepEqual(
      published.map((d) => d.code),
      ['code/direction'],
    );
    const codeAt = offsetOf(edited, 'S</transactionCode>');
    assert.deepEqual(
      direction.relatedInformation?.map((r) => [r.location.uri, rangeText(r.location.range)]),
      [[uri, rangeText(rangeOf(edited, codeAt, codeAt + 1))]],
    );
    assert.deepEqual(direction.data, { rule: 'code/direction', facts: { expected: 'D' } });
    await client.close(uri);
  });

  it('reports a syntax error at the offending token and recovers when it is fixed', async () => {
    const uri = 'file:///work/broken.xml';
    await client.open(uri, 'xml', example);
    await client.diagnosticsOfCurrentVersion(uri);
    const broken = replaceIn(example, '</issuerName>', '</issuerNam>');
    await client.change(uri, [broken.change]);
    const afterBreak = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(plain(afterBreak), engineDiagnostics(broken.text, 'xml'));
    assert.ok(afterBreak.some((d) => d.code === 'xml/syntax' && d.severity === 1));
    const fixed = replaceIn(broken.text, '</issuerNam>', '</issuerName>');
    await client.change(uri, [fixed.change]);
    assert.deepEqual(plain(await client.diagnosticsOfCurrentVersion(uri)), engineDiagnostics(example, 'xml'));
    await client.close(uri);
  });

  it('leaves XML that is not an ownership document alone, and YAML not named *.form4.yaml', async () => {
    const pom = 'file:///work/pom.xml';
    await client.open(pom, 'xml', '<project><modelVersion>4.0.0</modelVersion><broken></project>');
    const notes = 'file:///work/notes.yaml';
    await client.open(notes, 'yaml', 'documentType: 4\nissuer: [unclosed\n');
    // A Form 4 opened after them is validated; by then any diagnostics for the others would have been sent.
    const probe = 'file:///work/probe.xml';
    await client.open(probe, 'xml', example);
    await client.diagnosticsOfCurrentVersion(probe);
    assert.equal(client.diagnostics.get(pom), undefined);
    assert.equal(client.diagnostics.get(notes), undefined);
    assert.equal(client.statuses.get(pom), undefined);
    for (const uri of [pom, notes, probe]) await client.close(uri);
  });

  it('checks *.form4.yaml drafts by name, and files matched by form4.files.include', async () => {
    const draft = 'file:///work/draft.form4.yaml';
    const yaml = 'documentType: 4\nissuer: [unclosed\n';
    await client.open(draft, 'yaml', yaml);
    const draftDiagnostics = await client.diagnosticsOfCurrentVersion(draft);
    assert.deepEqual(plain(draftDiagnostics), engineDiagnostics(yaml, 'yaml'));
    assert.ok(draftDiagnostics.some((d) => d.code === 'yaml/syntax'));

    const custom = 'file:///work/filings/q3.yaml';
    await client.open(custom, 'yaml', yaml);
    await client.configure({ files: { include: ['filings/*.yaml'] } });
    assert.deepEqual(plain(await client.waitForDiagnostics(custom).then((p) => p.diagnostics)), engineDiagnostics(yaml, 'yaml'));
    await client.configure({});
    for (const uri of [draft, custom]) await client.close(uri);
  });

  it('applies settings live: a rule turned off, then checking turned off, then on again', async () => {
    const uri = 'file:///work/settings.xml';
    const edited = replaceIn(
      example,
      '<transactionAcquiredDisposedCode><value>D</value>',
      '<transactionAcquiredDisposedCode><value>A</value>',
      2,
    ).text;
    await client.open(uri, 'xml', edited);
    assert.ok((await client.diagnosticsOfCurrentVersion(uri)).some((d) => d.code === 'code/direction'));

    await client.configure({ rules: { 'code/direction': 'off' } });
    await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'code/direction'));

    await client.configure({ rules: { 'code/direction': 'hint' } });
    const hinted = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'code/direction' && d.severity === 4));
    assert.ok(hinted);

    await client.configure({ enable: false });
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.waitForStatus(uri, (s) => !s.checked);

    await client.configure({});
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'code/direction' && d.severity === 1));
    await client.close(uri);
  });

  it('checks an opened document at once, and an edit after a wait fitted to the check, the setting only its cap', async () => {
    const uri = 'file:///work/debounce.xml';
    // Generous margins: CI machines are shared and slow, the property is the order of magnitude. A check of this
    // filing takes milliseconds, so its wait is a few milliseconds, nowhere near the 3 s cap (the scheduler's unit
    // tests pin the cap itself on a fake clock).
    await client.configure({ validation: { debounce: 3000 } });
    const opened = Date.now();
    await client.open(uri, 'xml', example);
    await client.diagnosticsOfCurrentVersion(uri);
    assert.ok(Date.now() - opened < 2500, 'the open was checked without waiting for the debounce');
    const edited = replaceIn(example, '<value>Common Stock</value>', '<value>Common Stock, par value $0.01</value>');
    const changed = Date.now();
    await client.change(uri, [edited.change]);
    await client.diagnosticsOfCurrentVersion(uri);
    assert.ok(Date.now() - changed < 2000, `published after ${Date.now() - changed} ms, not after the 3 s cap`);
    await client.configure({});
    await client.close(uri);
  });

  it('reports a document over the size limit setting with one finding instead of reading it', async () => {
    const uri = 'file:///work/too-large.xml';
    await client.configure({ limits: { maxFileSize: 2000 } });
    await client.open(uri, 'xml', example);
    const published = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(
      published.map((d) => d.code),
      ['input/too-large'],
    );
    await client.configure({});
    await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'input/too-large'));
    await client.close(uri);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///work/closing.form4.yaml';
    await client.open(uri, 'yaml', 'documentType: 4\nissuer: [unclosed\n');
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  });
});
