/**
 * One file of `form4 check`, from its path to the text of its output record: read (once), decoded, its root sniffed
 * when the folder walk only guessed it by name, analysed, checked and rendered in the run's format. The analysed
 * document goes out of scope as soon as the record is made, so a batch holds no more than one document at a time.
 * The outcome is plain data, the same whether the main thread or a worker (checkPool.ts) made it.
 */
import {
  analyze,
  check,
  decodeDocument,
  isOwnershipXml,
  parseDate,
  today as localToday,
  type AnalyzedDocument,
  type CalendarDate,
  type Finding,
  type HistoryContext,
  type RuleSetting,
} from '../engine/index';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { OutputFormat } from './args';
import { InputTooLarge, maxInputBytes, readFileHead, readRegularFile, ScratchBuffer, UnreadableInput } from './boundedRead';
import { formatOfInput, isStandardInput, nodeUtf8, readInputText } from './inputs';
import type { CliIO } from './io';
import { renderRecord } from './output/records';
import type { RunNotice } from './output/report';

/** A file the run will read: `sniff` when the walk took it by its `.xml` name and its root still has to say. */
export interface CheckTarget {
  readonly path: string;
  /** How reports name it (relative to the current folder). */
  readonly name: string;
  readonly sniff: boolean;
  /** The folder walk's listing gave it as a regular file: its path is opened without a `stat` first (boundedRead.ts). */
  readonly listed: boolean;
}

/** What every file of the run is checked and rendered with; plain data, so it can be posted to a worker. */
export interface CheckSettings {
  readonly format: OutputFormat;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** `--today`, else the local date when the run started, so every file and every worker uses the same day. */
  readonly today: string;
  readonly quiet: boolean;
  readonly colour: boolean;
  readonly cwd: string;
  readonly stdinFilename?: string;
}

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

export type FileOutcome =
  /** Checked: its counts (all findings, --quiet or not) and its record in the run's format ('' when it has none). */
  | { readonly kind: 'checked'; readonly counts: SeverityCounts; readonly record: string }
  /** A file the walk took by its name whose root is not ownershipDocument: left alone, as a pom or an SVG is. */
  | { readonly kind: 'skipped' }
  /** Could not be read, or is neither XML nor a draft: an error notice, and the run exits 2. */
  | { readonly kind: 'problem'; readonly notice: RunNotice };

/** The day the date rules count from: `--today` when given (already validated), else today's local date. */
export function runDay(requested: string | undefined): string {
  if (requested !== undefined) return requested;
  const day = localToday();
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

function counted(findings: readonly Finding[]): SeverityCounts {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}

/** `isOwnershipXml` looks at the first 64 K characters: at most three bytes of UTF-8 each. */
const classifyingHeadBytes = 3 * 64 * 1024;

/**
 * A walked file too large to check may still be some other XML (a big SVG, a data dump), which the walk leaves alone:
 * only its head is read to tell, and only an ownership document is reported as too large.
 */
function isOtherXml(path: string): boolean {
  try {
    return !isOwnershipXml(decodeDocument(readFileHead(path, classifyingHeadBytes), nodeUtf8).text);
  } catch {
    // Unreadable now as well: the size is the reason given.
    return false;
  }
}

function problem(target: CheckTarget, message: string): Extract<FileOutcome, { kind: 'problem' }> {
  return { kind: 'problem', notice: { level: 'error', message, file: target.name } };
}

const parsedDays = new Map<string, CalendarDate | undefined>();
/**
 * A full garbage collection every this many files. A batch leaves a little garbage in the old generation per file
 * (what outlived two scavenges: a folder's listing, records waiting for their turn), and V8 lets the old generation
 * grow to half the heap limit before its first full collection, so without these the peak grows with the batch. With
 * about 4 MB live, each takes a few milliseconds.
 */
const filesPerCollection = 2000;
let sinceCollection = 0;
let collectGarbage: (() => void) | null | undefined;

/** V8's `gc`, exposed at run time the way test runners do it; null where that is refused. */
function exposedGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function countCollection(): void {
  if (++sinceCollection < filesPerCollection) return;
  sinceCollection = 0;
  if (collectGarbage === undefined) collectGarbage = exposedGc();
  collectGarbage?.();
}

/** This thread's read buffer: the decoded text is a string of its own, so the bytes are not needed past decoding. */
const scratch = new ScratchBuffer();

export function checkFile(target: CheckTarget, settings: CheckSettings, io: Pick<CliIO, 'readStdin'>): FileOutcome {
  countCollection();
  const read = readTarget(target, settings.stdinFilename, io);
  return 'doc' in read ? checkedOutcome(target.name, read.doc, settings) : read;
}

/** A target read and analysed, or why it is left alone (a walked `.xml` that is no filing) or cannot be checked. */
export function readTarget(
  target: CheckTarget,
  stdinFilename: string | undefined,
  io: Pick<CliIO, 'readStdin'>,
): { readonly doc: AnalyzedDocument } | Exclude<FileOutcome, { kind: 'checked' }> {
  let decoded;
  try {
    decoded = isStandardInput(target.path)
      ? readInputText(target.path, io)
      : decodeDocument(readRegularFile(target.path, maxInputBytes, scratch, target.listed), nodeUtf8);
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error;
    if (target.sniff && error instanceof InputTooLarge && isOtherXml(target.path)) return { kind: 'skipped' };
    return problem(target, `cannot read ${target.name}: ${error.message}`);
  }
  if (target.sniff && !isOwnershipXml(decoded.text)) return { kind: 'skipped' };
  const format = formatOfInput(target.path, decoded.text, stdinFilename);
  if (!format) return problem(target, `${target.name}: neither XML nor a YAML draft (*.form4.yaml)`);
  return { doc: analyze(decoded, format) };
}

/**
 * A document's outcome: checked with the run's settings (and, for `--history`, against the owner's other filings
 * among the files checked), its record rendered in the run's format.
 */
export function checkedOutcome(name: string, doc: AnalyzedDocument, settings: CheckSettings, history?: HistoryContext): FileOutcome {
  if (!parsedDays.has(settings.today)) parsedDays.set(settings.today, parseDate(settings.today));
  const findings = check(doc, { today: parsedDays.get(settings.today), rules: settings.rules, history });
  const shown = settings.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  return {
    kind: 'checked',
    counts: counted(findings),
    record: renderRecord({ file: name, lines: doc.lines, findings: shown }, settings),
  };
}
