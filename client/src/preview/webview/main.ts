/**
 * The preview webview's script (bundled to media/preview.js). It shows the rendered form it is sent, keeps the
 * scroll position by replacing only the form's content, highlights the value under the source cursor, and reports
 * clicks on values so the extension can select them in the source. It never builds HTML from strings of its own:
 * the form arrives escaped by the renderer, and the page's CSP forbids inline script and handlers anyway.
 */
import type { FromWebview, PreviewState, ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const activeClass = 'f4-active';
let highlightOffset: number | undefined;

function root(): HTMLElement {
  const el = document.getElementById('form4-root');
  if (!el) throw new Error('the preview page has no #form4-root');
  return el;
}

function sourceRange(el: Element): { start: number; end: number } | undefined {
  const start = Number(el.getAttribute('data-start'));
  const end = Number(el.getAttribute('data-end'));
  return Number.isInteger(start) && Number.isInteger(end) && start <= end ? { start, end } : undefined;
}

/** The innermost shown value whose source range holds the offset (a footnote mark before its cell). */
function valueAt(offset: number): Element | undefined {
  let best: Element | undefined;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const el of Array.from(root().querySelectorAll('[data-start]'))) {
    const range = sourceRange(el);
    if (!range || offset < range.start || offset > range.end) continue;
    const length = range.end - range.start;
    // Descendants come after their ancestors in document order, so `<=` prefers the inner one on a tie.
    if (length <= bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

function isInView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
}

function highlight(offset: number | undefined, scroll: boolean): void {
  for (const el of Array.from(root().querySelectorAll(`.${activeClass}`))) el.classList.remove(activeClass);
  if (offset === undefined) return;
  const el = valueAt(offset);
  if (!el) return;
  el.classList.add(activeClass);
  if (scroll && !isInView(el)) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Replaces the form in place: the document (and so its scroll position) stays. */
function showForm(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  root().replaceChildren(...Array.from(parsed.body.childNodes));
  highlight(highlightOffset, false);
}

function showNotice(text: string): void {
  const p = document.createElement('p');
  p.className = 'f4-notice';
  p.textContent = text;
  root().replaceChildren(p);
}

function isMessage(data: unknown): data is ToWebview {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'render':
      return typeof m.html === 'string' && typeof m.state === 'object' && m.state !== null;
    case 'notice':
      return typeof m.text === 'string' && typeof m.state === 'object' && m.state !== null;
    case 'highlight':
      return typeof m.offset === 'number';
    default:
      return false;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message: unknown = event.data;
  if (!isMessage(message)) return;
  switch (message.type) {
    case 'render':
      vscode.setState(message.state);
      showForm(message.html);
      break;
    case 'notice':
      vscode.setState(message.state);
      showNotice(message.text);
      break;
    case 'highlight':
      highlightOffset = message.offset;
      highlight(message.offset, true);
      break;
  }
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-start]') : null;
  const range = target ? sourceRange(target) : undefined;
  if (range) vscode.postMessage({ type: 'reveal', start: range.start, end: range.end });
});

vscode.postMessage({ type: 'ready' });
