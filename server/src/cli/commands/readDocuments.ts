import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze, type AnalyzedDocument, type DecodedDocument } from '../../engine/index';
import { UnreadableInput } from '../boundedRead';
import { selectFiles } from '../files';
import { expandGlob, isGlob } from '../glob';
import { formatOfInput, isStandardInput, readInputText, resolveInput } from '../inputs';
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
function displayName(cwd: string, path: string, stdinFilename?: string): string {
  return isStandardInput(path) ? (stdinFilename ?? '<stdin>') : relative(cwd, path) || path;
}

/** What the run says about the folders the walk left out, so a filing in one of them is not missed unawares. */
function skippedNotice(cwd: string, skipped: readonly string[]): RunNotice[] {
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

/** Says a notice on standard error, where every format (JSON and SARIF included) leaves room for it. */
export function tell(io: CliIO, notice: RunNotice): void {
  io.err(notice.level === 'error' ? `form4: ${notice.message}\n` : `form4: ${notice.level}: ${notice.message}\n`);
}

/**
 * The paths to check, with each quoted glob that names no existing path replaced by its matches (`matched`, which
 * contribute only their Form 4 files); a glob that matches nothing is an error, as a missing file is.
 */
function expandGlobs(cwd: string, paths: readonly string[]): { paths: string[]; matched: Set<string>; notices: RunNotice[] } {
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
 * The Form 4 files the paths name (files, folders walked, quoted globs, standard input), read and analysed, and what
 * the run must say about the rest (unreadable files, skipped folders, nothing found).
 */
export function readDocuments(
  paths: readonly string[],
  io: CliIO,
  stdinFilename?: string,
): { documents: ReadDocument[]; execution: RunNotice[] } {
  const request = { paths, stdinFilename };
  const name = (path: string) => displayName(io.cwd, path, request.stdinFilename);
  const globs = expandGlobs(io.cwd, request.paths);
  const selection = selectFiles(globs.paths, globs.matched);
  const execution: RunNotice[] = [
    ...globs.notices,
    ...selection.problems.map((p): RunNotice => ({
      level: 'error',
      message: `cannot read ${name(p.path)}: ${p.reason}`,
      file: name(p.path),
    })),
    ...selection.notices.map((n): RunNotice => ({ level: 'note', message: `${name(n.path)}: ${n.message}`, file: name(n.path) })),
    ...skippedNotice(io.cwd, selection.skippedFolders),
  ];
  if (selection.files.length === 0 && selection.problems.length === 0 && globs.notices.length === 0) {
    execution.push({
      level: 'error',
      message: `no Form 4 files found in ${request.paths.join(', ')} (XML with root ownershipDocument, or *.form4.yaml)`,
    });
  }
  const documents: ReadDocument[] = [];
  for (const file of selection.files) {
    let decoded: DecodedDocument;
    try {
      decoded = readInputText(file, io);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      execution.push({ level: 'error', message: `cannot read ${name(file)}: ${error.message}`, file: name(file) });
      continue;
    }
    const format = formatOfInput(file, decoded.text, request.stdinFilename);
    if (!format) {
      execution.push({ level: 'error', message: `${name(file)}: neither XML nor a YAML draft (*.form4.yaml)`, file: name(file) });
      continue;
    }
    const doc = analyze(decoded, format);
    documents.push({ path: file, name: name(file), doc });
  }
  return { documents, execution };
}
