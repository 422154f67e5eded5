/**
 * The request the preview sends to the language server for a rendered form. The server owns the engine (reader,
 * checks, renderer), so the client bundle carries none of it: it asks for the body and shows it. Method name and
 * types only, no runtime dependency, so the server imports this file as it is (as it does server/src/lsp/protocol.ts).
 *
 * The server answers `form4/render` for an open document with the webview body fragment
 * (`render(analyzed, { findings: check(analyzed), standalone: false })`, owner CCC hidden); `html: null` when the
 * document is not an ownership document or could not be read, optionally with a `message` saying why.
 */

/** Client -> server: the preview's body for a document. */
export const renderRequest = 'form4/render';

export interface RenderParams {
  /** The document's URI, as the client sent it in `didOpen`. */
  readonly uri: string;
}

export interface RenderResult {
  /** The form's body fragment, every filing value escaped and tagged with `data-start`/`data-end`; null when none. */
  readonly html: string | null;
  /** Why there is no form (not a Form 4, nothing readable), as plain text; optional. */
  readonly message?: string;
}
