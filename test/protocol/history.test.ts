/**
 * The history in the editor, through the bundled server: the client hands over the workspace's filings, the open
 * document is checked against the owner's previous one (diagnostic, hover with the previous closing balance and a
 * link to its row, quick fix), an edit re-checks it without reading the workspace again, a changed file updates the
 * history, and `form4.history.enable: false` turns it all off.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { form4Xml } from '../helpers/form4';
import { april, march } from '../helpers/history';
import { TestClient } from './harness';

const marchUri = 'file:///work/filings/march.xml';
const aprilUri = 'file:///work/filings/april.xml';
const broken = form4Xml(april('9400'));

function historyFindings<T extends { code?: number | string }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => String(d.code).startsWith('history/'));
}

describe('the history in the editor', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { history: true } });
    client.historyFiles = { [marchUri]: form4Xml(march), [aprilUri]: broken, 'file:///work/filings/notes.xml': '<notes/>' };
  });
  after(async () => {
    await client.stop();
  });

  it('checks the open filing against the previous one in the workspace', async () => {
    await client.open(aprilUri, 'xml', broken);
    const published = await client.waitForDiagnostics(aprilUri, (p) => historyFindings(p.diagnostics).length > 0);
    const [finding] = historyFindings(published.diagnostics);
    assert.equal(finding!.code, 'history/opening-balance');
    assert.match(
      String(finding!.message),
      /^Table I row 1 \(Common Stock, direct\), column 5: starts from 9,900 .* march\.xml .* at 10,000/,
    );
    assert.deepEqual([...client.filesRead].sort(), [marchUri, aprilUri, 'file:///work/filings/notes.xml'].sort());
  });

  it('hovers the first row with the previous closing balance and a link to its row, and offers the fix', async () => {
    const diagnostics = historyFindings(await client.diagnosticsOfCurrentVersion(aprilUri));
    const range = diagnostics[0]!.range;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: aprilUri },
      position: range.start,
    })) as { contents: { value: string } };
    assert.match(
      hover.contents.value,
      /\*\*History\*\* of Common Stock \(direct\): the previous filing of Owner1 Pat, march\.xml .* closed it at \*\*10,000\*\*/,
    );
    assert.match(hover.contents.value, /\[Table I row 1\]\(file:\/\/\/work\/filings\/march\.xml#L\d+\)/);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: aprilUri },
      range,
      context: { diagnostics },
    })) as { title: string }[];
    assert.ok(
      actions.some((a) => a.title === 'Set the amount owned to 9,500 (continuing the 10,000 march.xml closed with)'),
      actions.map((a) => a.title).join('; '),
    );
  });

  it('shows the previous closing balance beside the first row in the preview', async () => {
    const { html } = (await client.connection.sendRequest('form4/render', { uri: aprilUri })) as { html: string };
    assert.match(html, /previous filing: 10,000/);
  });

  it('re-checks an edit against the history without reading the workspace again, and follows a changed file', async () => {
    const read = client.filesRead.length;
    await client.change(aprilUri, [{ text: form4Xml(april('9500')) }]);
    const fixed = await client.diagnosticsOfCurrentVersion(aprilUri);
    assert.deepEqual(historyFindings(fixed), []);
    assert.equal(client.filesRead.length, read);
    // March is corrected on disk to close at 10,100: April's 9,500 no longer continues it.
    const seen = client.publications.length;
    await client.connection.sendNotification('form4/historyFileChanged', {
      uri: marchUri,
      text: form4Xml(march).replace('>10000<', '>10100<'),
    });
    const after = await client.waitForDiagnostics(
      aprilUri,
      (p) => client.publications.indexOf(p) >= seen && historyFindings(p.diagnostics).length > 0,
    );
    assert.match(String(historyFindings(after.diagnostics)[0]!.message), /at 10,100 .*: 100 fewer/);
  });

  it('is off with form4.history.enable false', async () => {
    const seen = client.publications.length;
    await client.configure({ history: { enable: false } });
    const off = await client.waitForDiagnostics(aprilUri, (p) => client.publications.indexOf(p) >= seen);
    assert.deepEqual(historyFindings(off.diagnostics), []);
    await client.configure({});
  });

  it('reads at most 5,000 files of a big workspace and says so', async () => {
    const big = await TestClient.start({ initializationOptions: { history: true } });
    try {
      big.historyFiles = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`file:///big/${i}.xml`, '']));
      await big.open(aprilUri, 'xml', broken);
      await big.waitForDiagnostics(aprilUri);
      const shown = () => big.shownMessages.some((m) => m.includes('more than 5000 files'));
      for (let waited = 0; !shown() && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      assert.ok(shown(), big.shownMessages.join(' | '));
      for (let waited = 0; big.filesRead.length < 5000 && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(big.filesRead.length, 5000, 'the first 5,000 files are read, and no more');
    } finally {
      await big.stop();
    }
  });
});
