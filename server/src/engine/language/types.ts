/**
 * What the language features return: plain engine types with offset spans, which the LSP adapter converts to
 * protocol types with the document's LineIndex.
 */
import type { RuleId } from '../rules/catalogue';
import type { Span } from '../text/span';

export interface Hover {
  readonly markdown: string;
  /** The range the hover describes (a tag or key name, a value, a footnote id). */
  readonly span: Span;
}

export type CompletionKind = 'element' | 'value' | 'footnote' | 'snippet';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line beside the label: a form label or a code's meaning. */
  readonly detail?: string;
  /** Shown beside the label in every row of the list, not only the selected one: the form's label of an element. */
  readonly labelDescription?: string;
  /**
   * What typing is matched against: the element name and the form's words ("transactionDate Column 2 Transaction
   * Date"), a code and its meaning; and, after a typed YAML `- `, the dash too. The label when absent.
   */
  readonly filterText?: string;
  /** Markdown shown for the selected item. */
  readonly documentation?: string;
  /** The text to insert: a snippet (LSP snippet syntax, `$1`, `${1:default}`) when `isSnippet`. */
  readonly insertText: string;
  readonly isSnippet?: boolean;
  /** The text the item replaces (what has been typed of it); the cursor position when absent. */
  readonly replaceSpan?: Span;
  /** Orders items: schema order for elements, list order for values. */
  readonly sortText?: string;
}

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
  /**
   * The same edit as a snippet (`$0` where the cursor goes), for a client that applies snippet edits; `newText` is
   * what every other client inserts, and what fix-all applies.
   */
  readonly snippet?: string;
}

export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  /** Edits of the one document, non-overlapping. */
  readonly edits: readonly TextEdit[];
  /** The finding the action fixes: its rule id and span, so the adapter can attach the diagnostic. */
  readonly findingRule: RuleId;
  readonly findingSpan: Span;
  readonly isPreferred?: boolean;
}

export type SymbolKind = 'document' | 'issuer' | 'owner' | 'table' | 'row' | 'footnotes' | 'footnote' | 'signature' | 'field';

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** The whole element. */
  readonly span: Span;
  /** What to select when the symbol is picked: the tag or key name. */
  readonly selectionSpan: Span;
  readonly children: readonly DocumentSymbol[];
}

/** A foldable region: from the offset where it starts to the offset where it ends. */
export interface FoldingRange {
  readonly start: number;
  readonly end: number;
}
