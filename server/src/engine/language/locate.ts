/**
 * What is at an offset of the document tree: the chain of elements around it and which part of the innermost one
 * (its name, its text, an attribute) the offset is in. Hovers, completion, definitions and references start here.
 */
import type { Span } from '../text/span';
import type { AttributeNode, ElementNode } from '../tree/node';

export type LocatedPart =
  | { readonly kind: 'name'; readonly span: Span }
  | { readonly kind: 'text'; readonly span: Span }
  | { readonly kind: 'attributeName'; readonly attribute: AttributeNode; readonly span: Span }
  | { readonly kind: 'attributeValue'; readonly attribute: AttributeNode; readonly span: Span }
  /** Inside the element but on none of the above: between children, in a tag's spaces, on an end tag. */
  | { readonly kind: 'content' };

export interface Located {
  /** From the root to the innermost element containing the offset. */
  readonly ancestors: readonly ElementNode[];
  readonly node: ElementNode;
  readonly part: LocatedPart;
}

/** Offsets on either edge of a span count as in it: a cursor right after a name is still on that name. */
function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function innermostChild(node: ElementNode, offset: number): ElementNode | undefined {
  // Children are in document order and do not overlap; a child that starts exactly where the offset is wins over
  // one that ends there, so the cursor between `</a><b>` is in b. An element that ends with its name or its text
  // (a YAML `key: value`, an unfinished XML start tag) still holds a cursor right after that last character.
  let found: ElementNode | undefined;
  for (const child of node.children) {
    if (child.span.start > offset) break;
    const endsHere = offset === child.span.end && (child.nameSpan.end === offset || child.text?.span.end === offset);
    if (offset < child.span.end || endsHere) found = child;
  }
  return found;
}

/**
 * Values win over names where they touch: in XML they never overlap, but a YAML reader may give a value element
 * or a footnote reference the scalar's own span as its name.
 */
function partAt(node: ElementNode, offset: number): LocatedPart {
  const valued = node.attributes.find((a) => touches(a.value.span, offset));
  if (valued) return { kind: 'attributeValue', attribute: valued, span: valued.value.span };
  if (node.text && touches(node.text.span, offset)) return { kind: 'text', span: node.text.span };
  if (touches(node.nameSpan, offset)) return { kind: 'name', span: node.nameSpan };
  const named = node.attributes.find((a) => touches(a.nameSpan, offset));
  if (named) return { kind: 'attributeName', attribute: named, span: named.nameSpan };
  return { kind: 'content' };
}

/** The element chain and part at `offset`, or undefined when the offset is outside the root element. */
export function locate(root: ElementNode, offset: number): Located | undefined {
  if (offset < root.span.start || offset > root.span.end) return undefined;
  const ancestors: ElementNode[] = [root];
  for (let child = innermostChild(root, offset); child; child = innermostChild(child, offset)) ancestors.push(child);
  const node = ancestors[ancestors.length - 1];
  return { ancestors, node, part: partAt(node, offset) };
}

/** The element names from the root to `ancestors`' last element: the path the schema and the docs resolve. */
export function pathOf(ancestors: readonly ElementNode[]): string[] {
  return ancestors.map((a) => a.name);
}

/** The span without the whitespace at either end (XML text spans include it), never empty unless the span is. */
export function trimmedSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start === end ? span : { start, end };
}

/** The chain from the root down to `target` (both included), or undefined when `target` is not in the tree. */
export function ancestorsOf(root: ElementNode, target: ElementNode): ElementNode[] | undefined {
  const chain: ElementNode[] = [root];
  let node = root;
  while (node !== target) {
    const next = node.children.find(
      (c) => c === target || (c.span.start <= target.span.start && target.span.end <= c.span.end && c.span.end > c.span.start),
    );
    if (!next) return undefined;
    chain.push(next);
    node = next;
  }
  return chain;
}
