/**
 * The language features' engine results as LSP types. Offsets become positions through the document's LineIndex;
 * nothing here decides what to show, only how to say it in the protocol.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
} from 'vscode-languageserver';
import type * as engine from '../../engine/index';
import type { LineIndex, Span } from '../../engine/index';
import { toRange } from '../translate';

export function toHover(hover: engine.Hover | undefined, lines: LineIndex): Hover | null {
  if (!hover) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(lines, hover.span) };
}

const completionKinds: Readonly<Record<engine.CompletionKind, CompletionItemKind>> = {
  element: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  footnote: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItems(items: readonly engine.CompletionItem[], lines: LineIndex, offset: number): CompletionItem[] {
  const cursor: Span = { start: offset, end: offset };
  return items.map((item) => {
    const completion: CompletionItem = {
      label: item.label,
      kind: completionKinds[item.kind],
      textEdit: { range: toRange(lines, item.replaceSpan ?? cursor), newText: item.insertText },
      insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
    if (item.detail) completion.detail = item.detail;
    if (item.labelDescription) completion.labelDetails = { description: item.labelDescription };
    if (item.filterText) completion.filterText = item.filterText;
    if (item.documentation) completion.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
    if (item.sortText) completion.sortText = item.sortText;
    return completion;
  });
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * An edit as LSP has it: a snippet edit (LSP 3.18, the cursor placed where the engine put `$0`) for a client that
 * says it applies them (`workspace.workspaceEdit.snippetEditSupport`), the plain text for any other.
 */
function toTextEdit(edit: engine.TextEdit, lines: LineIndex, snippetEdits: boolean): TextEdit | SnippetTextEdit {
  const range = toRange(lines, edit.span);
  return snippetEdits && edit.snippet !== undefined
    ? { range, snippet: { kind: 'snippet', value: edit.snippet } }
    : { range, newText: edit.newText };
}

/**
 * Quick fixes as WorkspaceEdits pinned to the document version they were computed for (a client applies them only
 * to that version), each attached to the diagnostic it fixes.
 */
export function toCodeActions(
  actions: readonly engine.CodeAction[],
  lines: LineIndex,
  document: { uri: string; version: number },
  diagnostics: readonly Diagnostic[],
  snippetEdits = false,
): CodeAction[] {
  return actions.map((action) => {
    const findingRange = toRange(lines, action.findingSpan);
    const fixes = diagnostics.filter((d) => d.code === action.findingRule && sameRange(d.range, findingRange));
    const codeAction: CodeAction = {
      title: action.title,
      kind: action.kind,
      edit: {
        documentChanges: [
          {
            textDocument: { uri: document.uri, version: document.version },
            edits: action.edits.map((edit) => toTextEdit(edit, lines, snippetEdits)),
          },
        ],
      },
    };
    if (fixes.length) codeAction.diagnostics = fixes;
    if (action.isPreferred) codeAction.isPreferred = true;
    return codeAction;
  });
}

/** The kind of this server's fix-all: under `source.fixAll`, so `editor.codeActionsOnSave` and Fix All find it. */
export const fixAllKind = 'source.fixAll.form4';

/** The fix-all as one code action with one edit, pinned to the version it was computed for; none when nothing to fix. */
export function toFixAllAction(all: engine.FixAll, lines: LineIndex, document: { uri: string; version: number }): CodeAction | undefined {
  if (!all.edit) return undefined;
  return {
    title: 'Fix all auto-fixable Form 4 problems',
    kind: fixAllKind,
    edit: {
      documentChanges: [
        {
          textDocument: { uri: document.uri, version: document.version },
          edits: [{ range: toRange(lines, all.edit.span), newText: all.edit.newText }],
        },
      ],
    },
  };
}

const symbolKinds: Readonly<Record<engine.SymbolKind, SymbolKind>> = {
  document: SymbolKind.File,
  issuer: SymbolKind.Object,
  owner: SymbolKind.Object,
  table: SymbolKind.Array,
  row: SymbolKind.Struct,
  footnotes: SymbolKind.Namespace,
  footnote: SymbolKind.String,
  signature: SymbolKind.Key,
  field: SymbolKind.Field,
};

function within(inner: Span, outer: Span): Span {
  // Editors reject a symbol whose selection lies outside its range: keep it inside whatever the engine says.
  const start = Math.min(Math.max(inner.start, outer.start), outer.end);
  const end = Math.min(Math.max(inner.end, start), outer.end);
  return { start, end };
}

export function toDocumentSymbols(symbols: readonly engine.DocumentSymbol[], lines: LineIndex): DocumentSymbol[] {
  return symbols.map((symbol) => {
    const result: DocumentSymbol = {
      // An empty name is refused by VS Code ("name must not be falsy").
      name: symbol.name.trim() || '(unnamed)',
      kind: symbolKinds[symbol.kind],
      range: toRange(lines, symbol.span),
      selectionRange: toRange(lines, within(symbol.selectionSpan, symbol.span)),
      children: toDocumentSymbols(symbol.children, lines),
    };
    if (symbol.detail) result.detail = symbol.detail;
    return result;
  });
}

/** Folding is by lines: a region folds when it spans at least two; the fold ends on its last character's line. */
export function toFoldingRanges(ranges: readonly engine.FoldingRange[], lines: LineIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const range of ranges) {
    const startLine = lines.positionAt(range.start).line;
    const endLine = lines.positionAt(Math.max(range.start, range.end - 1)).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out;
}

export function toLocations(spans: readonly Span[], lines: LineIndex, uri: string): Location[] {
  return spans.map((span) => ({ uri, range: toRange(lines, span) }));
}
