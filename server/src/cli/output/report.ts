import type { Finding, LineIndex } from '../../engine/index';

/** One checked file: its findings, with the line index to turn their offsets into positions. */
export interface FileReport {
  readonly file: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

/** Something the run itself has to say, beside the findings: a settings file applied, a file that could not be read. */
export interface RunNotice {
  readonly level: 'note' | 'warning' | 'error';
  readonly message: string;
  /** The file it is about (as reported, relative to the current folder), when it is about one. */
  readonly file?: string;
}

export interface RunNotices {
  /** About the settings the run used (`.form4rc.json`). */
  readonly configuration: readonly RunNotice[];
  /** About the files: those that could not be read (each an error, exit 2) and those skipped on purpose. */
  readonly execution: readonly RunNotice[];
}
