/**
 * The server survives what a buggy or hostile client sends within well-formed frames (bodies that are not JSON,
 * non-JSON-RPC payloads, unknown methods, wrong parameters, changes for documents it never saw) and keeps answering;
 * a broken frame, after which no message can be found again, makes it log the error and exit so that the client
 * restarts it; and a server killed in the middle of an edit is replaced by a fresh one that gives the diagnostics back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, ShutdownRequest } from 'vscode-languageserver-protocol';
import { TestClient, readText } from './harness';
import { engineDiagnostics, offsetOf, plain, positionAt, replaceIn } from './support';

const example = readText('examples/modern-exercise-and-sale.xml');

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

async function stillAnswers(client: TestClient, uri: string): Promise<void> {
  const position = positionAt(example, offsetOf(example, 'issuerName') + 2);
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  assert.ok(hover, 'the server still answers a hover');
  const edited = replaceIn(example, 'Example Robotics, Inc.', 'Example Robotics, Incorporated');
  await client.change(uri, [edited.change]);
  assert.deepEqual(plain(await client.diagnosticsOfCurrentVersion(uri)), engineDiagnostics(edited.text, 'xml'));
  // Put the text back for the next check.
  await client.change(uri, [replaceIn(edited.text, 'Example Robotics, Incorporated', 'Example Robotics, Inc.').change]);
  await client.diagnosticsOfCurrentVersion(uri);
}

describe('malformed messages', () => {
  let client: TestClient;
  const uri = 'file:///work/resilience.xml';
  before(async () => {
    client = await TestClient.start();
    await client.open(uri, 'xml', example);
    await client.diagnosticsOfCurrentVersion(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('survives a body that is not JSON, and logs it', async () => {
    client.child.stdin.write(frame('{"jsonrpc": "2.0", "method": '));
    await stillAnswers(client, uri);
    assert.match(client.serverErrors, /^form4: ignored a message whose body is not JSON: /m);
  });

  it('survives JSON that is not a JSON-RPC message', async () => {
    client.child.stdin.write(frame('[1, 2, 3]'));
    client.child.stdin.write(frame('{"hello": "world"}'));
    client.child.stdin.write(frame('"just a string"'));
    await stillAnswers(client, uri);
  });

  it('answers an unknown request with an error and ignores an unknown notification', async () => {
    await assert.rejects(client.connection.sendRequest('form4/noSuchThing', {}), /Unhandled method|not found/i);
    await client.connection.sendNotification('form4/noSuchNotification', { x: 1 });
    await stillAnswers(client, uri);
  });

  it('answers requests with missing or wrong parameters without crashing', async () => {
    const answers = await Promise.allSettled([
      client.connection.sendRequest('textDocument/hover', null),
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: -5 } }),
      client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1e9, character: 1e9 } }),
      client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri } }),
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///never-opened.xml' } }),
      client.connection.sendRequest('form4/convert', { uri: 42, to: 'nonsense' }),
      client.connection.sendRequest('form4/render', {}),
    ]);
    assert.equal(answers.length, 7);
    // The handlers' failures were caught and logged, not thrown into the connection.
    assert.ok(
      client.log.some((line) => /^codeAction failed: TypeError/.test(line)),
      client.log.join('\n'),
    );
    await stillAnswers(client, uri);
  });

  it('survives notifications with bad content: unknown documents, missing versions, out-of-range edits', async () => {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never-opened.xml', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///odd.xml', languageId: 'xml', version: 1, text: 42 },
    });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: {} });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { form4: 'not an object' } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', null);
    await stillAnswers(client, uri);
    // An edit past the end of the text is clamped to it, as LSP says; the document stays consistent.
    const end = { line: 10_000, character: 0 };
    const version = await client.change(uri, [{ range: { start: end, end }, text: '<!-- appended -->' }]);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.deepEqual(plain(published.diagnostics), engineDiagnostics(`${example}<!-- appended -->`, 'xml'));
  });
});

describe('a broken frame', () => {
  const didChange = JSON.stringify({ jsonrpc: '2.0', method: 'form4/noSuchNotification', params: { text: 'Müller €' } });
  const cases: Record<string, string> = {
    'a header without Content-Length': `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${didChange}`,
    'garbage instead of a header': 'this is not a header at all\r\n\r\n',
    'a Content-Length that is no number': 'Content-Length: many\r\n\r\n',
    // Content-Length counted in characters, not bytes: the body is cut inside "€", and its tail runs into the next header.
    'a body cut inside a multi-byte character': `Content-Length: ${didChange.length}\r\n\r\n${didChange}`,
  };
  for (const [what, bytes] of Object.entries(cases)) {
    it(`${what}: the server logs it on standard error and exits with a non-zero code`, { timeout: 20_000 }, async () => {
      const client = await TestClient.start();
      try {
        const uri = 'file:///work/framing.xml';
        await client.open(uri, 'xml', example);
        await client.diagnosticsOfCurrentVersion(uri);
        client.child.stdin.write(bytes);
        // A well-formed message after the broken one, as an editor would go on sending.
        client.child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'form4/noSuchNotification', params: {} })));
        const code = await client.exited;
        assert.notEqual(code, 0);
        assert.notEqual(code, null, 'it exits by itself, not by a signal');
        assert.match(
          client.serverErrors,
          /^form4: the client's message stream is broken \(.+\); exiting so the client can restart the server$/m,
        );
      } finally {
        await client.stop();
      }
    });
  }

  it('a stream that simply ends before shutdown ends the server with a non-zero code, after shutdown with 0', async () => {
    const abrupt = await TestClient.start();
    abrupt.child.stdin.end();
    assert.equal(await abrupt.exited, 1);
    await abrupt.stop();
    const orderly = await TestClient.start();
    await orderly.connection.sendRequest(ShutdownRequest.type);
    orderly.child.stdin.end();
    assert.equal(await orderly.exited, 0);
    await orderly.stop();
  });
});

describe('a server killed mid-edit', () => {
  it('is replaced by a fresh server that publishes the diagnostics of the text as the editor has it', async () => {
    const uri = 'file:///work/killed.xml';
    const first = await TestClient.start();
    await first.open(uri, 'xml', example);
    await first.diagnosticsOfCurrentVersion(uri);
    // Start an edit burst and kill the server in the middle of it.
    let text = example;
    for (let i = 0; i < 40; i++) {
      const edit = replaceIn(text, 'Officer', `Officer${i % 10}`);
      text = edit.text;
      void first.change(uri, [edit.change]).catch(() => undefined);
      if (i === 20) first.child.kill('SIGKILL');
    }
    const code = await first.exited;
    assert.notEqual(code, 0);
    await first.stop();

    // What VS Code does on a restart: a new server, the open documents sent again as they are in the editor.
    const second = await TestClient.start();
    try {
      await second.open(uri, 'xml', text);
      assert.deepEqual(plain(await second.diagnosticsOfCurrentVersion(uri)), engineDiagnostics(text, 'xml'));
    } finally {
      await second.stop();
    }
  });
});
