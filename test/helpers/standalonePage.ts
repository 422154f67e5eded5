/**
 * Options for the renderer's standalone page as the CLI passes them: the engine takes the SHA-256 that allows its
 * inline stylesheet from its host, and the tests use the CLI's, so they check the page `form4 render` writes.
 * `standalonePage({ findings })` for `renderForm` or the facade's `render` alike.
 */
import { sha256Base64 } from '../../server/src/cli/sha256';

type PageOf<Extras> = Extras & { readonly standalone: true; readonly sha256Base64: typeof sha256Base64 };

export function standalonePage<Extras extends object>(extras?: Extras): PageOf<Extras> {
  return { ...(extras as Extras), standalone: true, sha256Base64 };
}
