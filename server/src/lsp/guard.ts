/**
 * A handler that throws must not take the server down or leave the client waiting: the error is logged with the
 * handler's name and the request gets a neutral answer (no hover, no completion) or, for our own requests, an
 * error response the client can show.
 */
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export type Logger = (message: string) => void;

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Wraps a request handler: a throw is logged and answered with `fallback`. */
export function withFallback<P, R>(
  name: string,
  log: Logger,
  fallback: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      log(`${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}

/** Wraps a request handler: a throw is logged and answered with an error response carrying the message. */
export function withErrorResponse<P, R>(
  name: string,
  log: Logger,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      log(`${name} failed: ${describeError(error)}`);
      const message = error instanceof Error ? error.message : String(error);
      return new ResponseError<void>(ErrorCodes.InternalError, `${name} failed: ${message}`);
    }
  };
}

/** Wraps a notification or event handler: a throw is logged. */
export function logged<A extends unknown[]>(
  name: string,
  log: Logger,
  handler: (...args: A) => void | Promise<void>,
): (...args: A) => void {
  return (...args) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error: unknown) => log(`${name} failed: ${describeError(error)}`));
    } catch (error) {
      log(`${name} failed: ${describeError(error)}`);
    }
  };
}
