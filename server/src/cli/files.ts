/** Which files `form4 check` reads: the named files, and in named folders the Form 4 files found recursively. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isOwnershipXml, isYamlDraftName } from '../engine/index';

export interface FileProblem {
  readonly path: string;
  /** Why it could not be read, e.g. ENOENT. */
  readonly reason: string;
}

export interface FileSelection {
  readonly files: readonly string[];
  readonly problems: readonly FileProblem[];
}

const skippedFolders = new Set(['node_modules', '.git', '.e2e-tools', 'dist']);

function isCandidate(path: string): boolean {
  if (isYamlDraftName(path)) return true;
  if (!/\.xml$/i.test(path)) return false;
  try {
    return isOwnershipXml(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

function walkFolder(folder: string, out: string[]): void {
  for (const name of readdirSync(folder).sort()) {
    if (skippedFolders.has(name)) continue;
    const path = join(folder, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walkFolder(path, out);
    else if (stat.isFile() && isCandidate(path)) out.push(path);
  }
}

/** Named files are always checked (whatever their name); folders contribute their Form 4 files. */
export function selectFiles(paths: readonly string[]): FileSelection {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walkFolder(path, files);
      else files.push(path);
    } catch (error) {
      problems.push({ path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
  }
  return { files, problems };
}
