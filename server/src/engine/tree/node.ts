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
  /**
   * Comments (and, from XML, processing instructions) among the children, in document order, each with where it
   * stands: before child `at`, or after the last when `at` is `children.length`. Absent when there are none.
   */
  readonly comments?: readonly CommentNode[];
  /**
   * On the root only: XML comments and processing instructions outside the root element, `at` 0 before its start
   * tag and 1 after its end tag.
   */
  readonly outside?: readonly CommentNode[];
}

/**
 * A comment kept where it stood. Its text maps between the formats line by line (docs/architecture.md,
 * "Comments"): `<!-- note -->` is `# note`, a comment of several lines one `#` line each.
 */
export interface CommentNode {
  /** Exactly what the source holds between `<!--` and `-->` (XML), or after `#` (YAML); for an instruction, between `<?` and `?>`. */
  readonly text: string;
  /** The whole comment, markers included. */
  readonly span: Span;
  /** Before which child it stands (see {@link ElementNode.comments}). */
  readonly at: number;
  /** A processing instruction (`<?target data?>`), which XML keeps and a YAML draft cannot hold. */
  readonly instruction?: true;
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

/**
 * Shared by every element without attributes or children, so the readers' leaves (most elements) cost no arrays of
 * their own. Frozen: a reader that meant to add to one throws instead of changing every leaf.
 */
export const noAttributes = Object.freeze([]) as unknown as AttributeNode[];
export const noChildren = Object.freeze([]) as unknown as ElementNode[];

/**
 * A list a reader grew by `push`, as the tree keeps it: V8 leaves room for 16 more entries in a pushed list, which the
 * tree would hold for its lifetime (a footnote's single attribute took 157 bytes of list for 8 of content), so a list
 * of two or more is copied at its length. Start a list at its first entry (`[first]`), which is exactly as long.
 */
export function atLength<T>(list: T[]): T[] {
  return list.length > 1 ? list.slice() : list;
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

/**
 * The comment's lines as a YAML draft writes them and as the other format reads them back: each line trimmed, blank
 * lines before and after dropped. A comment with no text at all is one empty line.
 */
export function commentLines(text: string): string[] {
  const lines = text.split(/\r\n?|\n/).map((line) => line.trim());
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first] === '') first++;
  while (last > first && lines[last - 1] === '') last--;
  return first === last ? [''] : lines.slice(first, last);
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
