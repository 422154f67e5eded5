/**
 * The client's requests that have not been answered yet, to let through only the cancellations that can still cancel
 * something. vscode-jsonrpc remembers the id of a cancellation it cannot match (for a request that may come later)
 * and queues the notification itself; one for an id that was answered long ago, or never asked, is held in memory
 * to no purpose until the queue reaches it. Dropped here, before the connection sees it, a flood of them costs
 * nothing, and a malformed one (no `params`, which the connection would throw on) never gets in.
 */
import { Message } from 'vscode-languageserver/node';

type RequestId = number | string;

const cancelMethod = '$/cancelRequest';

function isRequestId(value: unknown): value is RequestId {
  return typeof value === 'number' || typeof value === 'string';
}

export class PendingRequests {
  private readonly ids = new Set<RequestId>();
  private shutdown = false;

  /** An incoming message: requests are remembered; a cancellation passes only for a request still pending. */
  admits(message: Message): boolean {
    if (Message.isRequest(message)) {
      if (isRequestId(message.id)) this.ids.add(message.id);
      if (message.method === 'shutdown') this.shutdown = true;
      return true;
    }
    if (Message.isNotification(message) && message.method === cancelMethod) {
      const id: unknown = (message.params as { id?: unknown } | null | undefined)?.id;
      return isRequestId(id) && this.ids.has(id);
    }
    return true;
  }

  /** An outgoing message: a response ends its request. */
  sent(message: Message): void {
    if (Message.isResponse(message) && isRequestId(message.id)) this.ids.delete(message.id);
  }

  /** How many requests are waiting for their answer (what the cancellations are matched against). */
  get size(): number {
    return this.ids.size;
  }

  /** Whether the client asked the server to shut down, which makes the end of its input an orderly exit. */
  get shutdownRequested(): boolean {
    return this.shutdown;
  }
}
