/**
 * What the Form 4 output says for a bug report: the server's start (its version, the Node running it), each
 * document as it is first checked (its form, format and schema version, the settings in force for it), and every
 * rule that failed. Each is said once, and again only when it changes, so the log stays readable while typing.
 */
import type { Finding } from '../engine/index';
import type { Form4Settings, StatusParams } from '../shared/protocol';
import type { Logger } from './guard';

/** The last path segment of a URI, which is what a reader of the log recognises. */
function fileName(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** "Form 4, EDGAR XML, schema X0508" / "not a checked Form 4". */
export function describeDocument(status: StatusParams): string {
  if (!status.checked) return 'not checked';
  const form = status.kind === '4/A' ? 'Form 4/A' : status.kind === 'unsupported' ? 'another ownership form (not checked)' : 'Form 4';
  const format = status.format === 'yaml' ? 'YAML draft' : 'EDGAR XML';
  return `${form}, ${format}, ${status.schemaVersion ? `schema ${status.schemaVersion}` : 'no schemaVersion'}`;
}

export class DiagnosisLog {
  /** Per document, what was last said of it (the document line, the settings); cleared when it closes. */
  private readonly said = new Map<string, string>();
  /** Rule failures already logged, by document and message. */
  private readonly failures = new Set<string>();

  constructor(
    private readonly info: Logger,
    private readonly error: Logger,
  ) {}

  started(version: string, client: { name: string; version?: string } | undefined): void {
    const editor = client ? `; client ${client.name}${client.version ? ` ${client.version}` : ''}` : '';
    this.info(`Form 4 language server ${version} started (Node ${process.version}, pid ${process.pid}${editor}).`);
  }

  /** A document was checked: say what it is and which settings applied, when that is new; log any rule failure. */
  checked(uri: string, status: StatusParams, settings: Form4Settings, findings: readonly Finding[]): void {
    const line = `${fileName(uri)}: ${describeDocument(status)}; settings in force: ${JSON.stringify(settings)}`;
    if (this.said.get(uri) !== line) {
      this.said.set(uri, line);
      this.info(line);
    }
    for (const finding of findings) {
      if (finding.rule !== 'internal/rule-failure') continue;
      const key = `${uri}\n${finding.message}`;
      if (this.failures.has(key)) continue;
      this.failures.add(key);
      this.error(`${fileName(uri)}: ${finding.message}`);
    }
  }

  closed(uri: string): void {
    this.said.delete(uri);
    for (const key of this.failures) if (key.startsWith(`${uri}\n`)) this.failures.delete(key);
  }
}
