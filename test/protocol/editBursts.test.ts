/**
 * Bursts of incremental edits: whatever arrives, and however fast, the last diagnostics the server publishes are for
 * the last version and equal the engine's findings for the final text; stale versions are never published after a
 * newer one, and debouncing keeps the number of publications far below the number of edits.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { isOwnershipXml } from '../../server/src/engine/index';
import { TestClient, readText } from './harness';
import { engineDiagnostics, offsetOf, plain } from './support';

const example = readText('examples/modern-exercise-and-sale.xml');

/** A small deterministic generator (mulberry32), so a failing burst can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const typed = ['a', 'Z', '7', ' ', '\n', '<', '>', '/', '"', '&', 'é', '😀', '\r\n', '\t'];

/**
 * `count` random edits inside the document body (after the root's start tag, so it stays a Form 4 document):
 * typing a character, deleting a few, or replacing a short stretch; each as the LSP change and applied locally.
 */
function burst(text: string, count: number, seed: number): { changes: TextDocumentContentChangeEvent[]; final: string } {
  const next = random(seed);
  let doc = TextDocument.create('memory:burst', 'xml', 0, text);
  const bodyStart = offsetOf(text, '<ownershipDocument>') + '<ownershipDocument>'.length;
  const changes: TextDocumentContentChangeEvent[] = [];
  for (let i = 0; i < count; i++) {
    const current = doc.getText();
    const start = bodyStart + Math.floor(next() * (current.length - bodyStart));
    const kind = next();
    const length = kind < 0.5 ? 0 : Math.min(current.length - start, 1 + Math.floor(next() * 5));
    const insert = kind < 0.8 ? typed[Math.floor(next() * typed.length)] : '';
    const range = { start: doc.positionAt(start), end: doc.positionAt(start + length) };
    const change = { range, text: insert };
    changes.push(change);
    doc = TextDocument.update(doc, [change], doc.version + 1);
  }
  return { changes, final: doc.getText() };
}

describe('edit bursts', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function runBurst(uri: string, count: number, seed: number, changesPerMessage: number): Promise<void> {
    await client.open(uri, 'xml', example);
    await client.diagnosticsOfCurrentVersion(uri);
    const { changes, final } = burst(example, count, seed);
    const before = client.publications.length;
    // Sent back to back without waiting for anything, as a fast typist's editor does.
    const sends: Promise<number>[] = [];
    for (let i = 0; i < changes.length; i += changesPerMessage) sends.push(client.change(uri, changes.slice(i, i + changesPerMessage)));
    const finalVersion = (await Promise.all(sends)).at(-1)!;
    const last = await client.waitForDiagnostics(uri, (p) => p.version === finalVersion, 20_000);
    // The edits never touch the root's start tag, so the text is still checked as a Form 4; and that many random
    // edits always break something, so the comparison is not between two empty lists.
    assert.ok(isOwnershipXml(final));
    const expected = engineDiagnostics(final, 'xml');
    assert.ok(expected.length > 0);
    assert.deepEqual(plain(last.diagnostics), expected, `seed ${seed}`);
    // Give a straggler time to show up: none may come for an older version after the final one.
    await new Promise((r) => setTimeout(r, 400));
    const during = client.publications.slice(before).filter((p) => p.uri === uri);
    const versions = during.map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'versions published in order',
    );
    assert.equal(versions.at(-1), finalVersion, 'the last publication is for the final version');
    assert.ok(
      during.length <= Math.max(5, Math.ceil(sends.length / 10)),
      `debounced: ${during.length} publications for ${sends.length} changes`,
    );
    await client.close(uri);
  }

  it('200 incremental changes end with the diagnostics of the final text', async () => {
    await runBurst('file:///work/burst-200.xml', 200, 200, 1);
  });

  it('1,000 rapid edits (some messages carrying several changes) end with the diagnostics of the final text', async () => {
    await runBurst('file:///work/burst-1000.xml', 1000, 1000, 3);
  });

  it('several seeds of 200 edits each', async () => {
    for (const seed of [1, 2, 3]) await runBurst(`file:///work/burst-seed-${seed}.xml`, 200, seed, 1);
  });
});
