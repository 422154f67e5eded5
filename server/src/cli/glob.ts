/**
 * Quoted globs (`form4 check 'filings/**\/*.xml'`), expanded by the command line itself as a shell would, so they
 * work the same in any shell, in npm scripts and on Windows: `*` and `?` within a name, `[abc]` / `[!abc]` one
 * character, `**` any number of folders. A path that exists as it is written is never taken for a pattern. The walk
 * leaves out `node_modules` and dot-folders, as the folder walk does, and never follows a link to a folder.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorReason } from './errorReason';
import { isSkippedFolder } from './files';

export function isGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/** The pattern as a regular expression over `/`-separated paths relative to the pattern's fixed base. */
export function globRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[' && pattern.indexOf(']', i + 2) > i) {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      out += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]]/g, '\\$&')}]`;
      i = end;
    } else out += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export interface GlobExpansion {
  /** The matching files and folders, absolute, sorted. */
  readonly matches: readonly string[];
  /** Folders that could not be listed on the way, with the reason. */
  readonly problems: readonly { readonly path: string; readonly reason: string }[];
}

/** The files and folders under `cwd` that `pattern` names. */
export function expandGlob(cwd: string, pattern: string): GlobExpansion {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  while (segments.length > 1 && !isGlob(segments[0])) fixed.push(segments.shift() as string);
  const base = resolve(cwd, fixed.join('/') || '.');
  const matcher = globRegExp(segments.join('/'));
  const maxDepth = segments.includes('**') || segments.some((s) => s.includes('**')) ? Infinity : segments.length;
  const matches: string[] = [];
  const problems: { path: string; reason: string }[] = [];
  const visit = (folder: string, relative: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: folder, reason: errorReason(error) });
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (matcher.test(path)) matches.push(join(folder, entry.name));
      else if (entry.isDirectory() && depth < maxDepth && !isSkippedFolder(entry.name)) visit(join(folder, entry.name), path, depth + 1);
    }
  };
  visit(base, '', 1);
  return { matches: matches.sort(), problems };
}
