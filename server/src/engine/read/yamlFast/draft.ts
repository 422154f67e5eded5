/**
 * The fast reader's nodes to the element tree: the draft notation (structure/draftShape.ts) expanded exactly as
 * read/yamlDraft.ts expands the general reader's document, node for node and span for span, for the drafts that read
 * without a finding. Whatever would get a finding there (a duplicate key, a key that is not a name, an attribute given
 * a list, nesting past the limit) throws {@link NotFast} instead, so the general reader reports it.
 *
 * The schema questions (what type a child has, whether a list repeats it) are asked once per type and name and
 * remembered: the answers are fixed, and asking afresh for every key was a large share of the general reader's time.
 */
import {
  attributeKeyPrefix,
  definesFootnotes,
  draftRootType,
  footnoteElement,
  footnoteIdAttribute,
  footnoteRefElement,
  footnotesKey,
  foldsIntoScalar,
  sequenceListsOccurrences,
  takesFootnoteRefs,
  textKey,
  unescapeElementName,
  valueElement,
} from '../../structure/draftShape';
import { childDeclaration, rootElementName, type TypeDef } from '../../structure/schema';
import type { Span } from '../../text/span';
import { atLength, noAttributes, noChildren, type AttributeNode, type ElementNode, type TextValue } from '../../tree/node';
import {
  scalarNode,
  type FastMap,
  type FastNode,
  type FastPair,
  type FastScalar,
  type FastSeq,
  type ItemSink,
  type SinkForKey,
} from './nodes';
import { notFast } from './notFast';

/** An element's content as it is built: the shared empty arrays until something is added (see {@link addChild}). */
interface Content {
  attributes: AttributeNode[];
  children: ElementNode[];
  text?: TextValue;
}

interface Item {
  readonly node: FastNode;
  readonly nameSpan: Span;
  readonly span: Span;
}

/**
 * The element tree of a draft whose top-level mapping `scan` reads, given the sinks for the block lists under its
 * keys (see {@link Builder.sinkFor}); `maxDepth` bounds element nesting. Consumes the mapping: its other lists and
 * long mappings are emptied as they are read (see {@link released}).
 */
export function draftElements(text: string, maxDepth: number, scan: (sinkFor: SinkForKey) => FastMap): ElementNode {
  if (maxDepth < 1) notFast('nesting past the limit');
  const builder = new Builder(text, maxDepth);
  const root = scan((key) => builder.sinkFor(key));
  const content = emptyContent();
  const nameSpan = head(root);
  const span = nodeSpan(root);
  builder.mapContent(root, draftRootType, 1, content, shapeOf(draftRootType).definesFootnotes);
  return build(rootElementName, nameSpan, span, content);
}

class Builder {
  /** What each streamed list under a top-level key was built into (see {@link sinkFor}), until its pair is read. */
  private readonly streams = new Map<FastScalar, Content>();

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  /**
   * For a top-level key, a sink that builds each item of a block list under it as the scanner reads it, as
   * {@link pair} would once the list is whole: the repeated elements (`reportingOwner`) or the ordered form's
   * content (a table's rows). None for the keys that are not elements, which take no list (the pair refuses it).
   */
  sinkFor(key: FastScalar): ItemSink | undefined {
    const root = shapeOf(draftRootType);
    const name = key.value;
    const notAnElement = name.startsWith(attributeKeyPrefix) || name === textKey || (name === footnotesKey && root.takesFootnoteRefs);
    // Level 2: the element under the root, or each one a list repeats; too deep is refused where the pair is read.
    if (key.isNull || root.definesFootnotes || notAnElement || this.maxDepth < 2) return undefined;
    const elementName = unescapeElementName(name) ?? name;
    const child = root.child(elementName);
    const content = emptyContent();
    this.streams.set(key, content);
    if (child.listsOccurrences)
      return (node, dash) => {
        const item = this.itemAt(node, dash);
        addChild(content, this.element(child.name, item.nameSpan, item.span, node, child.type, 2));
      };
    return (node) => this.orderedItem(node, child.type, 2, content);
  }

