/**
 * The YAML draft reader: text to the same XML-shaped tree the XML reader builds, plus a finding for every syntax
 * problem. It never throws and never recurses without a bound: size and nesting are checked before the text is
 * composed (see ./yamlDocument.ts), and element nesting again while the tree is built.
 */
import type { Finding } from '../findings';
import { resolveReadLimits, type ReadLimits } from './limits';
import type { ReadResult } from './result';
import { parseYamlText } from './yamlDocument';
import { draftTree } from './yamlDraft';

export function readYaml(text: string, limits?: Partial<ReadLimits>): ReadResult {
  const { maxBytes, maxDepth } = resolveReadLimits(limits);
  if (text.length > maxBytes) return { root: undefined, findings: [tooLarge(text, maxBytes)] };
  // Each element level takes at most two YAML levels (a list, then a mapping), so this bound never cuts a draft the
  // element limit would accept.
  const parsed = parseYamlText(text, 2 * maxDepth);
  if (!parsed.document) return { root: undefined, findings: parsed.findings };
  const tree = draftTree(text, parsed.document, maxDepth);
  return { root: tree.root, findings: [...parsed.findings, ...tree.findings] };
}

function tooLarge(text: string, maxBytes: number): Finding {
  const lineEnd = text.search(/[\r\n]/);
  return {
    rule: 'input/too-large',
    severity: 'error',
    message: `The document has ${grouped(text.length)} characters, more than the limit of ${grouped(maxBytes)}; it was not read.`,
    span: { start: 0, end: lineEnd < 0 ? text.length : lineEnd },
  };
}

function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
