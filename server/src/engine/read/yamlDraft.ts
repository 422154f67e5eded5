/**
 * A parsed YAML draft to the XML-shaped element tree: the draft notation (structure/draftShape.ts) expanded, every
 * element, attribute and text located at the key, item or scalar it came from. Nothing the author wrote is dropped
 * silently: unknown keys become elements, misplaced values are kept as text or children, and what cannot be read
 * (aliases, keys that are not names) gets a finding.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Finding } from '../findings';
import { FindingCap } from './limits';
import {
  attributeKeyPrefix,
  childTypeOf,
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
} from '../structure/draftShape';
import { rootElementName, type TypeDef } from '../structure/schema';
import type { Span } from '../text/span';
import type { AttributeNode, ElementNode, TextValue } from '../tree/node';
import { firstLine, widen, type BlockDashes } from './yamlDocument';

interface Content {
  readonly attributes: AttributeNode[];
  readonly children: ElementNode[];
  text?: TextValue;
}

interface Key {
  readonly name: string;
  readonly span: Span;
}

/** A list item with where it stands: its name range is its dash and first line (see {@link DraftReader.items}). */
interface Item {
  readonly node: YamlNode | null;
  readonly nameSpan: Span;
  readonly span: Span;
}

export interface DraftTree {
  readonly root: ElementNode | undefined;
  readonly findings: readonly Finding[];
}

/** Expands a parsed draft into the element tree. `maxDepth` bounds element nesting (the root is level 1). */
export function draftTree(text: string, document: Document.Parsed | undefined, maxDepth: number, blockDashes: BlockDashes): DraftTree {
  const reader = new DraftReader(text, maxDepth, blockDashes);
  const root = reader.root(document?.contents ?? null);
  return { root, findings: reader.findings() };
}

