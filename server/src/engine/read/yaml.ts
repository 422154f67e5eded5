/**
 * The YAML draft reader: text to the same XML-shaped tree the XML reader builds, plus a finding for every syntax
 * problem. It never throws and never recurses without a bound: size and nesting are checked before the text is
 * composed (see ./yamlDocument.ts), and element nesting again while the tree is built.
 */
import { FindingCap, maxGeneralYamlLexemes, resolveReadLimits, tooComplexFinding, tooLargeFinding, type ReadLimits } from './limits';
import type { ReadResult } from './result';
import { withYamlComments } from './yamlComments';
import { parseYamlText } from './yamlDocument';
import { draftTree } from './yamlDraft';
import { readYamlFast } from './yamlFast';

export function readYaml(text: string, limits?: Partial<ReadLimits>): ReadResult {
  const { maxBytes, maxDepth } = resolveReadLimits(limits);
  if (text.length > maxBytes) return { root: undefined, findings: [tooLargeFinding(text, maxBytes)] };
  // Drafts as people write them take the fast path (./yamlFast), which yields the same tree; anything else, and
  // anything with a finding, the general one below.
  const fast = readYamlFast(text, maxDepth);
  if (fast.root) return { root: withYamlComments(fast.root, text, fast.commentStarts), findings: [] };
  // Each element level takes at most two YAML levels (a list, then a mapping), so this bound never cuts a draft the
  // element limit would accept. A draft too big for the general reader is refused where the fast one stopped.
  const parsed = parseYamlText(text, 2 * maxDepth, maxGeneralYamlLexemes);
  if (parsed.overBudget) return { root: undefined, findings: [tooComplexFinding(text, fast.notFast, fast.at)] };
  if (!parsed.document) return { root: undefined, findings: parsed.findings };
  const tree = draftTree(text, parsed.document, maxDepth, parsed.blockDashes);
  // Both steps report yaml/syntax: capped again together, so the draft gets one summary of the two counts.
  return { root: tree.root && withYamlComments(tree.root, text), findings: FindingCap.apply([...parsed.findings, ...tree.findings]) };
}
