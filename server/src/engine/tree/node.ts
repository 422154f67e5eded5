import type { Span } from '../text/span';

/**
 * The located document tree: what both readers produce and what the structure checker, the model binder and
 * the writers consume. It is shaped like EDGAR ownership XML whatever the source format, so a YAML draft's
 * `transactionShares: 1500` becomes an element `transactionShares` with a child element `value` holding "1500",
 * exactly as `<transactionShares><value>1500</value></transactionShares>` does. Everything the source held is kept,
 * unknown and misplaced elements included, so it can be reported and converted without loss.
 */
export interface ElementNode {
  readonly name: string;
  /** Where the element's name is: the start tag's name in XML, the key in YAML (for a list item, its first line). */
  readonly nameSpan: Span;
  /** The whole element: start tag to end tag in XML, key and value in YAML. */
  readonly span: Span;
  readonly attributes: readonly AttributeNode[];
  readonly children: readonly ElementNode[];
  /**
   * Character data directly inside the element, entity references decoded, untrimmed. Absent when there was none
   * (an empty element, or one holding only child elements and whitespace between them).
   */
  readonly text?: TextValue;
}

export interface AttributeNode {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: TextValue;
}

export interface TextValue {
  /** The decoded text, as the document means it (entities resolved, YAML quoting removed). */
  readonly value: string;
  /**
   * Where the text stands in the source. In XML from the first to the last character of the character data
   * (whitespace included); in YAML the scalar, quotes included.
   */
  readonly span: Span;
}

export function childrenNamed(node: ElementNode, name: string): ElementNode[] {
  return node.children.filter((c) => c.name === name);
}

export function firstChild(node: ElementNode | undefined, name: string): ElementNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function attribute(node: ElementNode, name: string): AttributeNode | undefined {
  return node.attributes.find((a) => a.name === name);
}

/** The element's text with XML whitespace trimmed, or '' when it has none. */
export function textOf(node: ElementNode | undefined): string {
  return node?.text?.value.trim() ?? '';
}

/** Depth-first walk, parents before children. Stops descending where `visit` returns false. */
export function walk(
  node: ElementNode,
  visit: (node: ElementNode, parent: ElementNode | undefined) => boolean | void,
  parent?: ElementNode,
): void {
  if (visit(node, parent) === false) return;
  for (const child of node.children) walk(child, visit, node);
}
