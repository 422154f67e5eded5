/**
 * Which files `form4 check` reads: the named files, and in named folders the Form 4 files found recursively, leaving
 * out only `node_modules` and folders whose name starts with a dot (`.git`, `.venv`), and counting those. The walk
 * never stops at a problem: every file or folder it could not read is reported (and makes the exit code 2), a
 * dangling link is skipped with a notice, and a folder or file already reached (through a link loop, or by two
 * names) is not read again.
 *
 * The walk reads no file: it takes drafts and `.xml` files by their names, and an XML file's root is looked at when
 * the check reads it (checkFile.ts, `sniff`), so each file is read once. The folder entries' types come with the
 * listing, so a plain file costs no `stat` here. The walk is lazy (a generator) and remembers folders and links, not
 * every file, so its memory does not grow with the number of files.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isYamlDraftName } from '../engine/index';
import { errorReason } from './errorReason';
import { isStandardInput } from './inputs';

/** A file the run will read, and whether its root still decides if it is checked (an `.xml` the walk found). */
export interface SelectedFile {
  readonly path: string;
  readonly sniff: boolean;
  /** The folder's listing gave it as a regular file (not a link), so reading it needs no `stat` of the path first. */
  readonly listed: boolean;
}

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

/** The walk's files, given one at a time; what it has to say is gathered beside them as it goes. */
export interface FileSelection {
  readonly files: Iterable<SelectedFile>;
  readonly problems: readonly FileProblem[];
  readonly notices: readonly FileNotice[];
  /** The folders the walk left out on purpose (see `isSkippedFolder`), so the run can say how many. */
  readonly skippedFolders: readonly string[];
}

/** Installed packages and dot-folders (version control, tools' caches) hold no filings of the user's own. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function isCandidateName(path: string): boolean {
  return isYamlDraftName(path) || /\.xml$/i.test(path);
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

class FolderWalk {
  readonly problems: FileProblem[] = [];
  readonly notices: FileNotice[] = [];
  readonly skippedFolders: string[] = [];
  /** Real paths of the folders searched, so that no link makes the walk search one twice. */
  private readonly folders = new Set<string>();
  /**
   * Real paths of the files taken through a link or a glob. A plain file of a searched folder is not remembered: it
   * can be reached again only through such a path, which `takenThrough` tells apart.
   */
  private readonly linked = new Set<string>();

  *folder(path: string): Generator<SelectedFile> {
    const real = realPath(path);
    if (this.folders.has(real)) {
      this.notices.push({ path, message: 'skipped: a link back to a folder already searched' });
      return;
    }
    this.folders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.problems.push({ path, reason: errorReason(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isFile()) {
        if (isCandidateName(child) && !this.linked.has(join(real, entry.name))) yield selected(child, true);
      } else if (entry.isDirectory() || entry.isSymbolicLink() || isCandidateName(child)) yield* this.entry(child, entry);
    }
  }

  private *entry(path: string, entry: Dirent): Generator<SelectedFile> {
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
      else yield* this.folder(path);
    } else if (isCandidateName(path) && this.takenThrough(path)) yield selected(path, false);
  }

  /**
   * A path given on the command line: a folder is searched; a file the user named is taken whatever its name, one a
   * quoted glob matched (`byGlob`) only as the walk would take it.
   */
  *given(path: string, byGlob: boolean): Generator<SelectedFile> {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      this.problems.push({ path, reason: errorReason(error) });
      return;
    }
    if (stat.isDirectory()) yield* this.folder(path);
    else if (!byGlob) yield { path, sniff: false, listed: false };
    else if (isCandidateName(path) && this.takenThrough(path)) yield selected(path, false);
  }

  /**
   * True the first time a file is reached by a link or a glob. It was already taken if its real folder was searched
   * and the file is a candidate there by its own name (the folders are searched whole, depth first, so it is taken
   * there, before or after); otherwise it is remembered, and the plain entry skips it when its folder comes.
   */
  private takenThrough(path: string): boolean {
    const real = realPath(path);
    if (this.linked.has(real)) return false;
    if (this.folders.has(dirname(real)) && isCandidateName(real) && !isPlainFileSkipped(real)) return false;
    this.linked.add(real);
    return true;
  }
}

/** Only a plain file of a searched folder is taken by the folder itself; anything else (a link) is not. */
function isPlainFileSkipped(real: string): boolean {
  try {
    return !lstatSync(real).isFile();
  } catch {
    return true;
  }
}

/** A draft by its name; an XML file by its root element, looked at when it is read (a Maven pom, an SVG are left). */
function selected(path: string, listed: boolean): SelectedFile {
  return { path, sniff: !isYamlDraftName(path), listed };
}

/**
 * Named files are always checked, whatever their name (their type is checked when they are read); folders contribute
 * their Form 4 files, and so do the paths in `matchedByGlob`, which the user did not name one by one. The files come
 * as the iteration walks to them.
 */
export function selectFiles(paths: readonly string[], matchedByGlob: ReadonlySet<string> = new Set()): FileSelection {
  const walk = new FolderWalk();
  function* files(): Generator<SelectedFile> {
    for (const path of paths) {
      if (isStandardInput(path)) yield { path, sniff: false, listed: false };
      else yield* walk.given(path, matchedByGlob.has(path));
    }
  }
  return { files: files(), problems: walk.problems, notices: walk.notices, skippedFolders: walk.skippedFolders };
}
