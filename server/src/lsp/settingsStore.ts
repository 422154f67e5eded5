/**
 * Settings per resource. With a client that answers `workspace/configuration`, each document's settings are asked
 * for once (folder settings may differ) and cached until the configuration changes; with one that does not, the
 * settings pushed in `didChangeConfiguration` apply everywhere.
 */
import type { Form4Settings } from '../shared/protocol';
import { defaultSettings, parseSettings } from './settings';

export type ConfigurationFetcher = (uri: string) => Promise<unknown>;

export class SettingsStore {
  private readonly perResource = new Map<string, Promise<Form4Settings>>();
  /** The settings already received, for decisions that cannot wait (the debounce delay of a keystroke). */
  private readonly resolved = new Map<string, Form4Settings>();
  private pushed: Form4Settings = defaultSettings;

  constructor(
    private readonly fetch: ConfigurationFetcher | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  get(uri: string): Promise<Form4Settings> {
    if (!this.fetch) return Promise.resolve(this.pushed);
    let settings = this.perResource.get(uri);
    if (!settings) {
      const request: Promise<Form4Settings> = this.fetch(uri).then(
        (raw) => {
          const parsed = parseSettings(raw);
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
