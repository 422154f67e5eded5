/**
 * Helpers for the protocol tests: what the engine says about a text (the oracle the server's diagnostics must
 * match), finding places in a text, applying LSP edits.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { analyze, check, type SourceFormat } from '../../server/src/engine/index';

export interface PlainDiagnostic {
  readonly code: string;
  readonly severity: number;
  readonly range: string;
  readonly message: string;
}

const severityNumbers = { error: 1, warning: 2, information: 3, hint: 4 } as const;

export function rangeText(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function plain(diagnostics: readonly Diagnostic[]): PlainDiagnostic[] {
  return diagnostics.map((d) => ({
    code: String(d.code),
    severity: d.severity ?? 0,
    range: rangeText(d.range),
    message: String(d.message),
  }));
}

/**
 * The diagnostics the engine gives for `text`: what the server must publish for it (default settings). A finding is
 * one diagnostic, followed by an information diagnostic on each place it marks (the other cells of the same mistake).
 */
export function engineDiagnostics(text: string, format: SourceFormat): PlainDiagnostic[] {
  const doc = analyze(text, format);
  return check(doc).flatMap((f) => [
    { code: f.rule, severity: severityNumbers[f.severity], range: rangeText(doc.lines.rangeOf(f.span)), message: f.message },
    ...(f.related ?? [])
      .filter((r) => r.marked)
      .map((r) => ({
        code: f.rule,
        severity: severityNumbers.information,
        range: rangeText(doc.lines.rangeOf(r.span)),
        message: r.message,
      })),
  ]);
}

/** The offset of the `occurrence`-th (1-based) `needle` in `text`; throws when missing so a test cannot pass vacuously. */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in the text`);
  }
  return at;
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  return TextDocument.create('memory:x', 'plaintext', 0, text).positionAt(offset);
}

export function rangeOf(text: string, start: number, end: number): Range {
  const doc = TextDocument.create('memory:x', 'plaintext', 0, text);
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('memory:x', 'plaintext', 0, text), [...edits]);
}

/** `text` with the `occurrence`-th `from` replaced by `to`, and the LSP change that does it. */
export function replaceIn(
  text: string,
  from: string,
  to: string,
  occurrence = 1,
): { text: string; change: { range: Range; text: string } } {
  const start = offsetOf(text, from, occurrence);
  return {
    text: text.slice(0, start) + to + text.slice(start + from.length),
    change: { range: rangeOf(text, start, start + from.length), text: to },
  };
}
