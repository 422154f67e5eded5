/**
 * Which open documents are Form 4 documents, and in which format. The tests themselves (the name of a YAML draft,
 * the root element of ownership XML) are the engine's; this file only adds the user's glob patterns and reads
 * the path out of a URI. Shared by the server and the client (which starts the server and synchronises documents by
 * it), so both draw the line in the same place; it imports only the engine's import-free detect.ts, so the client
 * bundle carries no engine.
 */
import { detectFormat, isBlankXml, isOwnershipXml, isYamlDraftName } from '../engine/detect';
import type { SourceFormat } from '../engine/index';
import { matchesAnyGlob } from './glob';

/** The path part of a URI, decoded (`file:///a/b%20c.xml` -> `/a/b c.xml`, `untitled:Untitled-1` -> `Untitled-1`). */
export function uriPath(uri: string): string {
  try {
    const parsed = new URL(uri);
    return decodeURIComponent(parsed.pathname);
  } catch {
    return uri;
  }
}

export interface SelectionInput {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  readonly include: readonly string[];
}

/** The format to check the document as, or undefined when it is not a Form 4 document. */
export function form4FormatOf(input: SelectionInput): SourceFormat | undefined {
  const path = uriPath(input.uri);
  if (isYamlDraftName(path)) return 'yaml';
  if (input.include.length > 0 && matchesAnyGlob(path, input.include)) {
    return detectFormat(path, input.text) ?? (input.languageId === 'xml' ? 'xml' : 'yaml');
  }
  const looksLikeXml = input.languageId === 'xml' || /\.xml$/i.test(path);
  // A blank XML document may become a filing: the server offers it a new draft (and reports nothing in it).
  return looksLikeXml && (isOwnershipXml(input.text) || isBlankXml(input.text)) ? 'xml' : undefined;
}
