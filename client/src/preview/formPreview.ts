/**
 * One preview panel: shows one document's rendered form, re-renders while it is edited (paced by {@link Throttle}),
 * highlights the value under the source cursor and selects a clicked value in the source. The form comes from the
 * language server (`deps.renderBody`); this class only moves it between VS Code and the webview.
 */
import * as vscode from 'vscode';
import type { FromWebview, PreviewState, ToWebview } from './messages';
import type { RenderResult, StatusParams } from '../../../server/src/shared/protocol';
import { newNonce, shellHtml } from './shell';
import { Throttle } from './throttle';

/** What the panel shows: a form or a notice (the highlight is sent on its own). */
type FormMessage = Extract<ToWebview, { state: PreviewState }>;

/** At most one render per this many milliseconds while typing. */
export const renderIntervalMs = 300;

export interface PreviewDeps {
  /**
   * The rendered body for a document. Wire it to the server: `(doc, token) => client.sendRequest<RenderResult>(
   * renderRequest, { uri: doc.uri.toString() }, token)`; the token is cancelled when the render has gone stale (the
   * document changed, or the panel shows another one), which the client sends on as an LSP cancellation.
   */
  renderBody(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<RenderResult>;
  /** True for documents the extension checks as Form 4 (XML filings, YAML drafts): the ones a preview follows. */
  isForm4Document(document: vscode.TextDocument): boolean;
  /**
   * Fires when the server has checked a version of a document (or stopped checking it): the status notification.
   * A document's first status can come after its editor became active, so the preview asks again then; and each
   * status is one analysis, which the preview renders once.
   */
  readonly onDidCheck: vscode.Event<StatusParams>;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

function isFromWebview(data: unknown): data is FromWebview {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'ready') return true;
  if (m.type === 'scrolled') return Number.isInteger(m.offset) && (m.offset as number) >= 0;
  return m.type === 'reveal' && Number.isInteger(m.start) && Number.isInteger(m.end) && (m.start as number) <= (m.end as number);
}

export class FormPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly throttle: Throttle;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private ready = false;
  private lastMessage: FormMessage | undefined;
  private lastHighlight: number | undefined;
  /** Numbers the render requests, so an answer that arrives after a newer one is dropped. */
  private renderSeq = 0;
  private disposed = false;
  /** The editor column the source was last seen in, to reveal it there. */
  private sourceColumn: vscode.ViewColumn | undefined;
  /** Until then, the source editor's scrolling is the echo of the preview's: not sent back. */
  private editorQuietUntil = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
    private lockedFlag: boolean,
    private readonly extensionUri: vscode.Uri,
    private readonly deps: PreviewDeps,
  ) {
    this.throttle = new Throttle(renderIntervalMs, (signal) => this.render(signal));
    panel.webview.options = webviewOptions(extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
    );
    this.load();
    this.updateTitle();
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedFlag;
  }

  isPreviewOf(uri: vscode.Uri): boolean {
    return this.resourceUri.toString() === uri.toString();
  }

  /** Shows another document in this panel (an unlocked preview following the active editor). */
  retarget(uri: vscode.Uri): void {
    if (this.isPreviewOf(uri)) return;
    this.resourceUri = uri;
    this.lastHighlight = undefined;
    this.updateTitle();
    this.throttle.runNow();
  }

  setLocked(locked: boolean): void {
    this.lockedFlag = locked;
    this.updateTitle();
    if (this.lastMessage) this.post({ ...this.lastMessage, state: this.state() });
  }

  /**
   * The source changed: a render in flight is stale and is cancelled. A checked document renders again when the
   * server has checked the new version ({@link checked}), off the typing path and once per analysis; one the server
   * does not check (checking turned off) renders again paced, as it is typed.
   */
  edited(checkedByServer: boolean): void {
    if (checkedByServer) this.throttle.abort();
    else this.throttle.supersede();
  }

  /** The server has checked a version of the document (its findings are in): render it, paced, after the one in flight. */
  checked(): void {
    this.throttle.schedule();
  }

  /** Reloads the page and renders the form again (the Refresh command). */
  refresh(): void {
    this.load();
  }

  /** Opens the previewed document in an editor (the Show Source command), beside the preview or where it last was. */
  async showSource(): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.resourceUri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? this.sourceColumn ?? vscode.ViewColumn.One });
  }

  rememberSourceColumn(column: vscode.ViewColumn | undefined): void {
    if (column !== undefined) this.sourceColumn = column;
  }

  /**
   * The source editor scrolled, its top line starting at `offset`: the preview scrolls along, unless the editor only
   * followed the preview's own scroll a moment ago (the echo would fight the user's scrolling).
   */
  editorScrolled(offset: number): void {
    if (Date.now() < this.editorQuietUntil || !this.ready) return;
    void this.panel.webview.postMessage({ type: 'scroll', offset } satisfies ToWebview);
  }

  /** The source cursor moved to this offset. */
  highlight(offset: number): void {
    this.lastHighlight = offset;
    if (this.ready) void this.panel.webview.postMessage({ type: 'highlight', offset } satisfies ToWebview);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.throttle.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private state(): PreviewState {
    return { resource: this.resourceUri.toString(), locked: this.lockedFlag };
  }

  /** (Re)loads the page with a fresh nonce; the form follows once the script says it is ready. */
  private load(): void {
    this.ready = false;
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.html = shellHtml({
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      nonce: newNonce(),
    });
    this.throttle.runNow();
  }

  private updateTitle(): void {
    const name = this.resourceUri.path.slice(this.resourceUri.path.lastIndexOf('/') + 1) || this.resourceUri.toString();
    this.panel.title = this.lockedFlag ? `[Preview] ${name}` : `Preview ${name}`;
  }

  /**
   * Asks the server for the form. An answer that arrives after the render went stale is still shown (it is the
   * newest the panel has, and the next render follows at once); a cancelled one is not reported.
   */
  private async render(signal: AbortSignal): Promise<void> {
    const seq = ++this.renderSeq;
    const uri = this.resourceUri;
    const cancellation = new vscode.CancellationTokenSource();
    const cancel = () => cancellation.cancel();
    signal.addEventListener('abort', cancel);
    let message: FormMessage;
    try {
      // Opening (a no-op when already open) makes sure the language server has the document.
      const document = await vscode.workspace.openTextDocument(uri);
      const result = await this.deps.renderBody(document, cancellation.token);
      message =
        typeof result.html === 'string'
          ? { type: 'render', html: result.html, state: this.state() }
          : { type: 'notice', text: result.message ?? 'This document is not a Form 4.', state: this.state() };
    } catch (error) {
      if (signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      message = { type: 'notice', text: `The form could not be rendered: ${reason}`, state: this.state() };
    } finally {
      signal.removeEventListener('abort', cancel);
      cancellation.dispose();
    }
    if (this.disposed || seq !== this.renderSeq || !this.isPreviewOf(uri)) return;
    this.post(message);
  }

  private post(message: FormMessage): void {
    this.lastMessage = message;
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private onMessage(data: unknown): void {
    if (!isFromWebview(data)) return;
    if (data.type === 'ready') {
      this.ready = true;
      if (this.lastMessage) void this.panel.webview.postMessage(this.lastMessage);
      if (this.lastHighlight !== undefined)
        void this.panel.webview.postMessage({ type: 'highlight', offset: this.lastHighlight } satisfies ToWebview);
      return;
    }
    if (data.type === 'scrolled') this.scrollSource(data.offset);
    else void this.reveal(data.start, data.end);
  }

  /** The preview was scrolled: the editors showing the source bring the line of the value now at its top to theirs. */
  private scrollSource(offset: number): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => this.isPreviewOf(e.document.uri));
    if (editors.length === 0) return;
    this.editorQuietUntil = Date.now() + 300;
    for (const editor of editors) {
      const at = editor.document.positionAt(offset);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
    }
  }

  /**
   * Selects `[start, end)` in the source, opening it beside the preview when no editor shows it. An editor already
   * showing it gets the selection at once, before it is focused, so the cursor moves without waiting for the focus.
   */
  private async reveal(start: number, end: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => this.isPreviewOf(e.document.uri));
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.resourceUri));
    const length = document.getText().length;
    const range = new vscode.Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
    const select = (editor: vscode.TextEditor) => {
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    };
    if (visible) select(visible);
    const column = visible?.viewColumn ?? this.sourceColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    if (editor !== visible) select(editor);
  }
}
