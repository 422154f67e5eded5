/** `.form4rc.json`: project settings for the command line, found in the current folder or the nearest above it. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RuleSetting } from '../engine/index';
import { parseRuleSettings, UsageError } from './args';

export const configFileName = '.form4rc.json';

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

/** Reads a config file; a malformed one is a usage error naming the file, never silently ignored. */
export function loadConfig(path: string | undefined): CliConfig {
  if (!path) return { rules: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: not readable JSON (${(error as Error).message})`);
  }
  const rules = (parsed as { rules?: unknown } | null)?.rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules))
    throw new UsageError(`${path}: "rules" must be an object of rule ids to severities`);
  try {
    return { path, rules: parseRuleSettings(Object.entries(rules).map(([id, setting]) => `${id}=${String(setting)}`)) };
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`);
  }
}
