/**
 * The open documents as the features see them: the editor's text, its settings, and its analysis for the current
 * version (read once, shared). Only open documents are ever read: the server never touches the file system, so it
 * works the same in virtual workspaces.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzedDocument, Finding, HistoryContext, SourceFormat } from '../engine/index';
import type { AnalysisCache, HistorySource, VersionedText } from './analysisCache';
import type { Form4Settings } from '../shared/protocol';
import type { SettingsStore } from './settingsStore';

/** An open document that is checked as a Form 4 document, at one version. */
export interface OpenForm4Document {
  readonly uri: string;
  readonly version: number;
  readonly format: SourceFormat;
  readonly doc: AnalyzedDocument;
  readonly settings: Form4Settings;
  /** The findings for this version under these settings (computed once, then cached). */
  findings(): Finding[];
  /** The document's place among the workspace's other filings; undefined when the history is off or not read yet. */
  history(): HistoryContext | undefined;
}

export class OpenDocuments {
  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsStore,
    private readonly workspaceHistory?: HistorySource,
  ) {}

  /** The document as a Form 4 document, or undefined when it is not open, not one, or checking is turned off. */
  async form4(uri: string): Promise<OpenForm4Document | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    // A request's positions are those of the text it was sent with: if edits arrive while the settings are fetched
    // (the first request after opening), the answer is still for that text, or a completion's edit lands in the
    // wrong place (it deleted the `<` of an end tag).
    const asked = snapshotOf(document);
    const settings = await this.settings.get(uri);
    const current = this.documents.get(uri);
    if (!current || !settings.enable) return undefined;
    const analysis = current.version === asked.version ? this.cache.analysis(current, settings) : this.cache.readOnly(asked, settings);
    if (!analysis.doc || !analysis.format) return undefined;
    const cache = this.cache;
    const history = settings.historyEnable ? this.workspaceHistory : undefined;
    return {
      uri,
      version: analysis.version,
      format: analysis.format,
      doc: analysis.doc,
      settings,
      findings: () => cache.findings(analysis, settings, history),
      history: () => history?.contextFor(uri, analysis.doc!),
    };
  }
}

/** The document's text and version as they are now (a TextDocument is updated in place by later edits). */
function snapshotOf(document: TextDocument): VersionedText {
  const text = document.getText();
  return { uri: document.uri, languageId: document.languageId, version: document.version, getText: () => text };
}
