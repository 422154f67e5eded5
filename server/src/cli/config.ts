/** `.form4rc.json`: project settings for the command line, found in the current folder or the nearest above it. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { catalogue, formatConfigProblem, parseProjectConfig, projectConfigFileName, type RuleSetting } from '../engine/index';
import { UsageError } from './args';
import type { RunNotice } from './output/report';

export const configFileName = projectConfigFileName;

export interface CliConfig {
  readonly path?: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export function findConfig(startFolder: string): string | undefined {
  let folder = resolve(startFolder);
  for (;;) {
    const candidate = join(folder, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Reads a config file; a malformed one is a usage error naming the file and each problem's JSON pointer, never
 * silently ignored. Parsing and validation (against schemas/form4rc.schema.json) are the engine's, shared with the
 * language server.
 */
export function loadConfig(path: string | undefined): CliConfig {
  if (!path) return { rules: {} };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: not readable (${(error as Error).message})`);
  }
  const config = parseProjectConfig(text);
  if (config.problems.length > 0) throw new UsageError(config.problems.map((p) => formatConfigProblem(p, path)).join('\n'));
  return { path, rules: config.rules };
}

/** The rules whose errors say a file is not a readable filing at all: well-formedness, the size limits, the schema. */
const safetyNetCategories: ReadonlySet<string> = new Set(['syntax', 'structure']);
const safetyNetRules: ReadonlySet<string> = new Set(catalogue.filter((r) => safetyNetCategories.has(r.category)).map((r) => r.id));

/**
 * What the run says about an applied config file: its name (it may sit in any folder above, unseen), and a warning
 * for each safety-net rule it turns off or below an error, unless `--rule` (in `overridden`) set that rule itself.
 */
export function configNotices(config: CliConfig, cwd: string, overridden: Readonly<Record<string, RuleSetting>>): RunNotice[] {
  if (config.path === undefined) return [];
  const name = relative(cwd, config.path) || config.path;
  const notices: RunNotice[] = [{ level: 'note', message: `rule settings from ${name}` }];
  for (const [id, setting] of Object.entries(config.rules)) {
    if (!safetyNetRules.has(id) || setting === 'error' || Object.hasOwn(overridden, id)) continue;
    const change = setting === 'off' ? 'turns off' : `lowers to ${setting}`;
    notices.push({ level: 'warning', message: `${name} ${change} ${id}: a file it finds broken no longer fails the check` });
  }
  return notices;
}
