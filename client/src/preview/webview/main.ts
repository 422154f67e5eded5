/**
 * The preview webview's script (bundled to media/preview.js). It shows the rendered form it is sent, patching only
 * what changed since the last rendering (patch.ts), so the scroll position, the layout of unchanged parts and the
 * browser's work stay put; highlights the value under the source cursor; reports clicks on values so the extension
 * can select them in the source; keeps its scroll in step with the source editor's, as Markdown's preview does; and
 * scales the form to the panel on "Fit width". It never builds HTML from strings of its own: the form arrives
 * escaped by the renderer, and the page's CSP forbids inline script and handlers anyway.
 */
import type { FromWebview, PreviewState, ToWebview } from '../messages';
import { patchChildren } from './patch';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
  getState(): PreviewState | undefined;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const activeClass = 'f4-active';
let highlightOffset: number | undefined;
let state: PreviewState | undefined = vscode.getState();
let fitWidth = state?.fitWidth === true;
/** Until then, a scroll event is the echo of one the editor asked for, not the user's: it is not sent back. */
let quietUntil = 0;

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

/** Updates the form in place, changing only what the new rendering changed. */
function showForm(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  patchChildren(root(), parsed.body);
  highlight(highlightOffset, false);
  fit();
}

function showNotice(text: string): void {
  const p = document.createElement('p');
  p.className = 'f4-notice';
  p.textContent = text;
  root().replaceChildren(p);
}

/** The shown value that comes from the source nearest before `offset` (the first one when none does). */
function valueFrom(offset: number): Element | undefined {
  let best: Element | undefined;
  let bestStart = Number.NEGATIVE_INFINITY;
  let first: Element | undefined;
  for (const el of Array.from(root().querySelectorAll('[data-start]'))) {
    const range = sourceRange(el);
    if (!range) continue;
    first ??= el;
    if (range.start <= offset && range.start > bestStart) {
      best = el;
      bestStart = range.start;
    }
  }
  return best ?? first;
}

/** The source editor's top line moved to `offset`: scroll the value from there to the top of the preview. */
function scrollToSource(offset: number): void {
  const el = valueFrom(offset);
  if (!el) return;
  const top = el.getBoundingClientRect().top + window.scrollY - toolbarHeight();
  if (Math.abs(top - window.scrollY) < 2) return;
  quietUntil = performance.now() + 200;
  window.scrollTo({ top: Math.max(0, top) });
}

function toolbarHeight(): number {
  return document.getElementById('f4-toolbar')?.getBoundingClientRect().height ?? 0;
}

/** The value at the top of the preview: the first whose box reaches below the toolbar. */
function topValue(): Element | undefined {
  const below = toolbarHeight();
  for (const el of Array.from(root().querySelectorAll('[data-start]'))) if (el.getBoundingClientRect().bottom > below) return el;
  return undefined;
}

let scrollFrame = 0;
window.addEventListener(
  'scroll',
  () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      if (performance.now() < quietUntil) return;
      const range = (() => {
        const el = topValue();
        return el ? sourceRange(el) : undefined;
      })();
      if (range) vscode.postMessage({ type: 'scrolled', offset: range.start });
    });
  },
  { passive: true },
);

/** On "Fit width", the form keeps its full layout and is scaled to the panel; off, it is laid out to the panel. */
function fit(): void {
  document.body.classList.toggle('f4-fit', fitWidth);
  const button = document.getElementById('f4-fit-toggle');
  button?.setAttribute('aria-pressed', String(fitWidth));
  const container = root();
  container.style.zoom = '';
  if (!fitWidth) return;
  const form = container.querySelector('.f4-form');
  const natural = form?.scrollWidth ?? 0;
  const available = container.clientWidth;
  if (natural > available && natural > 0) container.style.zoom = String(Math.max(0.3, available / natural));
}

function remember(next: PreviewState): void {
  state = { ...next, fitWidth };
  vscode.setState(state);
}

document.getElementById('f4-fit-toggle')?.addEventListener('click', () => {
  fitWidth = !fitWidth;
  if (state) remember(state);
  fit();
});
new ResizeObserver(() => fit()).observe(document.documentElement);

function isMessage(data: unknown): data is ToWebview {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'render':
      return typeof m.html === 'string' && typeof m.state === 'object' && m.state !== null;
    case 'notice':
      return typeof m.text === 'string' && typeof m.state === 'object' && m.state !== null;
    case 'highlight':
    case 'scroll':
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
      remember(message.state);
      showForm(message.html);
      break;
    case 'notice':
      remember(message.state);
      showNotice(message.text);
      break;
    case 'highlight':
      highlightOffset = message.offset;
      highlight(message.offset, true);
      break;
    case 'scroll':
      scrollToSource(message.offset);
      break;
  }
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-start]') : null;
  const range = target ? sourceRange(target) : undefined;
  if (range) vscode.postMessage({ type: 'reveal', start: range.start, end: range.end });
});

fit();
vscode.postMessage({ type: 'ready' });
