/**
 * `.form4rc.json` in the editor, through the bundled server: the client hands over the nearest file's text
 * (`form4/projectConfig`), the server applies it as the command line does, the editor's `form4.rules` goes on top,
 * a changed file is read again, and a file the schema rejects is not applied and is reported with its JSON pointer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, readText } from './harness';

const seed = readText('examples/seed-8x8-hecker-2003.xml');
const uri = 'file:///work/filings/seed.xml';
const configFile = '/work/.form4rc.json';

function countOf(diagnostics: readonly { code?: number | string }[], code: string): number {
  return diagnostics.filter((d) => d.code === code).length;
}

describe('.form4rc.json in the editor', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { projectConfig: true } });
    client.projectConfig = () => ({ uri: configFile, text: JSON.stringify({ rules: { 'holdings/repeated-amount': 'off' } }) });
  });
  after(async () => {
    await client.stop();
  });

  it('turns a rule off for the documents under it', async () => {
    await client.open(uri, 'xml', seed);
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(client.projectConfigAsked, [uri]);
    assert.equal(countOf(diagnostics, 'holdings/repeated-amount'), 0);
    assert.equal(countOf(diagnostics, 'date/deadline'), 3);
  });

  it('takes form4.rules on top of it', async () => {
    const seen = client.publications.length;
    await client.configure({ rules: { 'holdings/repeated-amount': 'warning' } });
    const published = await client.waitForDiagnostics(uri, (p) => client.publications.indexOf(p) >= seen);
    // One finding, published with its six other cells marked (information of the same rule).
    const repeated = published.diagnostics.filter((d) => d.code === 'holdings/repeated-amount');
    assert.equal(repeated.length, 7);
    assert.deepEqual(
      repeated.filter((d) => d.severity !== 3).map((d) => d.severity),
      [2],
    );
    await client.configure({});
  });

  it('reads a changed file again when told, and reports a rejected one by its JSON pointer instead of applying it', async () => {
    await client.waitForDiagnostics(uri, (p) => countOf(p.diagnostics, 'holdings/repeated-amount') === 0);
    client.projectConfig = () => ({
      uri: configFile,
      text: JSON.stringify({ rules: { 'holdings/repeated-amount': 'of', 'date/deadline': 'off' } }),
    });
    await client.connection.sendNotification('form4/projectConfigChanged');
    const published = await client.waitForDiagnostics(uri, (p) => countOf(p.diagnostics, 'holdings/repeated-amount') === 7);
    // Not applied at all: date/deadline is not turned off either.
    assert.equal(countOf(published.diagnostics, 'date/deadline'), 3);
    assert.deepEqual(
      client.shownMessages.filter((m) => m.includes('.form4rc.json')),
      [
        `Form 4: ${configFile} is not applied: /rules/holdings~1repeated-amount: must be one of off, hint, information, warning, error, info`,
      ],
    );
  });

  it('is never asked for by a server whose client did not offer it', async () => {
    const plain = await TestClient.start();
    try {
      plain.projectConfig = () => ({ uri: configFile, text: JSON.stringify({ rules: { 'holdings/repeated-amount': 'off' } }) });
      await plain.open(uri, 'xml', seed);
      const diagnostics = await plain.diagnosticsOfCurrentVersion(uri);
      assert.equal(countOf(diagnostics, 'holdings/repeated-amount'), 7);
      assert.deepEqual(plain.projectConfigAsked, []);
    } finally {
      await plain.stop();
    }
  });
});

describe('a .form4rc.json above the workspace', () => {
  const above = '/repo/.form4rc.json';
  let client: TestClient;
  let rules: Record<string, string> = { 'holdings/repeated-amount': 'off' };
  before(async () => {
    client = await TestClient.start({ initializationOptions: { projectConfig: true }, watchFiles: true });
    client.projectConfig = () => ({ uri: above, text: JSON.stringify({ rules }) });
  });
  after(async () => {
    await client.stop();
  });

  it('is watched by the server (the client watches only the workspace), once however many documents it applies to', async () => {
    await client.open(uri, 'xml', seed);
    assert.equal(countOf(await client.diagnosticsOfCurrentVersion(uri), 'holdings/repeated-amount'), 0);
    const other = 'file:///repo/sub/other.xml';
    await client.open(other, 'xml', seed);
    await client.diagnosticsOfCurrentVersion(other);
    assert.deepEqual(client.registrations, [
      {
        id: client.registrations[0]?.id,
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: { watchers: [{ globPattern: { baseUri: 'file:///repo', pattern: '.form4rc.json' }, kind: 7 }] },
      },
    ]);
  });

  it('and a change to it re-checks the open documents', async () => {
    rules = { 'date/deadline': 'off' };
    const seen = client.publications.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: 'file:///repo/.form4rc.json', type: 2 }],
    });
    const published = await client.waitForDiagnostics(
      uri,
      (p) => client.publications.indexOf(p) >= seen && countOf(p.diagnostics, 'holdings/repeated-amount') === 7,
    );
    assert.equal(countOf(published.diagnostics, 'date/deadline'), 0);
  });
});
