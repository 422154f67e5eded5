/**
 * The `form4.*` settings as the server uses them. Whatever the client sends is checked field by field: a wrong type
 * or an out-of-range number falls back to the default rather than breaking validation.
 */
import { defaultReadLimits, parseRuleSetting, readLimitBounds, type RuleSetting } from '../engine/index';
import type { Form4Settings, Form4SettingsSection } from '../shared/protocol';

export const defaultSettings: Form4Settings = {
  enable: true,
  rules: {},
  debounceMs: 150,
  include: [],
  maxFileSize: defaultReadLimits.maxBytes,
  maxDepth: defaultReadLimits.maxDepth,
  historyEnable: true,
  historyInclude: '**/*.{xml,form4.yaml,form4.yml}',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? Math.floor(value) : fallback;
}

function ruleOverrides(value: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!isRecord(value)) return out;
  for (const [id, setting] of Object.entries(value)) {
    const parsed = typeof setting === 'string' ? parseRuleSetting(setting) : undefined;
    if (parsed) out[id] = parsed;
  }
  return out;
}

/** A part of the section as it may arrive: the names the shape declares, with values of any type yet. */
type Unchecked<T> = { readonly [K in keyof T]?: unknown };

function unchecked<T>(value: unknown): Unchecked<T> {
  return isRecord(value) ? value : {};
}

/** The `form4` section of the configuration, read by the names `Form4SettingsSection` declares. */
export function parseSettings(raw: unknown): Form4Settings {
  if (!isRecord(raw)) return defaultSettings;
  const section = unchecked<Form4SettingsSection>(raw);
  const validation = unchecked<NonNullable<Form4SettingsSection['validation']>>(section.validation);
  const files = unchecked<NonNullable<Form4SettingsSection['files']>>(section.files);
  const limits = unchecked<NonNullable<Form4SettingsSection['limits']>>(section.limits);
  const history = unchecked<NonNullable<Form4SettingsSection['history']>>(section.history);
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : defaultSettings.enable,
    rules: ruleOverrides(section.rules),
    debounceMs: numberIn(validation.debounce, 0, 10_000, defaultSettings.debounceMs),
    include: Array.isArray(files.include) ? files.include.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    maxFileSize: numberIn(limits.maxFileSize, readLimitBounds.maxBytes.min, readLimitBounds.maxBytes.max, defaultSettings.maxFileSize),
    maxDepth: numberIn(limits.maxDepth, readLimitBounds.maxDepth.min, readLimitBounds.maxDepth.max, defaultSettings.maxDepth),
    historyEnable: typeof history.enable === 'boolean' ? history.enable : defaultSettings.historyEnable,
    historyInclude: typeof history.include === 'string' && history.include.trim() !== '' ? history.include : defaultSettings.historyInclude,
  };
}
