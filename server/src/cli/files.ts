/**
 * Which files `form4 check` reads: the named files, and in named folders the Form 4 files found recursively, leaving
 * out only `node_modules` and folders whose name starts with a dot (`.git`, `.venv`), and counting those. The walk
 * never stops at a problem: every file or folder it could not read is reported (and makes the exit code 2), a
 * dangling link is skipped with a notice, and a folder or file already reached (through a link loop, or by two
 * names) is not read again.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeDocument, isOwnershipXml, isYamlDraftName } from '../engine/index';
import { readFileHead, UnreadableInput } from './boundedRead';
import { errorReason } from './errorReason';
import { isStandardInput } from './inputs';

export interface FileProblem {
  readonly path: string;
  /** Why it could not be read, e.g. ENOENT. */
  readonly reason: string;
}

/** Something skipped on purpose, said so the user knows it was not checked. */
export interface FileNotice {
  readonly path: string;
  readonly message: string;
}

export interface FileSelection {
  readonly files: readonly string[];
  readonly problems: readonly FileProblem[];
  readonly notices: readonly FileNotice[];
  /** The folders the walk left out on purpose (see `isSkippedFolder`), so the run can say how many. */
  readonly skippedFolders: readonly string[];
}

/** Installed packages and dot-folders (version control, tools' caches) hold no filings of the user's own. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** `isOwnershipXml` looks at the first 64 K characters: at most three bytes of UTF-8 each. */
const classifyingHeadBytes = 3 * 64 * 1024;

class FolderWalk {
  readonly files: string[] = [];
  readonly problems: FileProblem[] = [];
  readonly notices: FileNotice[] = [];
  readonly skippedFolders: string[] = [];
  /** Real paths of the folders searched and the files taken, so that no link makes the walk read anything twice. */
  private readonly seen = new Set<string>();

  folder(path: string): void {
    if (!this.firstVisit(path, 'a link back to a folder already searched')) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.problems.push({ path, reason: errorReason(error) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      this.entry(join(path, entry.name), entry);
    }
  }

  private entry(path: string, entry: Dirent): void {
    if (!entry.isDirectory() && !entry.isSymbolicLink() && !this.isCandidateName(path)) return;
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (entry.isSymbolicLink() && code === 'ENOENT') this.notices.push({ path, message: 'skipped: a dangling symbolic link' });
      else if (entry.isSymbolicLink() && code === 'ELOOP') this.notices.push({ path, message: 'skipped: a symbolic link loop' });
      else this.problems.push({ path, reason: errorReason(error) });
      return;
    }
    if (stat.isDirectory()) {
      if (isSkippedFolder(basename(path))) this.skippedFolders.push(path);
      else this.folder(path);
    } else if (this.isCandidateName(path)) this.candidate(path);
  }

  /**
   * A path given on the command line: a folder is searched; a file the user named is taken whatever its name, one a
   * quoted glob matched (`byGlob`) only as the walk would take it.
   */
  given(path: string, byGlob: boolean): void {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      this.problems.push({ path, reason: errorReason(error) });
      return;
    }
    if (stat.isDirectory()) this.folder(path);
    else if (!byGlob) this.files.push(path);
    else if (this.isCandidateName(path)) this.candidate(path);
  }

  private isCandidateName(path: string): boolean {
    return isYamlDraftName(path) || /\.xml$/i.test(path);
  }

  /**
   * A draft by its name; an XML file by its root element, so a Maven pom or an SVG is left alone. One that is no
   * regular file is refused here (an XML file) or when it is read (a draft), and so reported either way.
   */
  private candidate(path: string): void {
    if (!isYamlDraftName(path)) {
      try {
        if (!isOwnershipXml(decodeDocument(readFileHead(path, classifyingHeadBytes)).text)) return;
      } catch (error) {
        this.problems.push({ path, reason: error instanceof UnreadableInput ? error.message : errorReason(error) });
        return;
      }
    }
    if (this.firstVisit(path)) this.files.push(path);
  }

  /** False when the real path was already taken; a folder reached again is said, a file reached again is not. */
  private firstVisit(path: string, noticeIfSeen?: string): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (!this.seen.has(real)) {
      this.seen.add(real);
      return true;
    }
    if (noticeIfSeen) this.notices.push({ path, message: `skipped: ${noticeIfSeen}` });
    return false;
  }
}

/**
 * Named files are always checked, whatever their name (their type is checked when they are read); folders contribute
 * their Form 4 files, and so do the paths in `matchedByGlob`, which the user did not name one by one.
 */
export function selectFiles(paths: readonly string[], matchedByGlob: ReadonlySet<string> = new Set()): FileSelection {
  const walk = new FolderWalk();
  for (const path of paths) {
    if (isStandardInput(path)) walk.files.push(path);
    else walk.given(path, matchedByGlob.has(path));
  }
  return walk;
}
