/**
 * A minimal editor for timing language servers over stdio: starts a server process, initializes it, answers
 * `workspace/configuration` from a callback, opens and edits documents and waits for their diagnostics. Generic on
 * purpose: the same client drives our server and yaml-language-server, so both pay the same client costs.
 */
import { execSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';

/** Answers one `workspace/configuration` item: the section asked for, for the resource asked about. */
export type ConfigurationAnswer = (section: string | undefined, scopeUri: string | undefined) => unknown;

export interface StartOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly configuration: ConfigurationAnswer;
  readonly initializationOptions?: unknown;
  readonly rootUri?: string;
  /** Longest wait for any one answer before the run is declared hung. */
  readonly timeoutMs?: number;
}

interface DiagnosticsWaiter {
  readonly uri: string;
  readonly version: number | undefined;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspSession {
  /** Milliseconds from spawning the process to the initialize result. */
  initializeMs = 0;
  /** Notifications the server sent so far, by method: what an edit costs in messages. */
  readonly sent = new Map<string, number>();
  private readonly connection: ProtocolConnection;
  private readonly waiters: DiagnosticsWaiter[] = [];
  private readonly versions = new Map<string, number>();
  private stderr = '';
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly options: StartOptions,
  ) {
    child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    child.stdin.on('error', () => {});
    this.exit = new Promise((resolve) =>
      child.on('exit', () => {
        this.exited = true;
        resolve();
      }),
    );
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.counted(PublishDiagnosticsNotification.method);
      this.published(params);
    });
    this.connection.onUnhandledNotification((message) => this.counted(message.method));
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => options.configuration(item.section, item.scopeUri)),
    );
    // Registrations, progress tokens and the like: accepted and ignored, as a quiet editor would.
    for (const method of [
      'client/registerCapability',
      'client/unregisterCapability',
      'window/workDoneProgress/create',
      'window/showMessageRequest',
    ]) {
      this.connection.onRequest(method, () => null);
    }
    this.connection.onRequest('workspace/workspaceFolders', () => (options.rootUri ? [{ uri: options.rootUri, name: 'bench' }] : null));
    this.connection.listen();
  }

  static async start(options: StartOptions): Promise<LspSession> {
    const started = performance.now();
    const child = spawn(options.command, [...options.args], { stdio: 'pipe' });
    const session = new LspSession(child, options);
    await session.within(
      session.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: options.rootUri ?? null,
        workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'bench' }] : null,
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: {
            synchronization: { didSave: false, dynamicRegistration: false },
            publishDiagnostics: { relatedInformation: true, versionSupport: true },
          },
        },
        initializationOptions: options.initializationOptions,
      }),
      'the initialize result',
    );
    session.initializeMs = performance.now() - started;
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Peak resident memory of the server process so far, in MB (VmHWM of /proc/PID/status). */
  peakRssMB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kilobytes = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return kilobytes / 1024;
  }

  /** CPU time the server process has used so far (user + system), in milliseconds; 10 ms resolution on Linux. */
  cpuMs(): number {
    // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  }

  async configurationChanged(settings: unknown): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Opens a document and resolves with the milliseconds until its first diagnostics. */
  async open(uri: string, languageId: string, text: string): Promise<number> {
    this.versions.set(uri, 1);
    const diagnostics = this.nextDiagnostics(uri, 1);
    const started = performance.now();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    await diagnostics;
    return performance.now() - started;
  }

  /** Replaces `range` with `text` as the next version and resolves with the milliseconds until its diagnostics. */
  async edit(uri: string, range: Range, text: string): Promise<{ ms: number; diagnostics: number }> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const diagnostics = this.nextDiagnostics(uri, version);
    const started = performance.now();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    const params = await diagnostics;
    return { ms: performance.now() - started, diagnostics: params.diagnostics.length };
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(5000)]);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // Already gone.
      }
      await Promise.race([this.exit, delay(5000)]);
      if (!this.exited) this.child.kill('SIGKILL');
    }
    this.connection.dispose();
  }

  /**
   * The next diagnostics of `uri`: for the given version when the server tags its diagnostics with versions (ours
   * does), else the next publication for the document (yaml-language-server tags none, and validates each version
   * once, in order).
   */
  private nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.within(new Promise((resolve) => this.waiters.push({ uri, version, resolve })), `diagnostics of ${uri} version ${version}`);
  }

  private counted(method: string): void {
    this.sent.set(method, (this.sent.get(method) ?? 0) + 1);
  }

  private published(params: PublishDiagnosticsParams): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.uri !== params.uri) continue;
      if (params.version !== undefined && waiter.version !== undefined && params.version !== waiter.version) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  }

  private within<T>(promise: Promise<T>, what: string): Promise<T> {
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.options.args.join(' ')}: no ${what} within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}

/** USER_HZ, the unit of /proc/PID/stat's times: 100 on every Linux this runs on, asked once in case it is not. */
const clockTicksPerSecond = (() => {
  try {
    return Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
