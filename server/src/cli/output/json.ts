/**
 * The JSON report: exactly `[{file, diagnostics: [{rule, severity, message, range}]}]`, 0-based LSP positions, one
 * element per file, written as each file is checked (`jsonRecord`, then `JsonArrayWriter` places it in the array).
 * JSON Lines (`--format jsonl`) is the same object per file, one line each.
 */
import type { FileReport } from './report';

function fileObject(report: FileReport): object {
  return {
    file: report.file,
    diagnostics: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: report.lines.rangeOf(f.span),
    })),
  };
}

/** `text` (pretty-printed JSON) as it reads nested `depth` spaces in: JSON strings hold no raw line break. */
export function indented(text: string, depth: number): string {
  return text.replace(/\n/g, '\n' + ' '.repeat(depth));
}

/** One file's element of the array, indented as `JSON.stringify(array, null, 2)` would indent it. */
export function jsonRecord(report: FileReport): string {
  return indented(JSON.stringify(fileObject(report), null, 2), 2);
}

/** One file's line of JSON Lines, its line feed included. */
export function jsonlRecord(report: FileReport): string {
  return JSON.stringify(fileObject(report)) + '\n';
}

/**
 * Writes the elements of a pretty-printed JSON array as they come, `depth` spaces in, so the text is what
 * `JSON.stringify(all, null, 2)` gives at that depth: `[]` when empty.
 */
export class JsonArrayWriter {
  private empty = true;

  constructor(
    private readonly out: (text: string) => void,
    private readonly depth = 0,
  ) {}

  element(text: string): void {
    const pad = ' '.repeat(this.depth + 2);
    this.out((this.empty ? '[\n' : ',\n') + pad + text);
    this.empty = false;
  }

  close(): void {
    this.out(this.empty ? '[]' : '\n' + ' '.repeat(this.depth) + ']');
  }
}
