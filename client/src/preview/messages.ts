/**
 * Messages between the preview panel (extension side) and its webview script. Types only, so the webview bundle
 * shares them without pulling in anything else.
 */

/** What the webview keeps across reloads (VS Code hands it back to the panel serializer). */
export interface PreviewState {
  /** The previewed document's URI. */
  readonly resource: string;
  /** A locked preview stays on its document; an unlocked one follows the active editor. */
  readonly locked: boolean;
  /** The form scaled to the panel's width (the "Fit width" toggle) rather than laid out to it; the webview keeps it. */
  readonly fitWidth?: boolean;
}

export type ToWebview =
  /** A new rendering of the form (escaped HTML from the renderer). */
  | { readonly type: 'render'; readonly html: string; readonly state: PreviewState }
  /** No form to show: a plain-text explanation instead. */
  | { readonly type: 'notice'; readonly text: string; readonly state: PreviewState }
  /** The source cursor moved: highlight the value at this UTF-16 offset. */
  | { readonly type: 'highlight'; readonly offset: number }
  /** The source editor scrolled: its top line starts at this offset; bring the value shown for it to the top. */
  | { readonly type: 'scroll'; readonly offset: number };

export type FromWebview =
  /** The script is running and listening (sent on every load of the webview). */
  | { readonly type: 'ready' }
  /** A value was clicked: select its source range `[start, end)`. */
  | { readonly type: 'reveal'; readonly start: number; readonly end: number }
  /** The preview scrolled by the user: the value now at its top comes from this source offset. */
  | { readonly type: 'scrolled'; readonly offset: number };

export const previewViewType = 'form4.preview';