class DraftReader {
  private readonly listed: Finding[] = [];
  /** Past `maxFindingsPerRule` of a rule the rest are counted, not kept: 100,000 aliases cost no memory. */
  private readonly cap = new FindingCap();
  private reportedTooDeep = false;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly blockDashes: BlockDashes,
  ) {}

  // ---- the document ----------------------------------------------------------------------------------------------

  root(contents: YamlNode | null): ElementNode | undefined {
    const whole = { start: 0, end: this.text.length };
    if (contents === null || isNullScalar(contents)) return this.build(rootElementName, { start: 0, end: 0 }, whole, emptyContent());
    const isOrdered = isSeq(contents) && contents.items.every((item) => isMap(item));
    if (!isMap(contents) && !isOrdered) {
      this.report('yaml/syntax', firstLine(this.text, this.nodeSpan(contents)), notADraftMessage(contents));
      return undefined;
    }
    if (this.maxDepth < 1) {
      this.tooDeep(rootElementName, this.head(contents));
      return undefined;
    }
    const content = emptyContent();
    this.content(contents, draftRootType, 1, content);
    return this.build(rootElementName, this.head(contents), this.nodeSpan(contents), content);
  }

  // ---- elements and their content -------------------------------------------------------------------------------

  /** The element `name` at nesting level `depth`, its content read from `value` against `type`. */
  private element(
    name: string,
    nameSpan: Span,
    span: Span,
    value: YamlNode | null,
    type: TypeDef | undefined,
    depth: number,
  ): ElementNode | undefined {
    if (depth > this.maxDepth) {
      this.tooDeep(name, nameSpan);
      return undefined;
    }
    const content = emptyContent();
    this.content(value, type, depth, content);
    return this.build(name, nameSpan, span, content);
  }

  private content(node: YamlNode | null, type: TypeDef | undefined, depth: number, into: Content): void {
    if (node === null) return;
    if (isAlias(node)) return this.refuseAlias(node);
    if (isScalar(node)) {
      if (isNullScalar(node)) return;
      // `transactionShares: 1500` is the wrapper's `value` child; `""` an empty one.
      if (foldsIntoScalar(type)) return this.addChild(into, this.scalarElement(valueElement, this.nodeSpan(node), node, depth + 1));
      return this.appendText(into, node);
    }
    if (isMap(node)) return this.mapContent(node, type, depth, into, definesFootnotes(type));
    if (isSeq(node)) return this.orderedContent(node, type, depth, into);
  }

  /** The ordered form: a list of mappings read one after the other; a bare value in it is text. */
  private orderedContent(seq: YAMLSeq, type: TypeDef | undefined, depth: number, into: Content): void {
    for (const item of seq.items as Array<YamlNode | null>) {
      if (item === null) continue;
      if (isMap(item)) this.mapContent(item, type, depth, into, false);
      else if (isSeq(item)) this.orderedContent(item, type, depth, into);
      else if (isAlias(item)) this.refuseAlias(item);
      else if (isScalar(item) && !isNullScalar(item)) this.appendText(into, item);
    }
  }

  /** A mapping's pairs in order. Under `footnotes` at the root (`definitions`) the keys are footnote ids. */
  private mapContent(map: YAMLMap, type: TypeDef | undefined, depth: number, into: Content, definitions: boolean): void {
    const seen = new Map<string, Span>();
    for (const pair of map.items as Array<Pair<YamlNode | null, YamlNode | null>>) {
      const key = this.keyOf(pair);
      if (!key) continue;
      const first = seen.get(key.name);
      if (first) this.reportDuplicate(key, first);
      else seen.set(key.name, key.span);
      this.pair(key, pair.value, type, depth, into, definitions);
    }
  }

  private pair(key: Key, value: YamlNode | null, type: TypeDef | undefined, depth: number, into: Content, definitions: boolean): void {
    const span = { start: key.span.start, end: Math.max(key.span.end, value ? this.nodeSpan(value).end : key.span.end) };
    if (key.name.startsWith(attributeKeyPrefix)) return this.attribute(key, value, into);
    if (key.name === textKey) return this.textEntry(key, value, into);
    if (definitions) return this.footnoteDefinition(key, span, value, childTypeOf(type, footnoteElement), depth + 1, into);
    if (key.name === footnotesKey && takesFootnoteRefs(type))
      return this.footnoteRefs(value, childTypeOf(type, footnoteRefElement), depth + 1, into);
    const name = unescapeElementName(key.name) ?? key.name;
    const childType = childTypeOf(type, name);
    if (isSeq(value) && sequenceListsOccurrences(type, name)) {
      for (const item of this.items(value))
        this.addChild(into, this.element(name, item.nameSpan, item.span, item.node, childType, depth + 1));
      return;
    }
    this.addChild(into, this.element(name, key.span, span, value, childType, depth + 1));
  }

  private attribute(key: Key, value: YamlNode | null, into: Content): void {
    const name = key.name.slice(attributeKeyPrefix.length);
    if (value !== null && isAlias(value)) return this.refuseAlias(value);
    if (value !== null && !isScalar(value)) {
      this.report('yaml/syntax', this.nodeSpan(value), `An attribute (\`${key.name}\`) takes a single value, not a mapping or a list.`);
      return;
    }
    const valueSpan = value ? this.nodeSpan(value) : { start: key.span.end, end: key.span.end };
    into.attributes.push({ name, nameSpan: key.span, value: { value: value ? scalarText(value) : '', span: valueSpan } });
  }

  private textEntry(key: Key, value: YamlNode | null, into: Content): void {
    if (value === null || (isScalar(value) && isNullScalar(value))) return;
    if (isAlias(value)) return this.refuseAlias(value);
    if (!isScalar(value)) {
      this.report(
        'yaml/syntax',
        this.nodeSpan(value),
        `\`${key.name}\` takes a single value (the element's text), not a mapping or a list.`,
      );
      return;
    }
    this.appendText(into, value);
  }

  // ---- footnotes ---------------------------------------------------------------------------------------------------

  /** `F1: text` under the root's `footnotes`: a `footnote` element whose `id` is the key. */
  private footnoteDefinition(key: Key, span: Span, value: YamlNode | null, type: TypeDef | undefined, depth: number, into: Content): void {
    if (depth > this.maxDepth) return this.tooDeep(footnoteElement, key.span);
    const content = emptyContent();
    content.attributes.push({ name: footnoteIdAttribute, nameSpan: key.span, value: { value: key.name, span: key.span } });
    this.content(value, type, depth, content);
    this.addChild(into, this.build(footnoteElement, key.span, span, content));
  }

  /**
   * `footnotes: [F1, F3]` in a cell or coding: one `footnoteId` element per item, located at the item. A single value
   * or mapping is a list of one; a mapping item is a reference written out (`{"@id": F1, ...}`).
   */
  private footnoteRefs(value: YamlNode | null, type: TypeDef | undefined, depth: number, into: Content): void {
    if (value === null || (isScalar(value) && isNullScalar(value))) return;
    const items: Item[] = isSeq(value) ? this.items(value) : [{ node: value, nameSpan: this.nodeSpan(value), span: this.nodeSpan(value) }];
    for (const item of items) {
      const node = item.node;
      if (node !== null && isAlias(node)) this.refuseAlias(node);
      else if (node !== null && isScalar(node) && !isNullScalar(node)) this.addChild(into, this.footnoteRef(node, depth));
      else this.addChild(into, this.element(footnoteRefElement, item.nameSpan, item.span, node, type, depth));
    }
  }

  private footnoteRef(node: Scalar, depth: number): ElementNode | undefined {
    const span = this.nodeSpan(node);
    if (depth > this.maxDepth) {
      this.tooDeep(footnoteRefElement, span);
      return undefined;
    }
    const id: AttributeNode = { name: footnoteIdAttribute, nameSpan: span, value: { value: scalarText(node), span } };
    return { name: footnoteRefElement, nameSpan: span, span, attributes: [id], children: [] };
  }

  // ---- pieces ------------------------------------------------------------------------------------------------------

  /** An element holding a scalar's text, named at the scalar itself (a folded wrapper's `value`). */
  private scalarElement(name: string, span: Span, node: Scalar, depth: number): ElementNode | undefined {
    if (depth > this.maxDepth) {
      this.tooDeep(name, span);
      return undefined;
    }
    const content = emptyContent();
    this.appendText(content, node);
    return this.build(name, span, span, content);
  }

  private appendText(into: Content, node: Scalar): void {
    const value = scalarText(node);
    if (value === '') return; // as in XML, an empty text is no text
    const span = this.nodeSpan(node);
    into.text = into.text ? { value: into.text.value + value, span: { start: into.text.span.start, end: span.end } } : { value, span };
  }

  private addChild(into: Content, child: ElementNode | undefined): void {
    if (child) into.children.push(child);
  }

  private build(name: string, nameSpan: Span, span: Span, content: Content): ElementNode {
    const { attributes, children, text } = content;
    return text ? { name, nameSpan, span, attributes, children, text } : { name, nameSpan, span, attributes, children };
  }

  private keyOf(pair: Pair<YamlNode | null, YamlNode | null>): Key | undefined {
    const key = pair.key;
    if (key !== null && isScalar(key) && !isNullScalar(key)) return { name: scalarText(key), span: this.nodeSpan(key) };
    if (key !== null && isAlias(key)) {
      this.refuseAlias(key);
      return undefined;
    }
    const where = key ? this.nodeSpan(key) : pair.value ? this.nodeSpan(pair.value) : { start: 0, end: 0 };
    this.report(
      'yaml/syntax',
      widen(this.text, where),
      'A key here must be an element name (such as `issuerCik`), written on one line before its colon.',
    );
    return undefined;
  }

  /**
   * A list's items, each with its name range: in a block list the dash and the item's first line (`- reportingOwnerId`
   * for an owner, `- F1` for a reference), or the dash alone when the item starts on a later line; in a flow list
   * the item's own first token.
   */
  private items(seq: YAMLSeq): Item[] {
    const listed = seq.flow || !seq.range ? undefined : this.blockDashes.get(seq.range[0]);
    const dashes = listed && listed.length === seq.items.length ? listed : [];
    return (seq.items as Array<YamlNode | null>).map((node, index) => {
      const head = node ? this.head(node) : undefined;
      const dash = dashes[index];
      if (dash === undefined) {
        const span = node ? this.nodeSpan(node) : { start: seq.range?.[0] ?? 0, end: seq.range?.[0] ?? 0 };
        return { node, nameSpan: head ?? span, span };
      }
      const onDashLine = head !== undefined && !/[\r\n]/.test(this.text.slice(dash, head.start));
      const nameSpan = onDashLine ? { start: dash, end: Math.max(dash + 1, head.end) } : { start: dash, end: dash + 1 };
      const end = node ? Math.max(dash + 1, this.nodeSpan(node).end) : dash + 1;
      return { node, nameSpan, span: { start: dash, end } };
    });
  }

  /** The first token of a node: a scalar whole, a block mapping's first key, a one-line flow collection whole. */
  private head(node: YamlNode): Span {
    const span = this.nodeSpan(node);
    if (isMap(node) && !node.flow) {
      const firstKey = (node.items[0] as Pair<YamlNode | null, unknown> | undefined)?.key;
      if (firstKey) return this.nodeSpan(firstKey);
    }
    if ((isMap(node) || isSeq(node)) && (!node.flow || /[\r\n]/.test(this.text.slice(span.start, span.end)))) {
      return { start: span.start, end: Math.min(span.end, span.start + 1) };
    }
    return span;
  }

  /** A node's range, without the line breaks and spaces a block node's range runs on to. */
  private nodeSpan(node: YamlNode): Span {
    const range = node.range;
    if (!range) return { start: 0, end: 0 };
    const start = range[0];
    let end = range[1];
    while (end > start && isTrailingBlank(this.text.charCodeAt(end - 1))) end--;
    return { start, end };
  }

  // ---- findings ----------------------------------------------------------------------------------------------------

  findings(): Finding[] {
    return [...this.listed, ...this.cap.summaries()];
  }

  private add(finding: Finding): void {
    if (this.cap.admit(finding)) this.listed.push(finding);
  }

  private refuseAlias(node: Alias): void {
    this.report(
      'yaml/syntax',
      this.nodeSpan(node),
      `Aliases (\`*${node.source}\`) are not supported in drafts: write the value out in full. The value was left empty.`,
    );
  }

  private reportDuplicate(key: Key, first: Span): void {
    this.add({
      rule: 'yaml/syntax',
      severity: 'error',
      message: `Duplicate key \`${key.name}\`: a key appears once in a mapping. To repeat an element, give the key a list (\`- \` items).`,
      span: key.span,
      related: [{ span: first, message: `The first \`${key.name}\`` }],
    });
  }

  private tooDeep(name: string, nameSpan: Span): void {
    if (this.reportedTooDeep) return;
    this.reportedTooDeep = true;
    this.report(
      'input/too-deep',
      nameSpan,
      `Elements are nested more than ${this.maxDepth} levels deep here; \`${name}\` and everything in it were skipped.`,
    );
  }

  /** The draft reader's findings carry no data: syntax, or content skipped for depth. */
  private report(rule: 'yaml/syntax' | 'input/too-deep', span: Span, message: string): void {
    this.add({ rule, severity: 'error', message, span });
  }
}

function emptyContent(): Content {
  return { attributes: [], children: [] };
}

/** `key:` with nothing after it (YAML's null, written as nothing): an element with no text. */
function isNullScalar(node: YamlNode): boolean {
  return isScalar(node) && node.type === 'PLAIN' && scalarText(node) === '';
}

/** A scalar's string: plain scalars as written (the failsafe schema types nothing), quoted ones unquoted. */
function scalarText(node: Scalar): string {
  const value = node.value;
  return typeof value === 'string' ? value : String(value ?? '');
}

function isTrailingBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function notADraftMessage(contents: YamlNode): string {
  const what = isSeq(contents) ? 'a list' : isAlias(contents) ? 'an alias' : 'a single value';
  return `A YAML draft is a mapping of the Form 4's elements (\`documentType: 4\`, \`periodOfReport: ...\`, \`issuer: ...\`); this document is ${what}.`;
}
