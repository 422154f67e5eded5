/**
 * Element trees (snippet trees, with tab stops or fixed values) as lines of XML or of a YAML draft. Edits render
 * fixed values; snippets render tab stops. Lines are unindented at the top level; nested levels add `unit`.
 */
import {
  attributeKeyPrefix,
  childTypeOf,
  definesFootnotes,
  foldsIntoScalar,
  footnoteElement,
  footnoteIdAttribute,
  footnoteRefElement,
  footnotesKey,
  isRepeatable,
  takesFootnoteRefs,
  textKey,
  writesOrdered,
} from '../../structure/draftShape';
import type { TypeDef } from '../../structure/schema';
import { inlineScalar } from '../../write/yamlScalar';
import type { SnippetField, SnippetNode } from '../snippetTree';

/** Turns a field into its text in the target format (escaped, quoted, or a tab stop). */
export type FieldText = (field: SnippetField) => string;

/** XML escapes text and attribute values differently (see write/xmlEscape.ts): a field renderer for each. */
export interface XmlFieldText {
  readonly text: FieldText;
  readonly attribute: FieldText;
}

export function xmlLines(node: SnippetNode, unit: string, field: XmlFieldText): string[] {
  const attributes = (node.attributes ?? []).map((a) => ` ${a.name}="${field.attribute(a.value)}"`).join('');
  const children = node.children ?? [];
  // An element with attributes and nothing else is written as an empty-element tag, as filings write references.
  if (children.length === 0 && !node.value && attributes) return [`<${node.name}${attributes}/>`];
  if (children.length === 0) return [`<${node.name}${attributes}>${node.value ? field.text(node.value) : ''}</${node.name}>`];
  const inner = children.flatMap((child) => xmlLines(child, unit, field)).map((line) => unit + line);
  return [`<${node.name}${attributes}>`, ...inner, `</${node.name}>`];
}

/** The cell's value when the element folds into a YAML scalar (`value` child only). */
function foldedValue(node: SnippetNode, type: TypeDef | undefined): SnippetField | undefined {
  const children = node.children ?? [];
  if (!foldsIntoScalar(type) || children.length !== 1 || children[0].name !== 'value' || node.attributes?.length) return undefined;
  return children[0].value ?? { kind: 'fixed', text: '' };
}

/** Lines of a list item: `- ` before the first, two spaces before the rest, so the item's keys line up. */
function asListItem(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`));
}

/** The mapping lines of an element's content (its children as keys), one level below its key. */
export function yamlContentLines(node: SnippetNode, type: TypeDef | undefined, unit: string, field: FieldText): string[] {
  const children = node.children ?? [];
  if (definesFootnotes(type)) {
    return children.map((fn) => {
      const id = fn.attributes?.find((a) => a.name === footnoteIdAttribute)?.value;
      return `${id ? field(id) : ''}: ${fn.value ? field(fn.value) : '""'}`;
    });
  }
  const lines: string[] = [];
  for (const attribute of node.attributes ?? [])
    lines.push(`${inlineScalar(attributeKeyPrefix + attribute.name, 'key')}: ${field(attribute.value)}`);
  const ordered = writesOrdered(type);
  const byName = new Map<string, SnippetNode[]>();
  for (const child of children) byName.set(child.name, [...(byName.get(child.name) ?? []), child]);
  for (const [name, group] of byName) {
    const childType = childTypeOf(type, name);
    if (name === footnoteRefElement && takesFootnoteRefs(type)) {
      // A cell's references are its `footnotes: [F1, F2]` list, as the draft format writes them.
      const ids = group.map((ref) => ref.attributes?.find((a) => a.name === footnoteIdAttribute)?.value);
      lines.push(`${footnotesKey}: [${ids.map((id) => (id ? field(id) : '')).join(', ')}]`);
    } else if (ordered) {
      for (const child of group) lines.push(...asListItem(yamlLines(child, childType, unit, field)));
    } else if (isRepeatable(type, name)) {
      lines.push(`${name}:`, ...group.flatMap((child) => asListItem(yamlContentLines(child, childType, unit, field))).map((l) => unit + l));
    } else {
      for (const child of group) lines.push(...yamlLines(child, childType, unit, field));
    }
  }
  return lines;
}

/**
 * An element as YAML draft lines: `name: value` for a value or a folded cell, `name:` and its content below for
 * the rest (lists for repeated elements and the ordered form for tables, as draftShape.ts says).
 */
export function yamlLines(node: SnippetNode, type: TypeDef | undefined, unit: string, field: FieldText): string[] {
  const folded = foldedValue(node, type);
  if (folded) return [`${node.name}: ${field(folded)}`];
  const hasContent = (node.children?.length ?? 0) > 0 || (node.attributes?.length ?? 0) > 0;
  if (!hasContent) return [node.value ? `${node.name}: ${field(node.value)}` : `${node.name}:`];
  const content = yamlContentLines(node, type, unit, field);
  if (node.value && node.name !== footnoteElement) content.push(`${inlineScalar(textKey, 'key')}: ${field(node.value)}`);
  return [`${node.name}:`, ...content.map((line) => unit + line)];
}
