/**
 * What test/bench/yamlRead.ts times, bundled with the production options: the draft reader as it is (the fast path
 * first), the general reader alone (what it was before the fast path), and the `yaml` package's parse, the floor
 * both servers share.
 */
import { parseYamlText } from '../../server/src/engine/read/yamlDocument';
import { draftTree } from '../../server/src/engine/read/yamlDraft';
import type { ReadResult } from '../../server/src/engine/read/result';

export { readYaml } from '../../server/src/engine/read/yaml';
export { readYamlFast } from '../../server/src/engine/read/yamlFast';
export { analyze, check } from '../../server/src/engine/service';
export { parseDocument } from 'yaml';

/** read/yaml.ts without its fast path. */
export function readYamlGeneral(text: string): ReadResult {
  const parsed = parseYamlText(text, 400);
  if (!parsed.document) return { root: undefined, findings: parsed.findings };
  const tree = draftTree(text, parsed.document, 200, parsed.blockDashes);
  return { root: tree.root, findings: [...parsed.findings, ...tree.findings] };
}
