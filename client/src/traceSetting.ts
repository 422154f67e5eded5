/** `form4.trace.server` as the trace channel reads it, apart from VS Code's API so it can be tested on its own. */

/** Whether a `form4.trace.server` value asks for a trace: `messages` or `verbose` (anything else is off). */
export function tracesServer(setting: unknown): boolean {
  return setting === 'messages' || setting === 'verbose';
}