  /** `content`: what the element's content starts from (a streamed list's items, built already). */
  private element(
    name: string,
    nameSpan: Span,
    span: Span,
    value: FastNode,
    type: TypeDef | undefined,
    depth: number,
    content: Content = emptyContent(),
  ): ElementNode {
    if (depth > this.maxDepth) notFast('nesting past the limit', nameSpan.start);
    this.content(value, type, depth, content);
    return build(name, nameSpan, span, content);
  }

  private content(node: FastNode, type: TypeDef | undefined, depth: number, into: Content): void {
    if (node.kind === 'scalar') {
      if (node.isNull) return;
      if (shapeOf(type).foldsIntoScalar) {
        addChild(into, this.foldedValue(node, depth));
        return;
      }
      appendText(into, node);
    } else if (node.kind === 'map') {
      this.mapContent(node, type, depth, into, shapeOf(type).definesFootnotes);
    } else {
      this.orderedContent(node, type, depth, into);
    }
  }

  /**
   * `transactionShares: 1500` is the wrapper's `value` child (the wrapper at nesting level `depth`). One span for the
   * element, its name and its text: the same range, and spans are never written to. Built directly, as build() would
   * from a content of this one text: most elements of a draft are these.
   */
  private foldedValue(node: FastScalar, depth: number): ElementNode {
    if (depth + 1 > this.maxDepth) notFast('nesting past the limit', node.start);
    const span = nodeSpan(node);
    const value = node.value;
    return value === ''
      ? { name: valueElement, nameSpan: span, span, attributes: noAttributes, children: noChildren }
      : { name: valueElement, nameSpan: span, span, attributes: noAttributes, children: noChildren, text: { value, span } };
  }

  /** The ordered form: a list of mappings read one after the other; a bare value in it is text. */
  private orderedContent(seq: FastSeq, type: TypeDef | undefined, depth: number, into: Content): void {
    for (let index = 0; index < seq.items.length; index++) this.orderedItem(releaseItem(seq, index), type, depth, into);
  }

  private orderedItem(item: FastNode, type: TypeDef | undefined, depth: number, into: Content): void {
    if (item.kind === 'map') this.mapContent(item, type, depth, into, false);
    else if (item.kind === 'seq') this.orderedContent(item, type, depth, into);
    else if (!item.isNull) appendText(into, item);
  }

  mapContent(map: FastMap, type: TypeDef | undefined, depth: number, into: Content, definitions: boolean): void {
    const pairs = map.pairs;
    const seen = pairs.length > 8 ? new Set<string>() : undefined;
    for (let i = 0; i < pairs.length; i++) {
      const { key, value } = pairs[i]!;
      if (key.isNull) notFast('an empty key', key.start);
      if (seen) {
        if (seen.has(key.value)) notFast('a duplicate key', key.start);
        seen.add(key.value);
      } else {
        for (let j = 0; j < i; j++) if (pairs[j]!.key.value === key.value) notFast('a duplicate key', key.start);
      }
      // A long mapping (400,000 footnotes) checks its keys by the set, so its pairs can go as they are read.
      if (seen) pairs[i] = releasedPair;
      this.pair(key, value, type, depth, into, definitions);
    }
  }

