/**
 * The Form 4 preview, like Markdown's: `form4.openPreview` / `form4.openPreviewToSide` open an unlocked preview that
 * follows the active Form 4 editor, `form4.openLockedPreviewToSide` one that stays on its document, and
 * `form4.togglePreviewLock` switches the active preview between the two. One panel per document: asking again for a
 * document already previewed reveals its panel. Panels come back after a reload through the panel serializer. On the
 * active preview, `form4.preview.showSource` opens its document and `form4.preview.refresh` renders it again (both on
 * the preview's editor-title toolbar, as Markdown's are).
 */
import * as vscode from 'vscode';
import { FormPreview, webviewOptions, type PreviewDeps } from './formPreview';
import { previewViewType, type PreviewState } from './messages';
import type { StatusParams } from '../../../server/src/shared/protocol';

export type { PreviewDeps } from './formPreview';

export const previewCommands = {
  openPreview: 'form4.openPreview',
  openPreviewToSide: 'form4.openPreviewToSide',
  openLockedPreviewToSide: 'form4.openLockedPreviewToSide',
  togglePreviewLock: 'form4.togglePreviewLock',
  showSource: 'form4.preview.showSource',
  refresh: 'form4.preview.refresh',
} as const;

interface ShowOptions {
  readonly column: vscode.ViewColumn;
  readonly preserveFocus: boolean;
  readonly locked: boolean;
}

function isPreviewState(value: unknown): value is PreviewState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.resource === 'string' && typeof s.locked === 'boolean';
}

class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<FormPreview>();
  private activePreview: FormPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly deps: PreviewDeps,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const checked = deps.isForm4Document(e.document);
        this.forPreviewsOf(e.document.uri, (p) => p.edited(checked));
      }),
      deps.onDidCheck((status) => this.checked(status)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const top = e.visibleRanges[0]?.start;
        if (!top) return;
        const offset = e.textEditor.document.offsetAt(new vscode.Position(top.line, 0));
        this.forPreviewsOf(e.textEditor.document.uri, (p) => p.editorScrolled(offset));
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const offset = e.textEditor.document.offsetAt(e.selections[0].active);
        this.forPreviewsOf(e.textEditor.document.uri, (p) => {
          p.rememberSourceColumn(e.textEditor.viewColumn);
          p.highlight(offset);
        });
      }),
    );
  }

  /** The document a command means: its argument (explorer, editor title), else the active editor's. */
  resourceFor(arg: unknown): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri) return arg;
    return vscode.window.activeTextEditor?.document.uri;
  }

  show(resource: vscode.Uri, options: ShowOptions): void {
    const existing = [...this.previews].find((p) => p.isPreviewOf(resource) && (options.locked ? p.locked : true));
    if (existing) {
      existing.panel.reveal(options.column, options.preserveFocus);
      return;
    }
    const dynamic = options.locked ? undefined : [...this.previews].find((p) => !p.locked);
    if (dynamic) {
      dynamic.retarget(resource);
      dynamic.panel.reveal(options.column, options.preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      'Form 4 Preview',
      { viewColumn: options.column, preserveFocus: options.preserveFocus },
      { ...webviewOptions(this.extensionUri), enableFindWidget: true, retainContextWhenHidden: false },
    );
    this.track(new FormPreview(panel, resource, options.locked, this.extensionUri, this.deps));
  }

  /** The preview a toolbar command means: the active one. */
  get active(): FormPreview | undefined {
    return this.activePreview;
  }

  toggleLock(): void {
    const preview = this.activePreview;
    if (!preview) return;
    const locking = !preview.locked;
    // Only one unlocked preview follows the editor: unlocking this one retires any other.
    if (!locking) for (const other of this.previews) if (other !== preview && !other.locked) other.dispose();
    preview.setLocked(locking);
  }

  restore(panel: vscode.WebviewPanel, state: unknown): void {
    if (!isPreviewState(state)) {
      panel.dispose();
      return;
    }
    this.track(new FormPreview(panel, vscode.Uri.parse(state.resource, true), state.locked, this.extensionUri, this.deps));
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private track(preview: FormPreview): void {
    this.previews.add(preview);
    const editor = vscode.window.visibleTextEditors.find((e) => preview.isPreviewOf(e.document.uri));
    preview.rememberSourceColumn(editor?.viewColumn);
    const viewState = preview.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.activePreview = preview;
      else if (this.activePreview === preview) this.activePreview = undefined;
    });
    if (preview.panel.active) this.activePreview = preview;
    preview.onDidDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.activePreview === preview) this.activePreview = undefined;
    });
  }

  private forPreviewsOf(uri: vscode.Uri, act: (preview: FormPreview) => void): void {
    for (const p of this.previews) if (p.isPreviewOf(uri)) act(p);
  }

  /**
   * The server checked a version of a document: its previews render it, and if it is the active editor's, the
   * unlocked preview may follow it now (its editor can have become active before its first status came).
   */
  private checked(status: StatusParams): void {
    const uri = vscode.Uri.parse(status.uri, true);
    this.forPreviewsOf(uri, (p) => p.checked());
    const editor = vscode.window.activeTextEditor;
    if (status.checked && editor?.document.uri.toString() === uri.toString()) this.followEditor(editor);
  }

  /** The unlocked preview shows whichever Form 4 document becomes active (unless another panel already shows it). */
  private followEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.deps.isForm4Document(editor.document)) return;
    const uri = editor.document.uri;
    if ([...this.previews].some((p) => p.isPreviewOf(uri))) return;
    const dynamic = [...this.previews].find((p) => !p.locked);
    if (!dynamic) return;
    dynamic.rememberSourceColumn(editor.viewColumn);
    dynamic.retarget(uri);
  }
}

function besideColumn(): vscode.ViewColumn {
  return vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
}

/** Registers the preview's commands and serializer; dispose of the result (or let `context` do it) to remove them. */
export function registerPreview(context: vscode.ExtensionContext, deps: PreviewDeps): vscode.Disposable {
  const manager = new PreviewManager(context.extensionUri, deps);
  const open = (arg: unknown, options: ShowOptions) => {
    const resource = manager.resourceFor(arg);
    if (!resource) {
      void vscode.window.showInformationMessage('Form 4: open a Form 4 document (EDGAR XML or YAML draft) to preview it.');
      return;
    }
    manager.show(resource, options);
  };
  const registrations = vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand(previewCommands.openPreview, (arg: unknown) =>
      open(arg, { column: vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active, preserveFocus: false, locked: false }),
    ),
    vscode.commands.registerCommand(previewCommands.openPreviewToSide, (arg: unknown) =>
      open(arg, { column: besideColumn(), preserveFocus: true, locked: false }),
    ),
    vscode.commands.registerCommand(previewCommands.openLockedPreviewToSide, (arg: unknown) =>
      open(arg, { column: besideColumn(), preserveFocus: true, locked: true }),
    ),
    vscode.commands.registerCommand(previewCommands.togglePreviewLock, () => manager.toggleLock()),
    vscode.commands.registerCommand(previewCommands.showSource, () => manager.active?.showSource()),
    vscode.commands.registerCommand(previewCommands.refresh, () => manager.active?.refresh()),
    vscode.window.registerWebviewPanelSerializer(previewViewType, {
      deserializeWebviewPanel: async (panel, state) => manager.restore(panel, state),
    }),
  );
  context.subscriptions.push(registrations);
  return registrations;
}
