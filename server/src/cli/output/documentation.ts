/**
 * Where the published documentation is, from the package's own metadata (package.json's `repository` and `homepage`,
 * built into the bundle): SARIF links a rule to its section of docs/rules.md only when the repository is a real,
 * browsable one, and says no link at all rather than an invented one.
 */
import { ruleAnchor } from '../../engine/index';

export interface PackageMetadata {
  readonly repository?: string | { readonly url?: string };
  readonly homepage?: string;
}

/** Names reserved for examples and tests (RFC 2606, RFC 6761): never a real site. */
function isPlaceholderHost(host: string): boolean {
  return /(^|\.)(invalid|example|test|localhost)$/.test(host) || /(^|\.)example\.(com|net|org)$/.test(host);
}

function httpsUrl(text: string | undefined): URL | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !isPlaceholderHost(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The repository's web address, for the forms npm accepts: `github:o/r`, `o/r`, `git+https://host/o/r.git`. */
export function repositoryWebUrl(metadata: PackageMetadata): string | undefined {
  const raw = typeof metadata.repository === 'string' ? metadata.repository : metadata.repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  const text = shorthand ? `https://github.com/${shorthand[1]}/${shorthand[2]}` : raw.replace(/^git\+/, '');
  const url = httpsUrl(text.replace(/\.git$/, ''));
  return url ? url.href.replace(/\/$/, '') : undefined;
}

/** docs/rules.md in the repository's default branch, where the hosting site shows files (GitHub, GitLab). */
export function rulesDocumentUrlOf(metadata: PackageMetadata): string | undefined {
  const repository = repositoryWebUrl(metadata);
  if (!repository) return undefined;
  const host = new URL(repository).hostname;
  if (host === 'github.com') return `${repository}/blob/HEAD/docs/rules.md`;
  if (host === 'gitlab.com') return `${repository}/-/blob/HEAD/docs/rules.md`;
  return undefined;
}

/** The project's page: the homepage when it is a real site, else the repository's web address. */
export function informationUrlOf(metadata: PackageMetadata): string | undefined {
  return httpsUrl(metadata.homepage)?.href ?? repositoryWebUrl(metadata);
}

/** A rule's section of the rules document, when there is one to link to. */
export function ruleHelpUrl(metadata: PackageMetadata, ruleId: string): string | undefined {
  const document = rulesDocumentUrlOf(metadata);
  return document && `${document}#${ruleAnchor(ruleId)}`;
}
