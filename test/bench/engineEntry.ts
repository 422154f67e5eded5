/**
 * What the in-process comparison runs, bundled by the bench with the production esbuild options: the engine's
 * facade (read, bind, structure, every rule), its phases one by one (to show where the time goes), and the floors it
 * is compared with: fast-xml-parser's object parse for XML and the `yaml` package's document parse for drafts.
 */
import type { Finding } from '../../server/src/engine/findings';
import { checkStructure as checkAgainstSchema } from '../../server/src/engine/structure/check';
import { documentSchemas, type DocumentKind } from '../../server/src/engine/structure/schema';
import type { ElementNode } from '../../server/src/engine/tree/node';

export { analyze, check, render } from '../../server/src/engine/service';
export { readXml } from '../../server/src/engine/read/xml';
export { readYaml } from '../../server/src/engine/read/yaml';
export { bindDocument } from '../../server/src/engine/model/bind';
export { LineIndex } from '../../server/src/engine/text/lineIndex';
export { runRules } from '../../server/src/engine/rules/index';
export { today } from '../../server/src/engine/model/date';
export { XMLParser } from 'fast-xml-parser';
export { parseDocument } from 'yaml';

/** The structure phase by document kind: the signature every version of this entry keeps, as compareEngines runs two. */
export function checkStructure(root: ElementNode, kind: DocumentKind): Finding[] {
  return checkAgainstSchema(root, documentSchemas[kind]);
}
