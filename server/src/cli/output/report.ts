import type { Finding, LineIndex } from '../../engine/index';

/** One checked file: its findings, with the line index to turn their offsets into positions. */
export interface FileReport {
  readonly file: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}