  private pair(key: FastScalar, value: FastNode, type: TypeDef | undefined, depth: number, into: Content, definitions: boolean): void {
    const keySpan = nodeSpan(key);
    const span = { start: key.start, end: Math.max(key.end, value.end) };
    const name = key.value;
    if (name.startsWith(attributeKeyPrefix)) {
      if (value.kind !== 'scalar') notFast('an attribute given a mapping or a list', key.start);
      addAttribute(into, {
        name: name.slice(attributeKeyPrefix.length),
        nameSpan: keySpan,
        value: { value: value.value, span: nodeSpan(value) },
      });
      return;
    }
    if (name === textKey) {
      if (value.kind !== 'scalar') notFast('`#text` given a mapping or a list', key.start);
      if (!value.isNull) appendText(into, value);
      return;
    }
    const shape = shapeOf(type);
    if (definitions) {
      if (depth + 1 > this.maxDepth) notFast('nesting past the limit', key.start);
      const content = emptyContent();
      addAttribute(content, { name: footnoteIdAttribute, nameSpan: keySpan, value: { value: name, span: nodeSpan(key) } });
      this.content(value, shape.child(footnoteElement).type, depth + 1, content);
      addChild(into, build(footnoteElement, keySpan, span, content));
      return;
    }
    if (name === footnotesKey && shape.takesFootnoteRefs)
      return this.footnoteRefs(value, shape.child(footnoteRefElement).type, depth + 1, into);
    const elementName = unescapeElementName(name) ?? name;
    const child = shape.child(elementName);
    const streamed = value.kind === 'seq' && value.streamed ? this.takeStream(key) : undefined;
    if (value.kind === 'seq' && child.listsOccurrences) {
      if (streamed) {
        for (const element of streamed.children) addChild(into, element);
        return;
      }
      for (let index = 0; index < value.items.length; index++) {
        const item = this.item(value, index);
        addChild(into, this.element(child.name, item.nameSpan, item.span, item.node, child.type, depth + 1));
      }
      return;
    }
    if (value.kind === 'scalar' && !value.isNull && shapeOf(child.type).foldsIntoScalar) {
      // A wrapper and its value, the commonest pair of a draft, built without a content object: as element() and
      // content() would build them, nesting checked in the same order.
      if (depth + 1 > this.maxDepth) notFast('nesting past the limit', keySpan.start);
      const folded = this.foldedValue(value, depth + 1);
      addChild(into, { name: child.name, nameSpan: keySpan, span, attributes: noAttributes, children: [folded] });
      return;
    }
    addChild(into, this.element(child.name, keySpan, span, value, child.type, depth + 1, streamed));
  }

  private takeStream(key: FastScalar): Content {
    const content = this.streams.get(key);
    if (!content) throw new Error('a streamed list without its sink');
    this.streams.delete(key);
    return content;
  }

  /** `footnotes: [F1, F3]` in a cell or coding: a `footnoteId` element per item, located at the item. */
  private footnoteRefs(value: FastNode, type: TypeDef | undefined, depth: number, into: Content): void {
    if (value.kind === 'scalar' && value.isNull) return;
    const count = value.kind === 'seq' ? value.items.length : 1;
    for (let index = 0; index < count; index++) {
      const item = value.kind === 'seq' ? this.item(value, index) : { node: value, nameSpan: nodeSpan(value), span: nodeSpan(value) };
      const node = item.node;
      if (node.kind === 'scalar' && !node.isNull) {
        if (depth > this.maxDepth) notFast('nesting past the limit', node.start);
        const span = nodeSpan(node);
        const id: AttributeNode = { name: footnoteIdAttribute, nameSpan: span, value: { value: node.value, span } };
        addChild(into, { name: footnoteRefElement, nameSpan: span, span, attributes: [id], children: noChildren });
      } else {
        addChild(into, this.element(footnoteRefElement, item.nameSpan, item.span, node, type, depth));
      }
    }
  }

  /**
   * A list's item with its name range: in a block list the dash and the item's first line (or the dash alone when the
   * item starts on a later line); in a flow list the item's own first token. The list lets go of the item (see
   * {@link releaseItem}).
   */
  private item(seq: FastSeq, index: number): Item {
    return this.itemAt(releaseItem(seq, index), seq.dashes[index]);
  }

  /** An item and its dash (undefined in a flow list) to the item with its name range. */
  private itemAt(node: FastNode, dash: number | undefined): Item {
    const first = head(node);
    if (dash === undefined) return { node, nameSpan: first, span: nodeSpan(node) };
    const lineBreak = this.text.indexOf('\n', dash);
    const onDashLine = lineBreak === -1 || lineBreak >= first.start;
    const nameSpan = onDashLine ? { start: dash, end: Math.max(dash + 1, first.end) } : { start: dash, end: dash + 1 };
    return { node, nameSpan, span: { start: dash, end: Math.max(dash + 1, node.end) } };
  }
}

