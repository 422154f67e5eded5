/**
 * The engine's language features, pure functions over an analyzed document (service.ts) returning engine types
 * with offset spans; the language server converts them to LSP types.
 */
export { hover, type HoverOptions } from './hover';
export { complete } from './complete';
export { codeActions, fixableRules } from './codeActions';
export { symbols, rowSymbolName } from './symbols';
export { foldingRanges } from './folding';
export { definition, references } from './footnoteNavigation';
export { newDraftSnippet, renderSnippet, snippetDefinitions, type SnippetId } from './snippets';
export type { CodeAction, CompletionItem, CompletionKind, DocumentSymbol, FoldingRange, Hover, SymbolKind, TextEdit } from './types';
