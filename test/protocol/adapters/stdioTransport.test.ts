/**
 * The server's stdio transport (server/src/lsp/stdioTransport.ts, pendingRequests.ts), in-process over in-memory
 * streams: what reaches the connection, what is logged, and when the process would exit. The bundled server's
 * behaviour on the same inputs is pinned by test/protocol/resilience.test.ts.
 */
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { FramedMessageWriter } from '../../../server/src/lsp/framedWriter';
import { PendingRequests } from '../../../server/src/lsp/pendingRequests';
import { stdioTransport } from '../../../server/src/lsp/stdioTransport';

function frame(message: object | string): string {
  const body = typeof message === 'string' ? message : JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

function cancel(id: unknown): object {
  return { jsonrpc: '2.0', method: '$/cancelRequest', params: { id } };
}

/** Resolves once `holds()` is true, polled between events; rejects after five seconds. */
function until(holds: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  return new Promise((resolve, reject) => {
    const poll = () =>
      holds() ? resolve() : Date.now() > deadline ? reject(new Error(`timed out waiting for ${what}`)) : setImmediate(poll);
    poll();
  });
}

function started() {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const received: Message[] = [];
  const logged: string[] = [];
  const exits: number[] = [];
  const transport = stdioTransport({ input, output, log: (line) => logged.push(line), exit: (code) => exits.push(code) });
  transport.reader.listen((message) => received.push(message));
  const receivedCount = (count: number) => until(() => received.length >= count, `${count} messages`);
  const exited = () => until(() => exits.length > 0, 'an exit');
  return { input, transport, received, logged, exits, receivedCount, exited };
}

describe('the stdio transport', () => {
  it('lets no cancellation of an unknown or answered request reach the connection', async () => {
    const { input, transport, received, receivedCount } = started();
    for (let i = 0; i < 10_000; i++) input.write(frame(cancel(`never-asked-${i}`)));
    input.write(frame(cancel(null)));
    input.write(frame({ jsonrpc: '2.0', method: '$/cancelRequest' }));
    input.write(frame({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: {} }));
    input.write(frame(cancel(7)));
    await receivedCount(2);
    assert.deepEqual(
      received.map((m) => ('method' in m ? m.method : '?')),
      ['textDocument/hover', '$/cancelRequest'],
      'only the cancellation of the pending request 7 got through',
    );
    // Once answered, request 7 can no longer be cancelled: a late cancellation is dropped too.
    await transport.writer.write({ jsonrpc: '2.0', id: 7, result: null } as Message);
    input.write(frame(cancel(7)));
    input.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    await receivedCount(3);
    assert.equal((received[2] as unknown as { method: string }).method, 'initialized');
  });

  it('logs a body that is not JSON and reads on; a framing error is logged and exits with 1', async () => {
    const { input, received, logged, exits, receivedCount, exited } = started();
    input.write(frame('{"jsonrpc": '));
    input.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    await receivedCount(1);
    assert.deepEqual(exits, []);
    assert.match(logged.join('\n'), /^form4: ignored a message whose body is not JSON: /);
    input.write('Content-Type: text/plain\r\n\r\n');
    await exited();
    assert.deepEqual(exits, [1]);
    assert.match(
      logged[1],
      /^form4: the client's message stream is broken \(Header must provide a Content-Length property\. .*\); exiting/,
    );
    assert.equal(received.length, 1);
  });

  it('exits with 1 when the input ends before shutdown, and with 0 after it', async () => {
    const abrupt = started();
    abrupt.input.end();
    await abrupt.exited();
    assert.deepEqual(abrupt.exits, [1]);
    const orderly = started();
    orderly.input.write(frame({ jsonrpc: '2.0', id: 1, method: 'shutdown' }));
    await orderly.receivedCount(1);
    orderly.input.end();
    await orderly.exited();
    assert.deepEqual(orderly.exits, [0]);
  });
});

/** A stream that records each write it is given, and fails them all once `failing` is set. */
function recordingStream() {
  const writes: string[] = [];
  const state = { failing: false };
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      done(state.failing ? new Error('the pipe is gone') : null);
    },
  });
  stream.on('error', () => {});
  return { stream, writes, state };
}

describe('the framed writer', () => {
  it("frames each message by its byte length and sends one turn's messages in one write, in order", async () => {
    const { stream, writes } = recordingStream();
    const writer = new FramedMessageWriter(stream);
    const first = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///é.xml', diagnostics: [] } };
    const second = { jsonrpc: '2.0', method: 'form4/status', params: { uri: 'file:///é.xml', version: 2 } };
    await Promise.all([writer.write(first as Message), writer.write(second as Message)]);
    assert.equal(writes.length, 1, 'both messages left in one write');
    assert.equal(writes[0], frame(first) + frame(second));
    await writer.write({ jsonrpc: '2.0', id: 1, result: null } as Message);
    assert.equal(writes.length, 2, 'a message of a later turn is a write of its own');
    assert.equal(writes[1], frame({ jsonrpc: '2.0', id: 1, result: null }));
  });

  it('rejects every message of a failed write and reports each as an error', async () => {
    const { stream, state } = recordingStream();
    const writer = new FramedMessageWriter(stream);
    const errors: unknown[] = [];
    writer.onError(([error, message, count]) => errors.push([error.message, message?.jsonrpc, count]));
    state.failing = true;
    const results = await Promise.allSettled([
      writer.write({ jsonrpc: '2.0', method: 'a' } as Message),
      writer.write({ jsonrpc: '2.0', method: 'b' } as Message),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    assert.ok(
      errors.some((e) => JSON.stringify(e) === JSON.stringify(['the pipe is gone', '2.0', 2])),
      JSON.stringify(errors),
    );
  });

  it('rejects a message that cannot be encoded and still sends the others', async () => {
    const { stream, writes } = recordingStream();
    const writer = new FramedMessageWriter(stream);
    const circular: Record<string, unknown> = { jsonrpc: '2.0', method: 'x' };
    circular.params = circular;
    const sent = writer.write({ jsonrpc: '2.0', method: 'ok' } as Message);
    await assert.rejects(writer.write(circular as unknown as Message), /circular/i);
    await sent;
    assert.deepEqual(writes, [frame({ jsonrpc: '2.0', method: 'ok' })]);
  });
});

describe('PendingRequests', () => {
  it('holds only the requests not yet answered', () => {
    const pending = new PendingRequests();
    for (let i = 0; i < 1000; i++) {
      assert.equal(pending.admits({ jsonrpc: '2.0', id: i, method: 'textDocument/hover' } as Message), true);
      pending.sent({ jsonrpc: '2.0', id: i, result: null } as Message);
    }
    assert.equal(pending.size, 0);
    assert.equal(pending.admits(cancel(3) as Message), false);
  });
});
