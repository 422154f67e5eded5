import type { Finding } from '../../engine/findings';
import type { LineIndex } from '../../engine/text/lineIndex';

/** One checked file: its findings, with the line index to turn their offsets into positions. */
export interface FileReport {
  readonly file: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}
