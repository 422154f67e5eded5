/**
 * Settings per resource. With a client that answers `workspace/configuration`, each document's settings are asked
 * for once (folder settings may differ) and cached until the configuration changes; with one that does not, the
 * settings pushed in `didChangeConfiguration` apply everywhere.
 */
import { parseProjectConfig, type ConfigProblem } from '../engine/index';
import type { Form4Settings, ProjectConfigResult } from '../shared/protocol';
import { defaultSettings, parseSettings } from './settings';

export type ConfigurationFetcher = (uri: string) => Promise<unknown>;

/** Asks the client for the `.form4rc.json` that applies to a document. */
export type ProjectConfigFetcher = (uri: string) => Promise<ProjectConfigResult>;

/** Told of a `.form4rc.json` that is not applied: where it is and what is wrong with it. */
export type ProjectConfigReporter = (file: string, problems: readonly ConfigProblem[]) => void;

/**
 * The editor's settings over the project's file: a rule's severity is `.form4rc.json`'s, then `form4.rules`'s on top.
 * A file with problems is reported and not applied, as on the command line.
 */
export function layered(settings: Form4Settings, file: ProjectConfigResult, report: ProjectConfigReporter): Form4Settings {
  if (!file) return settings;
  const config = parseProjectConfig(file.text);
  if (config.problems.length > 0) {
    report(file.uri, config.problems);
    return settings;
  }
  return { ...settings, rules: { ...config.rules, ...settings.rules } };
}

export class SettingsStore {
  private readonly perResource = new Map<string, Promise<Form4Settings>>();
  /** The settings already received, for decisions that cannot wait (the debounce delay of a keystroke). */
  private readonly resolved = new Map<string, Form4Settings>();
  private pushed: Form4Settings = defaultSettings;

  constructor(
    private readonly fetch: ConfigurationFetcher | undefined,
    private readonly onError: (error: unknown) => void,
    private readonly project?: { readonly fetch: ProjectConfigFetcher; readonly report: ProjectConfigReporter },
  ) {}

  /** The project's file for `uri`, or none when the client cannot say or fails to (logged). */
  private projectConfig(uri: string): Promise<ProjectConfigResult> {
    if (!this.project) return Promise.resolve(null);
    return this.project.fetch(uri).then(
      (file) => (file && typeof file.text === 'string' && typeof file.uri === 'string' ? file : null),
      (error: unknown) => {
        this.onError(error);
        return null;
      },
    );
  }

  get(uri: string): Promise<Form4Settings> {
    if (!this.fetch) return Promise.resolve(this.pushed);
    let settings = this.perResource.get(uri);
    if (!settings) {
      const project = this.projectConfig(uri);
      const request: Promise<Form4Settings> = this.fetch(uri).then(
        async (raw) => {
          const parsed = layered(parseSettings(raw), await project, this.project?.report ?? (() => {}));
          // Only if this request is still the cached one (no reset came while it was in flight).
          if (this.perResource.get(uri) === request) this.resolved.set(uri, parsed);
          return parsed;
        },
        (error: unknown) => {
          this.onError(error);
          // Not cached: the next request asks again.
          if (this.perResource.get(uri) === request) this.perResource.delete(uri);
          return defaultSettings;
        },
      );
      settings = request;
      this.perResource.set(uri, settings);
    }
    return settings;
  }

  /** The settings of `uri` if already known, without waiting. */
  peek(uri: string): Form4Settings | undefined {
    return this.fetch ? this.resolved.get(uri) : this.pushed;
  }

  /** The configuration changed: forget everything; `pushed` is the `form4` section when the client sent it. */
  reset(pushed?: unknown): void {
    this.perResource.clear();
    this.resolved.clear();
    if (pushed !== undefined) this.pushed = parseSettings(pushed);
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
    this.resolved.delete(uri);
  }
}
