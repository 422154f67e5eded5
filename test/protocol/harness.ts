/**
 * A real LSP client for the protocol tests: starts the BUNDLED server (dist/server.js, the file the VSIX ships)
 * over stdio and talks to it with vscode-languageserver-protocol, as an editor would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import type { ProjectConfigResult, StatusParams } from '../../server/src/shared/protocol';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const serverBundle = join(root, 'dist', 'server.js');

export function assertBundleBuilt(): void {
  if (!existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run \`node esbuild.mjs\` first`);
}

/** A fixture or example as text. */
export function readText(relativePath: string): string {
  return readFileSync(join(root, relativePath), 'utf8');
}

type Waiter<T> = { test: (value: T) => boolean; resolve: (value: T) => void };

export interface StartOptions {
  /** The `form4` settings section the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  /** What the client sends as `initializationOptions` (none by default, as the VS Code client). */
  initializationOptions?: Record<string, unknown>;
  /** The client applies snippet edits in workspace edits (`workspaceEdit.snippetEditSupport`, as VS Code's client does). */
  snippetEdits?: boolean;
  /** Offer file watchers by dynamic registration with relative patterns, as VS Code does (off by default). */
  watchFiles?: boolean;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in the order received. */
  readonly publications: PublishDiagnosticsParams[] = [];
  readonly statuses = new Map<string, StatusParams>();
  /** Everything the server wrote to its log (window/logMessage), for asserting that errors were logged. */
  readonly log: string[] = [];
  settings: Record<string, unknown>;
  /** While set, `workspace/configuration` is answered only once it settles: a request then races its settings fetch. */
  configurationHeld: Promise<void> | undefined;
  /** What the client answers `form4/projectConfig` with (the `.form4rc.json` of a document); none by default. */
  projectConfig: (uri: string) => ProjectConfigResult = () => null;
  /** The documents the server asked the project configuration of, in order. */
  readonly projectConfigAsked: string[] = [];
  /** The workspace's files the client offers the history (`form4/historyFiles`, `form4/readFiles`): URI -> text. */
  historyFiles: Record<string, string> = {};
  /** The files the server asked the texts of, in order. */
  readonly filesRead: string[] = [];
  /** What the server registered (client/registerCapability), in order. */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[] = [];
  /** The messages the server showed the user (window/showMessage and showMessageRequest). */
  readonly shownMessages: string[] = [];
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly statusWaiters: Waiter<StatusParams>[] = [];
  private readonly versions = new Map<string, number>();
  private stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // Writing to a server that was killed fails with EPIPE: expected in the crash tests, never fatal to the runner.
    child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.publications.push(params);
      this.settle(this.diagnosticWaiters, params);
    });
    this.connection.onNotification('form4/status', (params: StatusParams) => {
      this.statuses.set(params.uri, params);
      this.settle(this.statusWaiters, params);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.log.push(params.message);
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => {
      this.shownMessages.push(params.message);
    });
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.shownMessages.push(params.message);
      return null;
    });
    this.connection.onRequest('form4/projectConfig', (params: { uri: string }) => {
      this.projectConfigAsked.push(params.uri);
      return this.projectConfig(params.uri);
    });
    this.connection.onRequest('form4/historyFiles', (params: { max: number }) => ({
      uris: Object.keys(this.historyFiles).slice(0, params.max + 1),
    }));
    this.connection.onRequest('form4/readFiles', (params: { uris: string[] }) => {
      this.filesRead.push(...params.uris);
      return { files: params.uris.map((uri) => ({ uri, text: this.historyFiles[uri] ?? null })) };
    });
    this.connection.onRequest(
      'client/registerCapability',
      (params: { registrations: { id: string; method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...params.registrations);
        return null;
      },
    );
    this.connection.onRequest(ConfigurationRequest.type, async (params) => {
      await this.configurationHeld;
      return params.items.map((item) => (item.section === 'form4' ? this.settings : null));
    });
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    assertBundleBuilt();
    const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe' });
    const client = new TestClient(child, options);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceEdit: { documentChanges: true, ...(options.snippetEdits ? { snippetEditSupport: true } : {}) },
          ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private settle<T>(waiters: Waiter<T>[], value: T): void {
    for (const waiter of [...waiters]) {
      if (waiter.test(value)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(value);
      }
    }
  }

  private waitOn<T>(
    waiters: Waiter<T>[],
    current: T | undefined,
    test: (value: T) => boolean,
    what: string,
    timeoutMs: number,
  ): Promise<T> {
    if (current !== undefined && test(current)) return Promise.resolve(current);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        test,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      waiters.push(waiter);
    });
  }

  /** The first diagnostics for `uri` (already received or coming) that pass `test`. */
  waitForDiagnostics(
    uri: string,
    test: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    return this.waitOn(this.diagnosticWaiters, current, (p) => p.uri === uri && test(p), `diagnostics of ${uri}`, timeoutMs);
  }

  /** The diagnostics published for the document's current version. */
  async diagnosticsOfCurrentVersion(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    const params = await this.waitForDiagnostics(uri, (p) => p.version === version, timeoutMs);
    return params.diagnostics;
  }

  waitForStatus(uri: string, test: (params: StatusParams) => boolean = () => true, timeoutMs = 10_000): Promise<StatusParams> {
    return this.waitOn(this.statusWaiters, this.statuses.get(uri), (p) => p.uri === uri && test(p), `status of ${uri}`, timeoutMs);
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends changes as the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Changes the settings the client answers with and tells the server, as VS Code does. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { form4: settings } });
  }

  get serverErrors(): string {
    return this.stderr;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server may already be gone (the crash tests kill it).
      }
      const exited = await Promise.race([this.exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
      if (!exited) this.child.kill('SIGKILL');
    }
    this.connection.dispose();
  }
}
