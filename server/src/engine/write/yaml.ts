/**
 * The YAML draft writer: an element tree (read from EDGAR XML or from a draft) to the draft notation described in
 * docs/yaml-drafts.md. Nothing is lost: every value is written so that it reads back exactly, unknown elements and
 * attributes are kept, and so is the order of the elements. readYaml(writeYaml(tree)) gives the same tree.
 */
import type { ElementNode } from '../tree/node';
import { draftOf } from './yamlDraft';
import { renderYaml } from './yamlText';

export function writeYaml(root: ElementNode): string {
  return renderYaml(draftOf(root));
}
