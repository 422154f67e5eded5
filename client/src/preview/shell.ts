/**
 * The webview page around the form: a strict Content-Security-Policy with a fresh nonce per load, the theme
 * stylesheet and the bundled script from the extension's media/ folder, nothing else. The form itself arrives later
 * by message, so no document content is ever written into this page. Free of a runtime `vscode` import, so the
 * browser test loads exactly this page.
 */

/** 128 random bits, base64: unguessable, and only characters a CSP nonce allows. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Only the extension's own stylesheet and its one nonce'd script; no inline code, no fetches, no forms. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface ShellResources {
  /** The webview's `cspSource` (the origin its local resources are served from). */
  readonly cspSource: string;
  /** Webview URIs of media/preview.css and media/preview.js. */
  readonly styleUri: string;
  readonly scriptUri: string;
  readonly nonce: string;
}

export function shellHtml(r: ShellResources): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(r.cspSource, r.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attribute(r.styleUri)}">
<title>Form 4 Preview</title>
</head>
<body>
<div id="f4-toolbar" class="f4-toolbar"><button id="f4-fit-toggle" class="f4-toolbar-button" type="button" aria-pressed="false" title="Scale the whole form to the panel's width instead of fitting its layout to it">Fit width</button></div>
<main id="form4-root" class="f4-root"><p class="f4-notice">Rendering the form…</p></main>
<script nonce="${attribute(r.nonce)}" src="${attribute(r.scriptUri)}"></script>
</body>
</html>`;
}
