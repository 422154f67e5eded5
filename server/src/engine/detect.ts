/**
 * Which texts are Form 4 documents, by name and by a cheap look at their start: pure and import-free, so the editor's
 * client can tell a Form 4 document (to start the server and synchronise only those) without bundling the engine.
 * The engine's front door re-exports these; server/src/shared/documentSelection.ts is the one other importer.
 */
import type { SourceFormat } from './read/result';

const yamlDraftName = /\.form4\.ya?ml$/i;

/** True for file names of YAML drafts (`*.form4.yaml`, `*.form4.yml`). */
export function isYamlDraftName(fileName: string): boolean {
  return yamlDraftName.test(fileName);
}

/**
 * True when an XML text's root element is `ownershipDocument`: a cheap look at the start of the text (prolog,
 * comments and a DOCTYPE skipped), so folders of unrelated XML are not read in full.
 */
export function isOwnershipXml(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  const prolog = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/.exec(head);
  const rest = head.slice(prolog ? prolog[0].length : 0);
  return /^<ownershipDocument[\s/>]/.test(rest);
}

/**
 * True for an XML text with nothing in it yet (whitespace, an XML declaration): a filing about to be written, where
 * completion offers a whole new draft. Nothing is checked in it until it has a root element.
 */
export function isBlankXml(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?$/.test(text.slice(0, 1024));
}

/** The format of a file by name, else by content; undefined when neither tells. */
export function detectFormat(fileName: string, text: string): SourceFormat | undefined {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.xml$/i.test(fileName)) return 'xml';
  return /^\uFEFF?\s*</.test(text) ? 'xml' : undefined;
}
