/**
 * The one protocol module shared by the VS Code client and the language server (as vscode-eslint's `$shared/`): the
 * requests and notifications this server adds to LSP, the initialization options and the settings. Method names and
 * types only (engine types from its front door, as `import type`), no runtime dependency either way, so each bundle
 * carries just the strings. Neither side declares a custom message or the settings' shape anywhere else.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FormId, RuleDescription, RuleSetting } from '../engine/index';

export type { RuleSetting };

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
  /** The form id ('3', '3/A', '4', '4/A', '5', '5/A') or 'unknown' (not an ownership document) when checked. */
  readonly kind?: string;
  readonly format?: DraftFormat;
  /** The document's schemaVersion (`X0508`), when it states one. */
  readonly schemaVersion?: string;
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

/**
 * Client -> server: one rule's documentation, from the catalogue (the "Show rule documentation" command and the
 * "Show documentation for …" actions); null for an id the catalogue does not have.
 */
export const ruleDocumentationRequest = 'form4/ruleDocumentation';
export interface RuleDocumentationParams {
  readonly rule: string;
}
/** A rule's catalogue entry (its default severity; settings may change it per resource) with its rendered docs. */
export interface RuleDocumentation extends Pick<RuleDescription, 'id' | 'summary' | 'severity' | 'category' | 'explanation' | 'sources'> {
  /** The rule's whole section as docs/rules.md has it (heading, severity, explanation, sources), in Markdown. */
  readonly markdown: string;
  /** The link diagnostics of this rule carry as `codeDescription.href`; absent when the server gives none. */
  readonly href?: string;
}
export type RuleDocumentationResult = RuleDocumentation | null;

/**
 * Client -> server: the text of a new draft (a snippet with tab stops, in the snippet syntax of LSP), of `form`
 * (Form 4 when absent), signed today by the server's clock. `snippet` is null for a form that has no draft yet.
 */
export const newDraftRequest = 'form4/newDraft';
export interface NewDraftParams {
  readonly format: DraftFormat;
  readonly form?: FormId;
}
export interface NewDraftResult {
  readonly snippet: string | null;
}

/**
 * Client -> server: show every finding of an untitled draft, each empty field on its own instead of the one
 * `draft/fields-to-fill` summary (until the document is closed; a saved draft always shows every finding).
 */
export const showEveryFindingRequest = 'form4/showEveryFinding';
export interface ShowEveryFindingParams {
  readonly uri: string;
}

/**
 * Initialization options the client may pass. `ruleDocumentationLink` is a URI template for the links on diagnostic
 * codes, in which `{rule}` is replaced by the URI-encoded rule id; without it each rule links to its section of the
 * published docs/rules.md. The server ignores options it does not know.
 */
export interface Form4InitializationOptions {
  readonly ruleDocumentationLink?: string;
  /** The client answers `form4/projectConfig` (it can read `.form4rc.json` files); without it the server never asks. */
  readonly projectConfig?: boolean;
  /** The client answers `form4/historyFiles` and `form4/readFiles` and sends `form4/historyFileChanged`. */
  readonly history?: boolean;
}

/**
 * Server -> client: the workspace's files that may be filings of the history (the owner's other filings every open
 * document is checked against): `vscode.workspace.findFiles(include, excluding node_modules, max + 1)`, so the server
 * learns when there are more than it reads. Cancelled by the server when the user cancels the progress.
 */
export const historyFilesRequest = 'form4/historyFiles';
export interface HistoryFilesParams {
  readonly include: string;
  readonly max: number;
}
export interface HistoryFilesResult {
  readonly uris: string[];
}

/** Server -> client: the texts of some files, read through `vscode.workspace.fs` (null for one that cannot be read). */
export const readFilesRequest = 'form4/readFiles';
export interface ReadFilesParams {
  readonly uris: string[];
}
export interface ReadFilesResult {
  readonly files: { readonly uri: string; readonly text: string | null }[];
}

/** Client -> server: a file of the history was created or changed (its text), or deleted (null). */
export const historyFileChangedNotification = 'form4/historyFileChanged';
export interface HistoryFileChangedParams {
  readonly uri: string;
  readonly text: string | null;
}

/**
 * Server -> client: the `.form4rc.json` that applies to a document, the nearest one up the tree from it. The client
 * reads it (through `vscode.workspace.fs`, so virtual workspaces work too; the server never touches the file
 * system); the server parses and validates it (engine/projectConfig.ts, as the command line does) and layers the
 * editor's `form4.rules` on top. `null` when there is none.
 */
export const projectConfigRequest = 'form4/projectConfig';
export interface ProjectConfigParams {
  readonly uri: string;
}
export interface ProjectConfigFile {
  /** The file's URI, for messages. */
  readonly uri: string;
  readonly text: string;
}
export type ProjectConfigResult = ProjectConfigFile | null;

/** Client -> server: a `.form4rc.json` was created, changed or deleted: read them again and check everything anew. */
export const projectConfigChangedNotification = 'form4/projectConfigChanged';

/** The configuration section the client synchronizes and the server asks for: the `form4.*` settings of package.json. */
export const settingsSection = 'form4';

/**
 * The `form4` section as the client sends it (`workspace/configuration`, `workspace/didChangeConfiguration`), nested
 * as VS Code nests package.json's dotted names. Users edit settings.json by hand, so the server checks every field
 * and treats a wrong one as unset.
 */
export interface Form4SettingsSection {
  readonly enable?: boolean;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly validation?: { readonly debounce?: number };
  readonly files?: { readonly include?: readonly string[] };
  readonly limits?: { readonly maxFileSize?: number; readonly maxDepth?: number };
  readonly history?: { readonly enable?: boolean; readonly include?: string };
  /** Read by the language client library (message tracing), never by the server. */
  readonly trace?: { readonly server?: 'off' | 'messages' | 'verbose' };
}

/** The settings as the server applies them to a resource: the section checked field by field, defaults filled in. */
export interface Form4Settings {
  /** False turns every feature off for the resource (diagnostics are cleared). */
  readonly enable: boolean;
  /** Severity overrides by rule id: the project's `.form4rc.json`, with the editor's `form4.rules` on top. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The longest wait after the last keystroke before validating, in milliseconds (the wait adapts below it). */
  readonly debounceMs: number;
  /** Extra glob patterns of files checked as Form 4 documents (beyond `*.form4.yaml` and ownership XML). */
  readonly include: readonly string[];
  /** Reading limits (characters, nesting depth): past them a document gets one clear finding. */
  readonly maxFileSize: number;
  readonly maxDepth: number;
  /** Check each document against the owner's other filings in the workspace (the `history/` rules, hovers, fix). */
  readonly historyEnable: boolean;
  /** The glob of the workspace's files the history is built from. */
  readonly historyInclude: string;
}
