/**
 * The `--stdio` transport, built here rather than by vscode-languageserver so that a broken stream is fatal. The
 * library's reader reports a framing error (a header without Content-Length, garbage, a body cut inside a
 * multi-byte character, which leaves its tail where the next header should be) to an `onError` nobody listens to,
 * then cannot find the next message again: the server would live on deaf and silent, and the client's restart policy
 * would never fire. Here a framing error is logged on standard error and the process exits with code 1, so the
 * client restarts it. A well-framed body that is not JSON leaves the stream in step: it is logged and skipped.
 */
import {
  StreamMessageReader,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { FramedMessageWriter } from './framedWriter';
import { PendingRequests } from './pendingRequests';

/** A body that arrived whole but is not JSON: the next message starts where it ends, so reading can go on. */
class UndecodableBody extends Error {}

const jsonBodies = {
  name: 'application/json',
  decode: (bytes: Uint8Array, options: { charset: BufferEncoding | 'utf-8' }): Promise<Message> => {
    try {
      return Promise.resolve(JSON.parse(Buffer.from(bytes).toString(options.charset as BufferEncoding)) as Message);
    } catch (error) {
      return Promise.reject(new UndecodableBody((error as Error).message));
    }
  },
};

class AdmittingReader extends StreamMessageReader {
  constructor(
    readable: NodeJS.ReadableStream,
    private readonly pending: PendingRequests,
  ) {
    super(readable, { contentTypeDecoder: jsonBodies });
  }

  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => {
      if (this.pending.admits(message)) callback(message);
    });
  }
}

class AnsweringWriter extends FramedMessageWriter {
  constructor(
    writable: NodeJS.WritableStream,
    private readonly pending: PendingRequests,
  ) {
    super(writable);
  }

  override write(message: Message): Promise<void> {
    this.pending.sent(message);
    return super.write(message);
  }
}

export interface StdioTransport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
}

export interface StdioStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** The log, standard error: the client shows it, and it needs no working connection. */
  log(line: string): void;
  exit(code: number): void;
}

export function stdioTransport(streams: StdioStreams): StdioTransport {
  const pending = new PendingRequests();
  const reader = new AdmittingReader(streams.input, pending);
  reader.onError((error) => {
    if (error instanceof UndecodableBody) {
      streams.log(`form4: ignored a message whose body is not JSON: ${error.message}`);
      return;
    }
    const reason = error.message.replace(/\s*\n\s*/g, ' ');
    streams.log(`form4: the client's message stream is broken (${reason}); exiting so the client can restart the server`);
    streams.exit(1);
  });
  // What the library does for a stdio stream it opens itself: the end of the input ends the server.
  reader.onClose(() => streams.exit(pending.shutdownRequested ? 0 : 1));
  return { reader, writer: new AnsweringWriter(streams.output, pending) };
}