/**
 * The scanner's nodes are read once, here. A draft's rows never reach it whole: the lists under top-level keys are
 * built item by item as they are scanned (see {@link Builder.sinkFor}; before that, a 19 MB draft held 190 MB of
 * scanned nodes beside 210 MB of tree, and the read peaked at 490 MB where it now peaks at 320). Any other list item,
 * and each pair of a long mapping (400,000 footnotes), is let go of as the builder takes it. What stands in their
 * place is never read.
 */
const released: FastScalar = scalarNode('', 0, 0, true);
const releasedPair: FastPair = { key: released, value: released };

function releaseItem(seq: FastSeq, index: number): FastNode {
  const node = seq.items[index]!;
  seq.items[index] = released;
  return node;
}

function emptyContent(): Content {
  return { attributes: noAttributes, children: noChildren };
}

function addChild(into: Content, child: ElementNode): void {
  if (into.children === noChildren) into.children = [child];
  else into.children.push(child);
}

function addAttribute(into: Content, attribute: AttributeNode): void {
  if (into.attributes === noAttributes) into.attributes = [attribute];
  else into.attributes.push(attribute);
}

function build(name: string, nameSpan: Span, span: Span, content: Content): ElementNode {
  const { text } = content;
  const attributes = atLength(content.attributes);
  const children = atLength(content.children);
  return text ? { name, nameSpan, span, attributes, children, text } : { name, nameSpan, span, attributes, children };
}

function appendText(into: Content, node: FastScalar): void {
  const value = node.value;
  if (value === '') return; // as in XML, an empty text is no text
  const previous = into.text;
  into.text = previous
    ? { value: previous.value + value, span: { start: previous.span.start, end: node.end } }
    : { value, span: nodeSpan(node) };
}

function nodeSpan(node: FastNode): Span {
  return { start: node.start, end: node.end };
}

/** The first token of a node: a scalar whole, a block mapping's first key, a block list's first dash, a flow collection whole. */
function head(node: FastNode): Span {
  if (node.kind === 'map' && !node.flow) return nodeSpan(node.pairs[0]!.key);
  if (node.kind === 'seq' && !node.flow) return { start: node.start, end: Math.min(node.end, node.start + 1) };
  return nodeSpan(node);
}

// ---- what the schema says about each type, asked once --------------------------------------------------------------

interface ChildShape {
  /**
   * The element's name, one string for all its occurrences: the schema's own for a declared child. A key read from
   * the draft is a new string each time; one string a name saves its bytes in every element (about 20 MB at 20 MB)
   * and lets every later lookup by name (the checker's, the binder's, the rules') compare it by identity.
   */
  readonly name: string;
  readonly type: TypeDef | undefined;
  /** A list under this key repeats the element (rather than giving its content in the ordered form). */
  readonly listsOccurrences: boolean;
}

interface TypeShape {
  readonly foldsIntoScalar: boolean;
  readonly definesFootnotes: boolean;
  readonly takesFootnoteRefs: boolean;
  child(name: string): ChildShape;
}

const shapes = new Map<TypeDef | undefined, TypeShape>();

function shapeOf(type: TypeDef | undefined): TypeShape {
  let shape = shapes.get(type);
  if (!shape) {
    const children = new Map<string, ChildShape>();
    shape = {
      foldsIntoScalar: foldsIntoScalar(type),
      definesFootnotes: definesFootnotes(type),
      takesFootnoteRefs: takesFootnoteRefs(type),
      child(name: string): ChildShape {
        let child = children.get(name);
        if (!child) {
          const declared = childDeclaration(type, name);
          child = { name: declared?.name ?? name, type: declared?.type, listsOccurrences: sequenceListsOccurrences(type, name) };
          // Unknown names are whatever the author typed: remember only a bounded number of them.
          if (child.type !== undefined || children.size < 1000) children.set(name, child);
        }
        return child;
      },
    };
    shapes.set(type, shape);
  }
  return shape;
}
