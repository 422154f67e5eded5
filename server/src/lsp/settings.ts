/**
 * The `form4.*` settings as the server uses them. Whatever the client sends is checked field by field: a wrong type
 * or an out-of-range number falls back to the default rather than breaking validation.
 */
import { defaultReadLimits, parseRuleSetting, readLimitBounds, type RuleSetting } from '../engine/index';

export interface Form4Settings {
  /** False turns every feature off for the resource (diagnostics are cleared). */
  readonly enable: boolean;
  /** Severity overrides by rule id. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Milliseconds to wait after the last keystroke before validating. */
  readonly debounceMs: number;
  /** Extra glob patterns of files checked as Form 4 documents (beyond `*.form4.yaml` and ownership XML). */
  readonly include: readonly string[];
  /** Reading limits (characters, nesting depth): past them a document gets one clear finding. */
  readonly maxFileSize: number;
  readonly maxDepth: number;
}

export const defaultSettings: Form4Settings = {
  enable: true,
  rules: {},
  debounceMs: 150,
  include: [],
  maxFileSize: defaultReadLimits.maxBytes,
  maxDepth: defaultReadLimits.maxDepth,
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

/** The `form4` section of the configuration, as VS Code nests it (`{enable, rules, validation: {debounce}, ...}`). */
export function parseSettings(raw: unknown): Form4Settings {
  if (!isRecord(raw)) return defaultSettings;
  const validation = isRecord(raw.validation) ? raw.validation : {};
  const files = isRecord(raw.files) ? raw.files : {};
  const limits = isRecord(raw.limits) ? raw.limits : {};
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : defaultSettings.enable,
    rules: ruleOverrides(raw.rules),
    debounceMs: numberIn(validation.debounce, 0, 10_000, defaultSettings.debounceMs),
    include: Array.isArray(files.include) ? files.include.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    maxFileSize: numberIn(limits.maxFileSize, readLimitBounds.maxBytes.min, readLimitBounds.maxBytes.max, defaultSettings.maxFileSize),
    maxDepth: numberIn(limits.maxDepth, readLimitBounds.maxDepth.min, readLimitBounds.maxDepth.max, defaultSettings.maxDepth),
  };
}
