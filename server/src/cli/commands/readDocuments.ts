import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { AnalyzedDocument } from '../../engine/index';
import { readTarget } from '../checkFile';
import { selectFiles } from '../files';
import { expandGlob, isGlob } from '../glob';
import { isStandardInput, resolveInput } from '../inputs';
import type { CliIO } from '../io';
import type { RunNotice } from '../output/report';

/** One document read from the command line's paths: `name` is how reports name it. */
export interface ReadDocument {
  readonly path: string;
  readonly name: string;
  readonly doc: AnalyzedDocument;
}

/**
 * How a file is named in reports and messages: relative to the current folder, as the user most likely typed it;
 * standard input by --stdin-filename, else `<stdin>`.
 */
export function displayName(cwd: string, path: string, stdinFilename?: string): string {
  return isStandardInput(path) ? (stdinFilename ?? '<stdin>') : relative(cwd, path) || path;
}

/** What the run says about the folders the walk left out, so a filing in one of them is not missed unawares. */
export function skippedNotice(cwd: string, skipped: readonly string[]): RunNotice[] {
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, 3).map((path) => displayName(cwd, path));
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : '';
  const folders = skipped.length === 1 ? '1 folder' : `${skipped.length} folders`;
  return [
    {
      level: 'note',
      message: `skipped ${folders} (node_modules and dot-folders): ${shown.join(', ')}${more}; name a folder to check it`,
    },
  ];
}

/** The error of a run whose paths name no filing at all. */
export function nothingFound(paths: readonly string[]): RunNotice {
  return { level: 'error', message: `no Form 4 files found in ${paths.join(', ')} (XML with root ownershipDocument, or *.form4.yaml)` };
}

/** Says a notice on standard error, where every format (JSON and SARIF included) leaves room for it. */
export function tell(io: CliIO, notice: RunNotice): void {
  io.err(notice.level === 'error' ? `form4: ${notice.message}\n` : `form4: ${notice.level}: ${notice.message}\n`);
}

/**
 * The paths to check, with each quoted glob that names no existing path replaced by its matches (`matched`, which
 * contribute only their Form 4 files); a glob that matches nothing is an error, as a missing file is.
 */
export function expandGlobs(cwd: string, paths: readonly string[]): { paths: string[]; matched: Set<string>; notices: RunNotice[] } {
  const out: string[] = [];
  const matched = new Set<string>();
  const notices: RunNotice[] = [];
  for (const path of paths) {
    const resolved = resolveInput(cwd, path);
    if (isStandardInput(path) || !isGlob(path) || existsSync(resolved)) {
      out.push(resolved);
      continue;
    }
    const expansion = expandGlob(cwd, path);
    for (const problem of expansion.problems)
      notices.push({
        level: 'error',
        message: `cannot read ${displayName(cwd, problem.path)}: ${problem.reason}`,
        file: displayName(cwd, problem.path),
      });
    if (expansion.matches.length === 0 && expansion.problems.length === 0)
      notices.push({ level: 'error', message: `no files match ${path}` });
    for (const match of expansion.matches) {
      out.push(match);
      matched.add(match);
    }
  }
  return { paths: out, matched, notices };
}

/**
 * The filings the paths name (files, folders walked, quoted globs, standard input), read and analysed, and what the
 * run must say about the rest (unreadable files, skipped folders, nothing found). Unlike `form4 check`'s stream, it
 * keeps every document: the history is built from all of them before any is checked against it.
 */
export function readDocuments(
  paths: readonly string[],
  io: CliIO,
  stdinFilename?: string,
): { documents: ReadDocument[]; execution: RunNotice[] } {
  const name = (path: string) => displayName(io.cwd, path, stdinFilename);
  const globs = expandGlobs(io.cwd, paths);
  const selection = selectFiles(globs.paths, globs.matched);
  const documents: ReadDocument[] = [];
  const execution: RunNotice[] = [...globs.notices];
  for (const file of selection.files) {
    const read = readTarget({ path: file.path, name: name(file.path), sniff: file.sniff, listed: file.listed }, stdinFilename, io);
    if ('doc' in read) documents.push({ path: file.path, name: name(file.path), doc: read.doc });
    else if (read.kind === 'problem') execution.push(read.notice);
  }
  // The walk's problems and notices are known once it has run: the files come from it one at a time.
  execution.push(
    ...selection.problems.map((p): RunNotice => ({
      level: 'error',
      message: `cannot read ${name(p.path)}: ${p.reason}`,
      file: name(p.path),
    })),
    ...selection.notices.map((n): RunNotice => ({ level: 'note', message: `${name(n.path)}: ${n.message}`, file: name(n.path) })),
    ...skippedNotice(io.cwd, selection.skippedFolders),
  );
  if (documents.length === 0 && !execution.some((n) => n.level === 'error')) {
    execution.push(nothingFound(paths));
  }
  return { documents, execution };
}
