/**
 * The language server: wires the LSP connection to the open documents, the analysis cache, debounced validation
 * and the feature adapters. It knows nothing of Form 4 itself; everything it says comes from the engine.
 */
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { ConfigWatcher } from './configWatch';
import { registerCustomRequests } from './customRequests';
import { registerLanguageFeatures, completionTriggerCharacters } from './features/register';
import { fixAllKind } from './features/toLsp';
import { DiagnosisLog } from './diagnosisLog';
import { describeError, logged, type Logger } from './guard';
import { OpenDocuments } from './openDocuments';
import { WorkspaceHistory } from './history';
import {
  historyFileChangedNotification,
  type HistoryFileChangedParams,
  projectConfigChangedNotification,
  projectConfigRequest,
  settingsSection,
  showEveryFindingRequest,
  type Form4InitializationOptions,
  type ProjectConfigParams,
  type ProjectConfigResult,
  type ShowEveryFindingParams,
} from '../shared/protocol';
import { formatConfigProblem } from '../engine/index';
import { SettingsStore } from './settingsStore';
import { ruleLinkFromOptions, type RuleLink } from './translate';
import { Validation } from './validation';

/** The package version, set by the bundler (esbuild.mjs); 'development' when run from source. */
declare const FORM4_VERSION: string | undefined;
const serverVersion = typeof FORM4_VERSION === 'string' ? FORM4_VERSION : 'development';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function startServer(connection: Connection): void {
  const log: Logger = (message) => connection.console.error(message);
  const diagnosis = new DiagnosisLog((message) => connection.console.info(message), log);
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  let ruleLink: RuleLink = ruleLinkFromOptions({});
  // Replaced in onInitialize once we know whether the client answers workspace/configuration.
  let settings = new SettingsStore(undefined, () => {});
  let validation: Validation | undefined;
  let history: WorkspaceHistory | undefined;
  // Each bad .form4rc.json (by its problems) is said once, not on every document it applies to, until files change.
  const reported = new Set<string>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const canAskConfiguration = params.capabilities.workspace?.configuration === true;
    const options = (isRecord(params.initializationOptions) ? params.initializationOptions : {}) as Form4InitializationOptions;
    const watcher = new ConfigWatcher(connection, params.capabilities, (error) =>
      log(`watching .form4rc.json failed: ${describeError(error)}`),
    );
    settings = new SettingsStore(
      canAskConfiguration ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: settingsSection }) : undefined,
      (error) => log(`reading settings failed: ${describeError(error)}`),
      options.projectConfig === true
        ? {
            fetch: (uri) =>
              connection.sendRequest<ProjectConfigResult>(projectConfigRequest, { uri } satisfies ProjectConfigParams).then((file) => {
                if (file && typeof file.uri === 'string') watcher.watch(file.uri);
                return file;
              }),
            report: (file, problems) => {
              const key = problems.map((p) => formatConfigProblem(p, file)).join('\n');
              if (reported.has(key)) return;
              reported.add(key);
              log(`not applied: ${key}`);
              const what = problems.map((p) => formatConfigProblem(p)).join('; ');
              void connection.window.showWarningMessage(`Form 4: ${file} is not applied: ${what}`);
            },
          }
        : undefined,
    );
    ruleLink = ruleLinkFromOptions(options);
    // The workspace's other filings, read through the client when it offers to read them.
    history = options.history === true ? new WorkspaceHistory(connection, log, () => validation?.revalidateAll()) : undefined;
    validation = new Validation(connection, documents, cache, settings, () => ruleLink, log, diagnosis, history);
    diagnosis.started(serverVersion, params.clientInfo);
    const open = new OpenDocuments(documents, cache, settings, history);
    registerLanguageFeatures(connection, open, log, {
      snippetEdits: params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true,
    });
    registerCustomRequests(connection, open, () => ruleLink, log);
    const shown = validation;
    connection.onRequest(showEveryFindingRequest, (params: ShowEveryFindingParams) => {
      shown.showEveryFinding(params.uri);
      return null;
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: completionTriggerCharacters, resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: false },
        documentSymbolProvider: { label: 'Form 4' },
        definitionProvider: true,
        referencesProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'form4' },
    };
  });

  // TextDocuments announces an open as an open followed by a content change: validate opens at once and debounce
  // only the changes that follow.
  let opening: string | undefined;
  documents.onDidOpen(
    logged('didOpen', log, (event) => {
      opening = event.document.uri;
      validation?.now(event.document.uri);
    }),
  );
  documents.onDidChangeContent(
    logged('didChange', log, (event) => {
      if (opening === event.document.uri) opening = undefined;
      else validation?.changed(event.document.uri);
    }),
  );
  documents.onDidClose(logged('didClose', log, (event) => validation?.closed(event.document.uri)));

  connection.onDidChangeConfiguration(
    logged('didChangeConfiguration', log, (params) => {
      const pushed = isRecord(params.settings) ? params.settings[settingsSection] : undefined;
      settings.reset(pushed);
      validation?.revalidateAll();
    }),
  );
  // A .form4rc.json changed: in the workspace (the client says so) or a watched one above it (configWatch.ts).
  const projectConfigChanged = () => {
    reported.clear();
    settings.reset();
    validation?.revalidateAll();
  };
  connection.onNotification(projectConfigChangedNotification, logged('projectConfigChanged', log, projectConfigChanged));
  connection.onDidChangeWatchedFiles(logged('didChangeWatchedFiles', log, projectConfigChanged));
  connection.onNotification(
    historyFileChangedNotification,
    logged('historyFileChanged', log, (params: HistoryFileChangedParams) => history?.update(params.uri, params.text)),
  );
  connection.onShutdown(() => validation?.scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
