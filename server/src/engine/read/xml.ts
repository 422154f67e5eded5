/**
 * The XML reader: EDGAR ownership XML text -> the located element tree, plus a finding for every syntax problem.
 *
 * A small scanner of our own (indexOf and charCodeAt over the text, one pass, no recursion), because the editor
 * needs exact ranges for names, attribute values and text values, which general XML parsers do not report, and it
 * must stay fast and safe on hostile input: DOCTYPEs are reported and skipped (entities are never expanded, nothing
 * is fetched), nesting depth and size are capped by {@link ReadLimits}, and open elements live on an explicit stack,
 * so even a document nested 100,000 levels deep cannot overflow the call stack.
 *
 * Recovery: after an error the scanner carries on and still builds the rest of the tree. A mismatched end tag closes
 * the open elements up to the one it names; elements still open at the end are closed there.
 */
import { sortFindings, type Finding, type RelatedLocation } from '../findings';
import { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import { atLength, noAttributes, noChildren, type AttributeNode, type CommentNode, type ElementNode, type TextValue } from '../tree/node';
import { FindingCap, resolveReadLimits, tooLargeFinding, type ReadLimits } from './limits';
import type { ReadResult } from './result';
import * as xmlChars from './xmlChars';
import { sharedName } from './names';
import { xmlDeclarationProblem } from './xmlDeclaration';

// Bound once here rather than imported by name: under a CommonJS transform (tsx, the tests and the benchmark) a
// named import is a getter call on every use, which costs a quarter of the scanner's time in its hottest loops.
const {
  asciiNameClass,
  codePointLabel,
  disallowedRunEnd,
  firstDisallowed,
  isAllowedCodePoint,
  isNameChar,
  isNameStartChar,
  isValidName,
  isXmlSpace,
  printable,
  NAME_START,
} = xmlChars;

export function readXml(text: string, limits?: Partial<ReadLimits>): ReadResult {
  const { maxBytes, maxDepth } = resolveReadLimits(limits);
  if (text.length > maxBytes) return { root: undefined, findings: [tooLargeFinding(text, maxBytes)] };
  return new XmlScanner(text, maxDepth).read();
}

/** A start tag with this many attributes gets a name index, so checking for duplicates stays linear. */
const INDEXED_ATTRIBUTES = 16;

/**
 * How many open elements an end tag that does not close the innermost one is matched against. More than any
 * allowed nesting by default; with a raised depth limit it keeps stray end tags from costing the depth each.
 */
const END_TAG_REACH = 256;

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMP = 0x26;
const HASH = 0x23;
const SEMICOLON = 0x3b;
const CR = 0x0d;
const LF = 0x0a;
const X_LOWER = 0x78;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/**
 * An element whose end tag has not been read yet; its node is built, immutable, when it closes. One per depth,
 * reused by every element opened at that depth.
 */
class OpenElement {
  name = '';
  nameStart = 0;
  nameEnd = 0;
  start = 0;
  attributes: AttributeNode[] = noAttributes;
  /**
   * Where this element's children start on the scanner's stack of finished children (see XmlScanner.pending), and
   * whether it has any yet.
   */
  childrenStart = 0;
  hasChildren = false;
  /**
   * All character data seen before the first child element: the value of a leaf, from `leafStart` to `leafEnd`.
   * While `leafIsRaw`, it is exactly the source text there and not sliced yet: the whitespace before an element's
   * first child is only needed if no child comes.
   */
  leafText = '';
  leafStart = -1;
  leafEnd = -1;
  leafIsRaw = false;
  /** Only the segments that are not blank: the stray text of an element that also holds elements. */
  mixedText = '';
  mixedStart = -1;
  mixedEnd = -1;
  /** The namespace prefixes this element declares ('' for the default namespace), when it declares any. */
  namespaces: string[] | undefined;
  /** Comments and processing instructions in it so far. */
  comments: CommentNode[] | undefined = undefined;

  open(name: string, nameStart: number, nameEnd: number, start: number, attributes: AttributeNode[], childrenStart: number): void {
    this.name = name;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.start = start;
    this.attributes = attributes;
    this.childrenStart = childrenStart;
    this.hasChildren = false;
    this.leafText = '';
    this.leafStart = -1;
    this.leafEnd = -1;
    this.leafIsRaw = false;
    this.mixedText = '';
    this.mixedStart = -1;
    this.mixedEnd = -1;
    this.namespaces = undefined;
    this.comments = undefined;
  }

  /** Whitespace-only character data that needs no decoding, `[start, end)` of `text`. */
  addBlank(text: string, start: number, end: number): void {
    if (this.hasChildren) return;
    if (this.leafStart < 0) {
      this.leafStart = start;
      this.leafIsRaw = true;
    } else {
      this.leafText = this.leafValue(text) + text.slice(start, end);
      this.leafIsRaw = false;
    }
    this.leafEnd = end;
  }

  /** Decoded character data found at `[start, end)`. */
  addText(text: string, value: string, start: number, end: number, blank: boolean): void {
    if (!this.hasChildren) {
      if (this.leafStart < 0) {
        this.leafStart = start;
        this.leafText = value;
      } else {
        this.leafText = this.leafValue(text) + value;
        this.leafIsRaw = false;
      }
      this.leafEnd = end;
    }
    if (!blank) {
      if (this.mixedStart < 0) this.mixedStart = start;
      this.mixedText += value;
      this.mixedEnd = end;
    }
  }

  private leafValue(text: string): string {
    return this.leafIsRaw ? text.slice(this.leafStart, this.leafEnd) : this.leafText;
  }

  toNode(text: string, end: number, children: ElementNode[]): ElementNode {
    const nameSpan = { start: this.nameStart, end: this.nameEnd };
    const span = { start: this.start, end };
    const value = this.textValue(text);
    const node: ElementNode =
      value === undefined
        ? { name: this.name, nameSpan, span, attributes: this.attributes, children }
        : { name: this.name, nameSpan, span, attributes: this.attributes, children, text: value };
    return this.comments === undefined ? node : { ...node, comments: this.comments };
  }

  private textValue(text: string): TextValue | undefined {
    if (!this.hasChildren) {
      if (this.leafStart < 0) return undefined;
      const value = this.leafValue(text);
      return value === '' ? undefined : { value, span: { start: this.leafStart, end: this.leafEnd } };
    }
    return this.mixedStart < 0 ? undefined : { value: this.mixedText, span: { start: this.mixedStart, end: this.mixedEnd } };
  }
}

class XmlScanner {
  private readonly findings: Finding[] = [];
  /** Past `maxFindingsPerRule` of a rule the rest are counted, not kept, so a garbage file cannot flood memory. */
  private readonly cap = new FindingCap();
  /** Open elements: `frames[0 .. depth-1]`, innermost last. Frames are reused, so the array only ever grows. */
  private readonly frames: OpenElement[] = [];
  private depth = 0;
  /**
   * The finished children of the open elements, innermost element's last: `pending[0 .. pendingTop-1]`. An element
   * takes its children off the top as one array of the right size when it closes, rather than growing an array of
   * its own child by child (which leaves most of a parent's array unused: a cell with one value element would hold
   * an array of 17 slots).
   */
  private readonly pending: ElementNode[] = [];
  private pendingTop = 0;
  private readonly length: number;
  private root: ElementNode | undefined;
  /** A top-level start tag has been read (the root element, even if it was skipped as too deep). */
  private sawRoot = false;
  private sawXmlDeclaration = false;
  private reportedTooDeep = false;
  /** Offset where the document proper starts (after a byte-order mark): the only place for an XML declaration. */
  private documentStart = 0;
  /**
   * While above 0, the scanner is inside content it does not keep (too deep, or after the root element): it counts
   * start and end tags to find where that content ends, and reports nothing in it.
   */
  private skipDepth = 0;
  /** Set by {@link scanName}: the name just scanned is made of ASCII name characters only and starts right. */
  private nameIsSimple = false;
  /** Set by {@link startTagEnd}: the start tag just read ended in "/>". */
  private selfClosing = false;
  /** The start tag being read has a prefixed name or a namespace declaration: it is checked against Namespaces in XML. */
  private usesNamespaces = false;
  /**
   * The namespace each prefix is bound to where the scanner is: the innermost binding last. An element's bindings
   * come off when it closes, so a lookup costs the same however deep the document.
   */
  private readonly bindings = new Map<string, string[]>();
  /** Attributes of the start tag being read ({@link noAttributes} until it has one). */
  private attributes: AttributeNode[] = noAttributes;
  /** Attributes of the start tag being read by name, once it has so many that a linear search would be slow. */
  private attributeIndex: Map<string, AttributeNode> | undefined;
  // Where the next of each of these is: searched for once each, however many times the scanner asks.
  private readonly amps: NextOccurrence;
  private readonly crs: NextOccurrence;
  private readonly cdataEnds: NextOccurrence;
  private readonly quotes: NextOccurrence;
  private readonly apostrophes: NextOccurrence;
  private readonly lts: NextOccurrence;
  private readonly gts: NextOccurrence;
  private lines: LineIndex | undefined;
  /** Comments and processing instructions outside the root element (see ElementNode.outside). */
  private readonly outside: CommentNode[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    this.length = text.length;
    this.amps = new NextOccurrence(text, '&');
    this.crs = new NextOccurrence(text, '\r');
    this.cdataEnds = new NextOccurrence(text, ']]>');
    this.quotes = new NextOccurrence(text, '"');
    this.apostrophes = new NextOccurrence(text, "'");
    this.lts = new NextOccurrence(text, '<');
    this.gts = new NextOccurrence(text, '>');
  }

  read(): ReadResult {
    const text = this.text;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.documentStart = pos;
    while (pos < this.length) {
      const lt = text.indexOf('<', pos);
      const dataEnd = lt < 0 ? this.length : lt;
      if (dataEnd > pos) this.characterData(pos, dataEnd);
      if (lt < 0) break;
      pos = this.markup(lt);
    }
    this.finish();
    if (this.root && this.outside.length > 0) this.root = { ...this.root, outside: this.outside };
    const findings = [...this.findings, ...this.cap.summaries()];
    return { root: this.root, findings: findings.length > 1 ? sortFindings(findings) : findings };
  }

  // ---- markup ----

  /** Reads the markup starting at `lt` (a '<') and returns the offset after it. */
  private markup(lt: number): number {
    const text = this.text;
    const c = text.charCodeAt(lt + 1);
    if (c === SLASH) return this.endTag(lt);
    if (c === BANG) {
      if (text.startsWith('<!--', lt)) return this.comment(lt);
      if (text.startsWith('<![CDATA[', lt)) return this.cdata(lt);
      if (text.startsWith('<!DOCTYPE', lt)) return this.doctype(lt);
      return this.otherDeclaration(lt);
    }
    if (c === QUESTION) return this.processingInstruction(lt);
    if (isNameStartChar(c)) return this.startTag(lt);
    // A '<' that starts nothing: report it and keep it as the character it probably meant.
    this.syntax({ start: lt, end: lt + 1 }, "'<' must start a tag; write &lt; for a literal '<'.");
    this.addCharacterData('<', lt, lt + 1, false);
    return lt + 1;
  }

  private startTag(lt: number): number {
    const nameStart = lt + 1;
    const nameEnd = this.scanName(nameStart);
    const name = sharedName(this.text.slice(nameStart, nameEnd));
    const skip = this.skipDepth > 0 || this.decideToSkip(name, nameStart, nameEnd);
    if (skip) this.skipDepth++;
    if (!this.nameIsSimple && !isValidName(name))
      this.syntax({ start: nameStart, end: nameEnd }, `'${printable(name)}' is not a valid XML element name.`);
    this.attributes = noAttributes;
    this.attributeIndex = undefined;
    this.usesNamespaces = name.indexOf(':') >= 0;
    const end = this.startTagEnd(name, nameStart, nameEnd);
    if (skip) {
      if (this.selfClosing) this.skipDepth--;
      return end;
    }
    if (this.depth === 0) this.sawRoot = true;
    const element = this.frames[this.depth] ?? (this.frames[this.depth] = new OpenElement());
    element.open(name, nameStart, nameEnd, lt, atLength(this.attributes), this.pendingTop);
    if (this.usesNamespaces) this.checkNamespaces(element);
    if (this.selfClosing) this.closeElement(element, end);
    else this.depth++;
    return end;
  }

  /** Whether a new (not already skipped) start tag opens content the tree will not hold; reports why. */
  private decideToSkip(name: string, nameStart: number, nameEnd: number): boolean {
    if (this.depth === 0 && this.sawRoot) {
      const root = this.root;
      this.syntax(
        { start: nameStart, end: nameEnd },
        root === undefined
          ? `Only one root element is allowed; <${name}> comes after it.`
          : `Only one root element is allowed; <${name}> comes after the root element <${root.name}>.`,
        root ? [{ span: root.nameSpan, message: `The root element <${root.name}>` }] : undefined,
      );
      return true;
    }
    if (this.depth >= this.maxDepth) {
      if (this.depth === 0) this.sawRoot = true;
      if (!this.reportedTooDeep) {
        this.reportedTooDeep = true;
        this.report({
          rule: 'input/too-deep',
          severity: 'error',
          message: `Elements are nested more than ${this.maxDepth} levels deep here; <${name}> and everything in it were skipped.`,
          span: { start: nameStart, end: nameEnd },
        });
      }
      return true;
    }
    return false;
  }

  /**
   * Reads attributes (into {@link attributes}) up to the end of a start tag. Returns the offset after the tag and
   * sets {@link selfClosing}.
   */
  private startTagEnd(tagName: string, tagNameStart: number, tagNameEnd: number): number {
    const text = this.text;
    this.selfClosing = false;
    let pos = tagNameEnd;
    for (;;) {
      const beforeSpace = pos;
      pos = this.skipSpace(pos);
      if (pos >= this.length) {
        this.syntax(
          { start: tagNameStart, end: tagNameEnd },
          `The start tag <${tagName}> is not closed with '>' before the end of the document.`,
        );
        this.selfClosing = true;
        return this.length;
      }
      const c = text.charCodeAt(pos);
      if (c === GT) return pos + 1;
      if (c === SLASH) {
        if (text.charCodeAt(pos + 1) === GT) {
          this.selfClosing = true;
          return pos + 2;
        }
        this.syntax({ start: pos, end: pos + 1 }, `Expected '/>' or '>' to end the start tag <${tagName}>.`);
        pos++;
        continue;
      }
      if (c === LT) {
        // Most likely a tag still being typed: taken as an empty element, so what follows keeps its place.
        this.syntax({ start: tagNameStart, end: tagNameEnd }, `The start tag <${tagName}> is not closed with '>' before the next '<'.`);
        this.selfClosing = true;
        return pos;
      }
      if (isNameStartChar(c)) {
        if (pos === beforeSpace && this.attributes.length > 0)
          this.syntax({ start: pos, end: pos + 1 }, 'Attributes must be separated by whitespace.');
        pos = this.attribute(pos, tagName);
        continue;
      }
      // Anything else here is junk: report the run once and step over it.
      let junkEnd = pos + 1;
      while (junkEnd < this.length) {
        const j = text.charCodeAt(junkEnd);
        if (isXmlSpace(j) || j === GT || j === LT || j === SLASH || isNameStartChar(j)) break;
        junkEnd++;
      }
      this.syntax({ start: pos, end: junkEnd }, `Unexpected '${printable(text.slice(pos, junkEnd))}' in the start tag <${tagName}>.`);
      pos = junkEnd;
    }
  }

  /** Reads one attribute starting at its name; adds it unless it repeats a name. Returns the offset after it. */
  private attribute(nameStart: number, tagName: string): number {
    const text = this.text;
    const nameEnd = this.scanName(nameStart);
    const name = sharedName(text.slice(nameStart, nameEnd));
    const nameSpan = { start: nameStart, end: nameEnd };
    if (!this.nameIsSimple && !isValidName(name)) this.syntax(nameSpan, `'${printable(name)}' is not a valid XML attribute name.`);
    let pos = this.skipSpace(nameEnd);
    if (text.charCodeAt(pos) !== EQUALS) {
      this.syntax(nameSpan, `The attribute '${name}' has no value; write ${name}="...".`);
      return nameEnd;
    }
    pos = this.skipSpace(pos + 1);
    const quote = text.charCodeAt(pos);
    let valueStart: number;
    let valueEnd: number;
    let end: number;
    if (quote === QUOTE || quote === APOSTROPHE) {
      valueStart = pos + 1;
      const close = (quote === QUOTE ? this.quotes : this.apostrophes).after(valueStart);
      const nextLt = this.lts.after(valueStart);
      // No closing quote, or one only found beyond the end of this tag (a '>' then a '<' come first): unterminated.
      const nextGt = nextLt < close ? this.gts.after(valueStart) : this.length;
      if (close === this.length || nextGt < nextLt) {
        valueEnd = Math.min(this.gts.after(valueStart), nextLt);
        this.syntax(
          { start: pos, end: valueEnd },
          `The value of attribute '${name}' has no closing quote (${quote === QUOTE ? '"' : "'"}).`,
        );
        end = valueEnd;
      } else {
        valueEnd = close;
        end = close + 1;
      }
    } else {
      valueStart = pos;
      valueEnd = pos;
      while (valueEnd < this.length) {
        const c = text.charCodeAt(valueEnd);
        if (isXmlSpace(c) || c === GT || c === LT || (c === SLASH && text.charCodeAt(valueEnd + 1) === GT)) break;
        valueEnd++;
      }
      if (valueEnd === pos) {
        this.syntax(nameSpan, `The attribute '${name}' has no value; write ${name}="...".`);
        return pos;
      }
      this.syntax(
        { start: pos, end: valueEnd },
        `The value of attribute '${name}' must be in quotes: ${name}="${text.slice(pos, valueEnd)}".`,
      );
      end = valueEnd;
    }
    this.checkCharacters(valueStart, valueEnd);
    const value: TextValue = { value: this.decode(valueStart, valueEnd, true), span: { start: valueStart, end: valueEnd } };
    const first = this.attributeIndex ? this.attributeIndex.get(name) : this.attributes.find((a) => a.name === name);
    if (first) {
      this.syntax(nameSpan, `The attribute '${name}' appears twice on <${tagName}>; the first one is kept.`, [
        { span: first.nameSpan, message: `The first '${name}'` },
      ]);
      return end;
    }
    if (name.indexOf(':') >= 0 || name === 'xmlns') this.usesNamespaces = true;
    const added = { name, nameSpan, value };
    // The first starts a list of its own length; more are pushed, and the list is cut to length when the tag ends.
    if (this.attributes === noAttributes) this.attributes = [added];
    else this.attributes.push(added);
    if (this.attributeIndex) this.attributeIndex.set(name, added);
    else if (this.attributes.length >= INDEXED_ATTRIBUTES) this.attributeIndex = new Map(this.attributes.map((a) => [a.name, a]));
    return end;
  }

  /**
   * Namespaces in XML 1.0 for a start tag that uses them: qualified names (one colon, not at either end), the
   * declarations it makes (the reserved `xml` and `xmlns` prefixes and namespaces, no unbinding of a prefix), every
   * prefix declared, and no two attributes with the same local name in the same namespace.
   */
  private checkNamespaces(element: OpenElement): void {
    const attributes = element.attributes;
    for (const a of attributes) {
      if (a.name === 'xmlns') {
        const uri = a.value.value;
        if (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE)
          this.syntax(a.value.span, `The namespace '${uri}' is reserved and cannot be the default namespace.`);
        this.bind(element, '', uri);
      } else if (a.name.startsWith('xmlns:') && this.isQualifiedName(a.name, a.nameSpan, 'attribute')) {
        const prefix = a.name.slice(6);
        const uri = a.value.value;
        if (prefix === 'xmlns') this.syntax(a.nameSpan, "The prefix 'xmlns' is reserved and must not be declared.");
        else if (prefix === 'xml' && uri !== XML_NAMESPACE)
          this.syntax(a.value.span, `The prefix 'xml' is bound to ${XML_NAMESPACE} and to nothing else.`);
        else if (prefix !== 'xml' && (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE))
          this.syntax(a.value.span, `The namespace '${uri}' is reserved: no other prefix may be bound to it.`);
        else if (uri === '') this.syntax(a.value.span, `A prefix cannot be undeclared in XML 1.0: xmlns:${prefix} needs a namespace name.`);
        this.bind(element, prefix, uri);
      }
    }
    const nameSpan = { start: element.nameStart, end: element.nameEnd };
    const colon = element.name.indexOf(':');
    if (colon >= 0 && this.isQualifiedName(element.name, nameSpan, 'element')) {
      const prefix = element.name.slice(0, colon);
      if (prefix === 'xmlns')
        this.syntax(nameSpan, `The prefix 'xmlns' is reserved for namespace declarations; <${element.name}> cannot use it.`);
      else this.namespaceOf(prefix, element.name, nameSpan);
    }
    let expanded: Map<string, AttributeNode> | undefined;
    for (const a of attributes) {
      const at = a.name.indexOf(':');
      if (at < 0 || a.name.startsWith('xmlns:') || !this.isQualifiedName(a.name, a.nameSpan, 'attribute')) continue;
      const uri = this.namespaceOf(a.name.slice(0, at), a.name, a.nameSpan);
      if (uri === undefined) continue;
      const key = `${uri} ${a.name.slice(at + 1)}`;
      const first = (expanded ??= new Map()).get(key);
      if (first)
        this.syntax(a.nameSpan, `'${a.name}' and '${first.name}' are the same attribute: both prefixes stand for ${uri}.`, [
          { span: first.nameSpan, message: `'${first.name}'` },
        ]);
      else expanded.set(key, a);
    }
  }

  private bind(element: OpenElement, prefix: string, uri: string): void {
    (element.namespaces ??= []).push(prefix);
    const stack = this.bindings.get(prefix);
    if (stack) stack.push(uri);
    else this.bindings.set(prefix, [uri]);
  }

  /** Whether a name with a colon is a qualified name (prefix:local); reports it if not. */
  private isQualifiedName(name: string, span: Span, kind: 'element' | 'attribute'): boolean {
    const colon = name.indexOf(':');
    if (colon > 0 && colon < name.length - 1 && name.indexOf(':', colon + 1) < 0 && isNameStartChar(name.charCodeAt(colon + 1)))
      return true;
    this.syntax(
      span,
      `'${printable(name)}' is not a valid ${kind} name with namespaces: a colon may only separate a prefix from a local name, once.`,
    );
    return false;
  }

  /** The namespace a prefix is bound to where the element being read is (its own declarations included); reported if none. */
  private namespaceOf(prefix: string, name: string, span: Span): string | undefined {
    if (prefix === 'xml') return XML_NAMESPACE;
    const stack = this.bindings.get(prefix);
    if (stack !== undefined && stack.length > 0) return stack[stack.length - 1];
    const uri = prefix === 'xsi' ? XSI_NAMESPACE : '...';
    this.syntax(
      span,
      `The prefix '${prefix}' of '${name}' is not declared: add xmlns:${prefix}="${uri}" to this element or one that contains it.`,
    );
    return undefined;
  }

  private endTag(lt: number): number {
    const text = this.text;
    // Fast path: the end tag of the innermost open element, written plainly as </name>. Slicing and comparing is
    // native work; a charCodeAt loop or startsWith costs several times more here, on every end tag.
    if (this.depth > 0 && this.skipDepth === 0) {
      const top = this.frames[this.depth - 1];
      const gt = lt + 2 + (top.nameEnd - top.nameStart);
      if (text.charCodeAt(gt) === GT && text.slice(lt + 2, gt) === top.name) {
        this.depth--;
        this.closeElement(top, gt + 1);
        return gt + 1;
      }
    }
    const nameStart = lt + 2;
    const nameEnd = this.scanName(nameStart);
    const name = text.slice(nameStart, nameEnd);
    const nameSpan = { start: nameStart, end: nameEnd };
    const pos = this.skipSpace(nameEnd);
    let end: number;
    if (pos >= this.length || text.charCodeAt(pos) === LT) {
      this.syntax(name ? nameSpan : { start: lt, end: nameEnd }, `The end tag </${name}> is not closed with '>'.`);
      end = pos;
    } else if (text.charCodeAt(pos) !== GT) {
      const stop = Math.min(this.gts.after(pos), this.lts.after(pos));
      this.syntax(
        { start: pos, end: stop },
        `Unexpected '${printable(text.slice(pos, stop))}' in the end tag </${name}>: end tags hold only a name.`,
      );
      end = text.charCodeAt(stop) === GT ? stop + 1 : stop;
    } else {
      end = pos + 1;
    }

    if (this.skipDepth > 0) {
      this.skipDepth--;
      return end;
    }
    if (name === '') {
      this.syntax({ start: lt, end }, "'</' must be followed by the name of the element it closes.");
      return end;
    }
    this.closeByName(name, nameSpan, lt, end);
    return end;
  }

  /** Matches an end tag to the open elements, closing any it skips over (with a finding). */
  private closeByName(name: string, nameSpan: Span, lt: number, end: number): void {
    const frames = this.frames;
    if (this.depth === 0) {
      const where = this.sawRoot ? 'after the root element' : 'before any element was opened';
      this.syntax(nameSpan, `Unexpected end tag </${name}> ${where}.`);
      return;
    }
    const top = frames[this.depth - 1];
    const lowest = Math.max(0, this.depth - END_TAG_REACH);
    let match = this.depth - 1;
    while (match >= lowest && frames[match].name !== name) match--;
    if (match < lowest) {
      // Not open anywhere. Inside a leaf it is most likely a misspelt end tag for the leaf; elsewhere a stray one.
      if (top.hasChildren) {
        this.syntax(
          nameSpan,
          `Unexpected end tag </${name}>: no <${name}> is open here (the open element is <${top.name}>, opened on line ${this.lineOf(top.start)}).`,
          [{ span: { start: top.nameStart, end: top.nameEnd }, message: `<${top.name}> opened here` }],
        );
        return;
      }
      match = this.depth - 1;
    }
    if (match < this.depth - 1 || top.name !== name) {
      const related: RelatedLocation[] = [];
      for (let i = this.depth - 1; i >= match; i--) {
        const open = frames[i];
        if (open.name !== name) related.push({ span: { start: open.nameStart, end: open.nameEnd }, message: `<${open.name}> opened here` });
      }
      this.syntax(
        nameSpan,
        `Expected </${top.name}> to close <${top.name}> opened on line ${this.lineOf(top.start)}, found </${name}>.`,
        related,
      );
    }
    while (this.depth - 1 > match) this.closeElement(frames[--this.depth], lt);
    this.closeElement(frames[--this.depth], end);
  }

  /** Builds the node of an element no longer open (already off the open frames) and hangs it on its parent. */
  private closeElement(element: OpenElement, end: number): void {
    if (element.namespaces) for (const prefix of element.namespaces) this.bindings.get(prefix)?.pop();
    const children = element.hasChildren ? this.pending.slice(element.childrenStart, this.pendingTop) : noChildren;
    this.pendingTop = element.childrenStart;
    const node = element.toNode(this.text, end, children);
    if (this.depth > 0) {
      this.frames[this.depth - 1].hasChildren = true;
      this.pending[this.pendingTop++] = node;
    } else if (this.root === undefined) {
      this.root = node;
    }
  }

  private comment(lt: number): number {
    const close = this.text.indexOf('-->', lt + 4);
    if (close < 0) {
      this.syntax({ start: lt, end: lt + 4 }, "The comment is not closed with '-->'.");
      return this.length;
    }
    this.checkCharacters(lt + 4, close);
    const dashes = this.text.indexOf('--', lt + 4);
    if (dashes < close)
      this.syntax({ start: dashes, end: dashes + 2 }, "'--' is not allowed inside a comment (nor a '-' just before its closing '-->').");
    this.keep(lt, close + 3, lt + 4, close);
    return close + 3;
  }

  /** Records a comment (or instruction) `[start, end)`, text `[textStart, textEnd)`, where it stands in the tree. */
  private keep(start: number, end: number, textStart: number, textEnd: number, instruction?: true): void {
    if (this.skipDepth > 0) return;
    const raw = this.text.slice(textStart, textEnd);
    const text = raw.indexOf('\r') < 0 ? raw : normalizeLineEnds(raw);
    const span = { start, end };
    if (this.depth === 0) {
      const at = this.root === undefined ? 0 : 1;
      this.outside.push(instruction ? { text, span, at, instruction } : { text, span, at });
      return;
    }
    const element = this.frames[this.depth - 1];
    const at = this.pendingTop - element.childrenStart;
    (element.comments ??= []).push(instruction ? { text, span, at, instruction } : { text, span, at });
  }

  private cdata(lt: number): number {
    const contentStart = lt + 9;
    const close = this.text.indexOf(']]>', contentStart);
    const contentEnd = close < 0 ? this.length : close;
    const end = close < 0 ? this.length : close + 3;
    if (close < 0) this.syntax({ start: lt, end: contentStart }, "The CDATA section is not closed with ']]>'.");
    if (this.skipDepth > 0) return end;
    if (this.depth === 0) {
      this.syntax({ start: lt, end }, `A CDATA section is not allowed ${this.sawRoot ? 'after' : 'before'} the root element.`);
      return end;
    }
    this.checkCharacters(contentStart, contentEnd);
    // The text's span covers the CDATA markers too: replacing that span with escaped text is then always right.
    const raw = this.text.slice(contentStart, contentEnd);
    const value = raw.indexOf('\r') < 0 ? raw : normalizeLineEnds(raw);
    this.addCharacterData(value, lt, end, isBlank(value));
    return end;
  }

  private doctype(lt: number): number {
    this.report({
      rule: 'xml/doctype',
      severity: 'error',
      message: 'DOCTYPE declarations are not allowed in EDGAR ownership documents; entities are not expanded.',
      span: { start: lt, end: lt + 9 },
    });
    return this.endOfDoctype(lt + 9);
  }

  /** Skips a DOCTYPE declaration, internal subset included, without interpreting any of it. */
  private endOfDoctype(from: number): number {
    const text = this.text;
    let inSubset = false;
    let pos = from;
    while (pos < this.length) {
      const c = text.charCodeAt(pos);
      if (c === QUOTE || c === APOSTROPHE) {
        const close = text.indexOf(c === QUOTE ? '"' : "'", pos + 1);
        if (close < 0) return this.length;
        pos = close + 1;
      } else if (inSubset && c === LT && text.startsWith('<!--', pos)) {
        const close = text.indexOf('-->', pos + 4);
        if (close < 0) return this.length;
        pos = close + 3;
      } else if (inSubset && c === LT && text.charCodeAt(pos + 1) === QUESTION) {
        const close = text.indexOf('?>', pos + 2);
        if (close < 0) return this.length;
        pos = close + 2;
      } else if (c === 0x5b /* [ */ && !inSubset) {
        inSubset = true;
        pos++;
      } else if (c === 0x5d /* ] */ && inSubset) {
        inSubset = false;
        pos++;
      } else if (c === GT && !inSubset) {
        return pos + 1;
      } else {
        pos++;
      }
    }
    return this.length;
  }

  private otherDeclaration(lt: number): number {
    const gt = this.gts.after(lt + 2);
    this.syntax(
      { start: lt, end: lt + 2 },
      "Unexpected '<!': only comments (<!-- -->) and CDATA sections (<![CDATA[ ]]>) may start with '<!' here.",
    );
    return gt < this.length ? gt + 1 : this.length;
  }

  private processingInstruction(lt: number): number {
    const text = this.text;
    let targetEnd = lt + 2;
    while (targetEnd < this.length && isNameChar(text.charCodeAt(targetEnd))) targetEnd++;
    const target = text.slice(lt + 2, targetEnd);
    const close = text.indexOf('?>', targetEnd);
    const end = close < 0 ? this.length : close + 2;
    if (close < 0) this.syntax({ start: lt, end: targetEnd }, "The processing instruction is not closed with '?>'.");
    else this.checkCharacters(targetEnd, close);
    const targetSpan = { start: lt + 2, end: targetEnd };
    if (target === '') {
      this.syntax({ start: lt, end: lt + 2 }, '\'<?\' must be followed by a name, as in <?xml version="1.0"?>.');
      return end;
    }
    if (!isValidName(target)) this.syntax(targetSpan, `'${printable(target)}' is not a valid processing instruction target.`);
    else if (target.indexOf(':') >= 0)
      this.syntax(targetSpan, `A processing instruction target cannot hold a colon (namespaces reserve it): '${target}'.`);
    else if (close >= 0 && targetEnd < close && !isXmlSpace(text.charCodeAt(targetEnd)))
      this.syntax(
        { start: targetEnd, end: targetEnd + 1 },
        `A space must separate the target '${target}' from the rest of the processing instruction.`,
      );
    if (target === 'xml') {
      const span = { start: lt, end: targetEnd };
      if (this.sawXmlDeclaration) this.syntax(span, 'Only one XML declaration is allowed.');
      else if (lt !== this.documentStart)
        this.syntax(span, 'The XML declaration must be at the very start of the document, with nothing before it.');
      else if (close >= 0) {
        const problem = xmlDeclarationProblem(text, targetEnd, close);
        if (problem) this.syntax(problem.span, problem.message);
      }
      this.sawXmlDeclaration = true;
    } else if (target.toLowerCase() === 'xml') {
      this.syntax(
        targetSpan,
        `'${target}' is reserved: the XML declaration is written <?xml in lower case, and no other processing instruction may be named so.`,
      );
    } else if (close >= 0) {
      this.keep(lt, end, lt + 2, close, true);
    }
    return end;
  }

  // ---- character data ----

  private characterData(start: number, end: number): void {
    if (this.skipDepth > 0) return;
    // One pass over the characters answers both questions asked of every text segment: is it only whitespace, and
    // might it hold a character XML forbids (anything at or above U+D800 is merely suspect: checked in full below).
    const text = this.text;
    let blank = true;
    let suspect = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x20) {
        blank = false;
        if (c >= 0xd800) suspect = true;
      } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        blank = false;
        suspect = true;
      }
    }
    if (this.depth === 0) {
      if (!blank) this.syntax(this.trimmedSpan(start, end), `Text is not allowed ${this.sawRoot ? 'after' : 'before'} the root element.`);
      return;
    }
    if (blank) {
      this.frames[this.depth - 1].addBlank(text, start, end);
      return;
    }
    if (suspect) this.checkCharacters(start, end);
    this.reportCdataEnds(start, end);
    this.frames[this.depth - 1].addText(text, this.decodeText(start, end), start, end, false);
  }

  private addCharacterData(value: string, start: number, end: number, blank: boolean): void {
    if (this.skipDepth === 0 && this.depth > 0) this.frames[this.depth - 1].addText(this.text, value, start, end, blank);
  }

  private reportCdataEnds(start: number, end: number): void {
    for (;;) {
      const at = this.cdataEnds.after(start);
      if (at + 3 > end) return;
      this.syntax({ start: at, end: at + 3 }, "']]>' is not allowed in text; write ]]&gt;.");
      start = at + 1;
    }
  }

  /** Reports each run of characters XML 1.0 does not allow in `[start, end)`. */
  private checkCharacters(start: number, end: number): void {
    const text = this.text;
    for (let at = firstDisallowed(text, start, end); at >= 0;) {
      const runEnd = disallowedRunEnd(text, at, end);
      const first = codePointLabel(text.charCodeAt(at));
      const count = runEnd - at;
      this.syntax(
        { start: at, end: runEnd },
        count === 1
          ? `The character ${first} is not allowed in XML 1.0.`
          : `${count} characters not allowed in XML 1.0 here (the first is ${first}).`,
      );
      at = firstDisallowed(text, runEnd, end);
    }
  }

  /** Text content decoded: entity and character references resolved, line ends normalized to LF. */
  private decodeText(start: number, end: number): string {
    if (this.amps.after(start) >= end && this.crs.after(start) >= end) return this.text.slice(start, end);
    return this.decode(start, end, false);
  }

  /**
   * Decodes `[start, end)` the slow way. In an attribute value, literal whitespace becomes a space (XML's attribute
   * value normalization) and '<' is an error; in text, line ends become LF.
   */
  private decode(start: number, end: number, inAttribute: boolean): string {
    const text = this.text;
    let out = '';
    let from = start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === AMP) {
        const ref = this.reference(i, end);
        out += text.slice(from, i) + ref.value;
        from = ref.end;
        i = ref.end - 1;
      } else if (c === CR) {
        out += text.slice(from, i) + (inAttribute ? ' ' : '\n');
        if (i + 1 < end && text.charCodeAt(i + 1) === LF) i++;
        from = i + 1;
      } else if (inAttribute && (c === LF || c === 0x09)) {
        out += text.slice(from, i) + ' ';
        from = i + 1;
      } else if (inAttribute && c === LT) {
        this.syntax({ start: i, end: i + 1 }, "'<' is not allowed in an attribute value; write &lt;.");
      }
    }
    return out + text.slice(from, end);
  }

  /** Reads the reference at `amp` (an '&'). Anything malformed is reported and kept literally. */
  private reference(amp: number, limit: number): { value: string; end: number } {
    const text = this.text;
    if (text.charCodeAt(amp + 1) === HASH) return this.characterReference(amp, limit);
    let nameEnd = amp + 1;
    while (nameEnd < limit && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === amp + 1 || nameEnd >= limit || text.charCodeAt(nameEnd) !== SEMICOLON) {
      this.syntax({ start: amp, end: amp + 1 }, "'&' must start a reference such as &amp;; write &amp; for a literal '&'.");
      return { value: '&', end: amp + 1 };
    }
    const name = text.slice(amp + 1, nameEnd);
    const end = nameEnd + 1;
    const predefined = PREDEFINED_ENTITIES.get(name);
    if (predefined !== undefined) return { value: predefined, end };
    this.syntax(
      { start: amp, end },
      `Undefined entity &${name};: only &amp; &lt; &gt; &quot; &apos; and character references are defined (entities declared in a DOCTYPE are never expanded).`,
    );
    return { value: text.slice(amp, end), end };
  }

  private characterReference(amp: number, limit: number): { value: string; end: number } {
    const text = this.text;
    const hex = text.charCodeAt(amp + 2) === X_LOWER;
    const digitsStart = amp + (hex ? 3 : 2);
    let digitsEnd = digitsStart;
    while (digitsEnd < limit && isDigit(text.charCodeAt(digitsEnd), hex)) digitsEnd++;
    const terminated = digitsEnd < limit && text.charCodeAt(digitsEnd) === SEMICOLON;
    const end = terminated ? digitsEnd + 1 : digitsEnd;
    const literal = text.slice(amp, end);
    if (digitsEnd === digitsStart || !terminated) {
      this.syntax(
        { start: amp, end },
        `Malformed character reference '${literal}': write &#NNN; (decimal) or &#xHHH; (hexadecimal), or &amp; for a literal '&'.`,
      );
      return { value: literal, end };
    }
    const digits = text.slice(digitsStart, digitsEnd);
    // Leading zeros are allowed, any number of them: only the significant digits count towards the limit.
    let significant = 0;
    while (significant < digits.length - 1 && digits.charCodeAt(significant) === 0x30) significant++;
    const codePoint = digits.length - significant > 8 ? Infinity : parseInt(digits.slice(significant), hex ? 16 : 10);
    if (!isAllowedCodePoint(codePoint)) {
      const label = codePoint <= 0x10ffff ? ` (${codePointLabel(codePoint)})` : '';
      this.syntax({ start: amp, end }, `The character reference ${literal}${label} is not a character allowed in XML 1.0.`);
      return { value: literal, end };
    }
    return { value: String.fromCodePoint(codePoint), end };
  }

  // ---- end of document ----

  private finish(): void {
    this.skipDepth = 0;
    for (let i = this.depth - 1; i >= 0; i--) {
      const open = this.frames[i];
      this.syntax(
        { start: open.nameStart, end: open.nameEnd },
        `<${open.name}> opened on line ${this.lineOf(open.start)} is never closed; expected </${open.name}>.`,
      );
    }
    while (this.depth > 0) this.closeElement(this.frames[--this.depth], this.length);
    if (!this.sawRoot) {
      const lineEnd = this.text.search(/[\r\n]/);
      this.syntax(
        { start: 0, end: lineEnd < 0 ? this.length : lineEnd },
        'The document has no root element; an EDGAR ownership document is one <ownershipDocument> element.',
      );
    }
  }

  // ---- small helpers ----

  /**
   * The end of a name: the first delimiter after `from`. Sets {@link nameIsSimple} when the name is plainly valid
   * (ASCII name characters, a proper first one); otherwise the caller checks it in full, to report it by name.
   */
  private scanName(from: number): number {
    const text = this.text;
    let pos = from;
    let simple = true;
    while (pos < this.length) {
      const c = text.charCodeAt(pos);
      if (c < 128 && asciiNameClass[c] !== 0) {
        pos++;
        continue;
      }
      if (c <= 0x20 || c === GT || c === SLASH || c === EQUALS || c === LT || c === QUOTE || c === APOSTROPHE) break;
      simple = false;
      pos++;
    }
    const first = text.charCodeAt(from);
    this.nameIsSimple = simple && pos > from && first < 128 && (asciiNameClass[first] & NAME_START) !== 0;
    return pos;
  }

  private skipSpace(from: number): number {
    let pos = from;
    while (pos < this.length && isXmlSpace(this.text.charCodeAt(pos))) pos++;
    return pos;
  }

  private trimmedSpan(start: number, end: number): Span {
    let s = start;
    let e = end;
    while (s < e && isXmlSpace(this.text.charCodeAt(s))) s++;
    while (e > s && isXmlSpace(this.text.charCodeAt(e - 1))) e--;
    return { start: s, end: e };
  }

  /** 1-based line number, for messages. */
  private lineOf(offset: number): number {
    this.lines ??= new LineIndex(this.text);
    return this.lines.positionAt(offset).line + 1;
  }

  private syntax(span: Span, message: string, related?: readonly RelatedLocation[]): void {
    this.report(
      related && related.length > 0
        ? { rule: 'xml/syntax', severity: 'error', message, span, related }
        : { rule: 'xml/syntax', severity: 'error', message, span },
    );
  }

  private report(finding: Finding): void {
    if (this.skipDepth > 0) return;
    if (this.cap.admit(finding)) this.findings.push(finding);
  }
}

function isDigit(c: number, hex: boolean): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  return hex && ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46));
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isXmlSpace(s.charCodeAt(i))) return false;
  return true;
}

function normalizeLineEnds(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/**
 * The next occurrence of a fixed string at or after a position. The scanner asks with rising positions, so the
 * answer is remembered until passed: however often it asks, the text is searched through once, which keeps
 * hostile input (say, a million attributes missing their closing quote) linear.
 */
class NextOccurrence {
  private askedFrom = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The offset of the first occurrence at or after `from`, or the text's length when there is none. */
  after(from: number): number {
    if (from < this.askedFrom || this.found < from) {
      const at = this.text.indexOf(this.needle, from);
      this.found = at < 0 ? this.text.length : at;
    }
    this.askedFrom = from;
    return this.found;
  }
}
