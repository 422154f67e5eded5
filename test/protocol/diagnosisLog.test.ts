/**
 * What the bundled server writes to the Form 4 output for a bug report: its version at start-up, each document's
 * form, format, schema version and settings once, not on every check.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, readText, root } from './harness';

const example = readText('examples/modern-exercise-and-sale.xml');
const uri = 'file:///work/diagnosis-log.xml';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('diagnosis log', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ settings: { rules: { 'date/deadline': 'off' } } });
    await client.open(uri, 'xml', example);
    await client.diagnosticsOfCurrentVersion(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('says the server version at start-up', () => {
    assert.ok(
      client.log.some((line) => line.startsWith(`Form 4 language server ${version} started (Node ${process.version.split('.')[0]}`)),
      client.log.join('\n'),
    );
  });

  it('describes a document once, with its schema version and the settings in force, however often it is checked', async () => {
    await client.change(uri, [{ text: `${example}\n` }]);
    await client.diagnosticsOfCurrentVersion(uri);
    const lines = client.log.filter((line) => line.startsWith('diagnosis-log.xml: '));
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^diagnosis-log\.xml: Form 4, EDGAR XML, schema X0609; settings in force: \{.*"date\/deadline":"off".*\}$/);
  });
});
