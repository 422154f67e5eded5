/**
 * The one protocol module shared by the VS Code client and the language server (as vscode-eslint's `$shared/`): the
 * requests and notifications this server adds to LSP, and the initialization options. Method names and types only,
 * no runtime dependency either way, so each bundle carries just the strings. Neither side declares a custom message
 * anywhere else.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export type DraftFormat = 'xml' | 'yaml';

/** Client -> server: the document (open in the editor) converted to the other format. */
export const convertRequest = 'form4/convert';
export interface ConvertParams {
  readonly uri: string;
  readonly to: DraftFormat;
}
export interface ConvertResult {
  /** The converted text; null when the document is not a Form 4 document or could not be read at all. */
  readonly text: string | null;
  /** Problems of the source carried over, in the source document's coordinates. */
  readonly findings: Diagnostic[];
}

/** Server -> client, after each validation: whether the document is checked as a Form 4, and its counts. */
export const statusNotification = 'form4/status';
export interface StatusParams {
  readonly uri: string;
  /** The document version the counts belong to. */
  readonly version: number;
  readonly checked: boolean;
  /** '4', '4/A', 'unsupported' (Forms 3 and 5) or 'unknown' (not an ownership document) when checked. */
  readonly kind?: string;
  readonly format?: DraftFormat;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Client -> server: the preview's body for a document. The server owns the engine (reader, checks, renderer), so the
 * client bundle carries none of it: it asks for the body and shows it. The server answers for an open document with
 * the webview body fragment (`render(analyzed, { findings: check(analyzed), standalone: false })`, owner CCC hidden);
 * `html: null` when the document is not an ownership document or could not be read, optionally with a `message`
 * saying why.
 */
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

/** Client -> server: the rule catalogue, for the "Show rule documentation" picker. */
export const rulesRequest = 'form4/rules';
export interface RuleSummary {
  readonly id: string;
  readonly severity: string;
  readonly summary: string;
}
export interface RulesResult {
  readonly rules: RuleSummary[];
}

/** Client -> server: the text of a new draft (a snippet with tab stops, in the snippet syntax of LSP). */
export const newDraftRequest = 'form4/newDraft';
export interface NewDraftParams {
  readonly format: DraftFormat;
}
export interface NewDraftResult {
  readonly snippet: string;
}

/**
 * Initialization options the client may pass, for the links on diagnostic codes: `ruleDocumentationLinks` gives a
 * link per rule id; `ruleDocumentationLink` is a URI template for the others, in which `{rule}` is replaced by the
 * URI-encoded rule id. (VS Code no longer runs `command:` links there, so the VS Code client links into the shipped
 * docs/rules.md.)
 */
export interface Form4InitializationOptions {
  readonly ruleDocumentationLinks?: Readonly<Record<string, string>>;
  readonly ruleDocumentationLink?: string;
}
