/**
 * The requests and notifications this server adds to LSP, shared by the server and the VS Code client.
 * Types only and method names: no runtime dependency either way.
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

/* `form4/render` (the preview's rendered form) is declared with the preview, in client/src/preview/protocol.ts. */

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
