/**
 * Watching the `.form4rc.json` files that apply to open documents. The client's own watcher sees only files inside
 * the workspace, but the nearest file may be above the workspace folder (a repository's root over an opened
 * sub-folder). So for each file the client hands over, the server registers a watcher on that very file
 * (`workspace/didChangeWatchedFiles` with a relative pattern: folder + name), and a change, re-creation or deletion
 * re-checks every open document. Needs a client with dynamic registration and relative patterns (VS Code has both).
 */
import { DidChangeWatchedFilesNotification, WatchKind, type ClientCapabilities, type Connection } from 'vscode-languageserver';

/** A file's folder as a URI and its name, from what `form4/projectConfig` answers (a file path or a URI). */
export function watchTarget(file: string): { readonly baseUri: string; readonly pattern: string } | undefined {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (slash < 0 || slash === file.length - 1) return undefined;
  const folder = file.slice(0, slash);
  const pattern = file.slice(slash + 1);
  // A URI (two or more letters before the colon, so not a Windows drive): its folder as it is.
  if (/^[a-z][a-z0-9+.-]+:/i.test(folder)) return { baseUri: folder, pattern };
  // A file-system path (POSIX or Windows): the file URI of its folder, each segment percent-encoded.
  const segments = folder.split(/[\\/]/).map((s, i) => (i === 0 && /^[a-z]:$/i.test(s) ? `/${s.toLowerCase()}` : encodeURIComponent(s)));
  return { baseUri: `file://${segments.join('/') || '/'}`, pattern };
}

export class ConfigWatcher {
  private readonly watched = new Set<string>();
  private readonly enabled: boolean;

  constructor(
    private readonly connection: Connection,
    capabilities: ClientCapabilities,
    private readonly onError: (error: unknown) => void,
  ) {
    const watching = capabilities.workspace?.didChangeWatchedFiles;
    this.enabled = watching?.dynamicRegistration === true && watching.relativePatternSupport === true;
  }

  /** Watches `file` (once) if the client can. */
  watch(file: string): void {
    if (!this.enabled || this.watched.has(file)) return;
    const target = watchTarget(file);
    if (!target) return;
    this.watched.add(file);
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: target, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete }],
      })
      .catch((error: unknown) => {
        this.watched.delete(file);
        this.onError(error);
      });
  }
}
