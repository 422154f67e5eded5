/**
 * Structural validation of a located ownership document against our schema (structure/schema.ts), deciding exactly
 * what an XML Schema 1.0 validator decides with the SEC's XSD: content models, character content, attributes
 * (including the xmlns and xsi:* rules), simple-type values and the xs:ID / xs:IDREF footnote identities. Where it
 * differs from xmllint, it is because libxml2 departs from XML Schema (see test/oracle/xmllint-oracle.test.ts).
 *
 * Findings point where a filer looks: a missing element at its parent's name, a misplaced, unknown or surplus
 * element at its own name, a bad value at the value. The walk follows the tree (one call per element, so recursion
 * is no deeper than the tree, which the readers cap), and everything about a type is compiled once and cached.
 */
import type { FindingDataOf } from '../findingData';
import { sortFindings, type Finding, type RelatedLocation } from '../findings';
import type { StructureRuleId } from '../rules/catalogue';
import { FindingCap } from '../read/limits';
import type { Span } from '../text/span';
import type { AttributeNode, ElementNode, TextValue } from '../tree/node';
import {
  compileContent,
  declarationIn,
  matchContent,
  matchesExactly,
  type CompiledContent,
  type ContentIssue,
  type Slot,
} from './contentModel';
import { declaredPrefix, NamespaceScope, splitName, xsdNamespace, xsiNamespace } from './namespaces';
import type { AttributeDecl, ComplexType, ElementParticle, SimpleType, TypeDef, VersionChange } from './schema';
import { declaredSchemaVersion, laterRuleNote, predates } from './schemaVersions';
import { shown, simpleValueProblem, trimsWhitespace } from './simpleValues';
import { closestName } from './suggest';
import { collapseXml, isBlank, isXmlWhitespace, trimXml } from './xmlWhitespace';

/** Checks a document against a form's root declaration (its description's `schema`, or `documentSchemas[kind]`). */
export function checkStructure(root: ElementNode, schema: ElementParticle): Finding[] {
  return new StructureCheck().run(root, schema);
}

/** Name suggestions cost an edit distance each; a document full of unknown names gets them for the first few only. */
const maxSuggestions = 100;

interface FootnoteReference {
  readonly id: string;
  readonly attribute: AttributeNode;
  readonly span: Span;
}

class StructureCheck {
  private readonly findings: Finding[] = [];
  /** Past `maxFindingsPerRule` of a rule the rest are counted, not kept, so a garbage document cannot flood the editor. */
  private readonly cap = new FindingCap();
  private suggestions = 0;
  /** Valid footnote ids (xs:ID) with the attribute that defined each first. */
  private readonly footnoteIds = new Map<string, Span>();
  private readonly references: FootnoteReference[] = [];
  /** The schemaVersion the document declares: a rule a later version brought is information on it (./schemaVersions.ts). */
  private declaredVersion: string | undefined;
  /**
   * For each depth of the valid-children fast path, the slot each child of the element checked there takes: one
   * array per depth, reused by every element at that depth, since a child is checked one level further down.
   */
  private readonly slotsByDepth: number[][] = [];
  private depth = 0;

  run(root: ElementNode, declaration: ElementParticle): Finding[] {
    this.declaredVersion = declaredSchemaVersion(root);
    const scope = NamespaceScope.initial.enter(root.attributes);
    const localName = this.unqualifiedName(root, scope);
    if (localName === declaration.name) this.element(root, declaration, undefined, scope);
    else this.wrongRoot(root, declaration.name, scope);
    this.unresolvedReferences();
    return sortFindings([...this.findings, ...this.cap.summaries()]);
  }

  // ---- elements ----

  private element(node: ElementNode, declaration: ElementParticle, parent: ElementNode | undefined, scope: NamespaceScope): void {
    const type = declaration.type;
    this.attributes(node, type, scope);
    if (type.kind !== 'complex') {
      this.simpleContent(node, type, parent);
      return;
    }
    this.characterContent(node, type);
    if (!type.content) {
      const holds = type.mixed ? 'holds text only, not elements' : 'must be empty';
      for (const child of node.children) {
        this.report('schema/unexpected-element', `${node.name} ${holds}: remove ${child.name}.`, child.nameSpan, { element: child.name });
      }
      return;
    }
    const content = compileContent(type.content);
    const slots = (this.slotsByDepth[this.depth] ??= []);
    if (scope.lookup('') === '' && matchesExactly(content, node.children, plainName, slots)) {
      // The usual case, children valid as they stand: the declarations come from the slots the same greedy match
      // found, without the arrays the general match below needs to report and recover.
      const children = node.children;
      this.depth++;
      for (let i = 0; i < children.length; i++) this.element(children[i], declarationIn(content, slots[i], children[i].name), node, scope);
      this.depth--;
      return;
    }
    this.children(node, type, content, scope);
  }

  /**
   * Children that are not valid as they stand (or need their namespaces resolved): matched with recovery, each issue
   * reported, each declared child checked. Kept apart from {@link element} so that its closures cost nothing there.
   */
  private children(node: ElementNode, type: ComplexType, content: CompiledContent, scope: NamespaceScope): void {
    const childScopes = node.children.map((child) => scope.enter(child.attributes));
    const names = node.children.map((child, i) => this.unqualifiedName(child, childScopes[i]));
    const match = matchContent(content, names);
    for (const issue of match.issues) this.contentIssue(node, type, issue, names, childScopes, content);
    node.children.forEach((child, i) => {
      const childDeclaration = match.declarations[i];
      if (childDeclaration) this.element(child, childDeclaration, node, childScopes[i]);
    });
  }

  /** The element's name when it is in no namespace (the only names EDGAR's schema declares), else undefined. */
  private unqualifiedName(node: ElementNode, scope: NamespaceScope): string | undefined {
    const { prefix, localName } = splitName(node.name);
    return prefix === '' && scope.lookup('') === '' ? localName : undefined;
  }

  private wrongRoot(root: ElementNode, expected: string, scope: NamespaceScope): void {
    const namespaceProblem = this.namespaceProblem(root, scope);
    const message = namespaceProblem ?? `The root element must be ${expected}, not ${root.name}: this is not an EDGAR ownership document.`;
    this.report('schema/unexpected-element', message, root.nameSpan, { element: root.name, expected });
  }

  /** Why an element whose local name may be right is still unknown: its namespace. Undefined when it has none. */
  private namespaceProblem(node: ElementNode, scope: NamespaceScope): string | undefined {
    const { prefix, localName } = splitName(node.name);
    if (prefix !== '') {
      const uri = scope.lookup(prefix);
      return uri === undefined
        ? `The prefix '${prefix}' of ${node.name} is not declared, and EDGAR ownership elements take no prefix: write ${localName}.`
        : `${node.name} is in the namespace '${uri}', but EDGAR ownership elements have none: write ${localName} without the prefix.`;
    }
    const uri = scope.lookup('');
    return uri === ''
      ? undefined
      : `${node.name} is in the namespace '${uri}' (from xmlns="${uri}"), but EDGAR ownership elements have none: remove that xmlns declaration.`;
  }

  private contentIssue(
    node: ElementNode,
    type: ComplexType,
    issue: ContentIssue,
    names: readonly (string | undefined)[],
    scopes: readonly NamespaceScope[],
    content: CompiledContent,
  ): void {
    const children = node.children;
    switch (issue.kind) {
      case 'unexpected': {
        const child = children[issue.child];
        const name = names[issue.child];
        const namespaceProblem = name === undefined ? this.namespaceProblem(child, scopes[issue.child]) : undefined;
        if (namespaceProblem) {
          this.report('schema/unexpected-element', namespaceProblem, child.nameSpan, { element: child.name });
          return;
        }
        const retired = type.retiredSince;
        const later = retired && name !== undefined && retired.names.includes(name) ? this.laterChange([retired]) : undefined;
        if (later) {
          const message = `${node.name} has no element named ${child.name} in today's schema.${this.noteOf(later)}`;
          this.report('schema/unexpected-element', message, child.nameSpan, { element: child.name }, undefined, later);
          return;
        }
        const suggestion = this.suggestions++ < maxSuggestions ? closestName(child.name, [...content.declaration.keys()]) : undefined;
        const message = suggestion
          ? `${node.name} has no element named ${child.name}: did you mean ${suggestion}?`
          : `${node.name} has no element named ${child.name}: remove it, or move it where it belongs.`;
        this.report(
          'schema/unexpected-element',
          message,
          child.nameSpan,
          suggestion ? { element: child.name, suggestion } : { element: child.name },
        );
        return;
      }
      case 'order': {
        const child = children[issue.child];
        if (issue.before !== undefined) {
          const other = children[issue.before].name;
          this.report('schema/element-order', `${child.name} must come before ${other}.`, child.nameSpan, {
            element: child.name,
            before: other,
          });
        } else if (issue.after !== undefined) {
          const other = children[issue.after].name;
          this.report('schema/element-order', `${child.name} must come after ${other}.`, child.nameSpan, {
            element: child.name,
            after: other,
          });
        }
        return;
      }
      case 'too-many': {
        const child = children[issue.child];
        this.report('schema/too-many', tooManyMessage(node.name, issue.slot, child.name, children[issue.first]?.name), child.nameSpan, {
          element: child.name,
          max: String(issue.slot.max),
        });
        return;
      }
      case 'missing': {
        const options = issue.slot.alternatives.map((a) => a.name);
        const after = issue.after !== undefined ? children[issue.after].name : undefined;
        const before = issue.before !== undefined ? children[issue.before].name : undefined;
        const where = after ? ` (it goes after ${after})` : before ? ` (it goes before ${before})` : '';
        const message =
          issue.count > 0
            ? `${node.name} needs at least ${issue.slot.min} ${options[0]} elements (it has ${issue.count}).`
            : `${node.name} is missing ${orList(options)}${where}.`;
        const data: { missing: string; after?: string; before?: string } = { missing: options.join(' ') };
        if (after) data.after = after;
        if (before) data.before = before;
        const later = issue.count === 0 ? this.laterChange(issue.slot.alternatives.map((a) => a.requiredSince)) : undefined;
        this.report('schema/missing-element', message + this.noteOf(later), node.nameSpan, data, undefined, later);
        return;
      }
    }
  }

  // ---- character content ----

  private characterContent(node: ElementNode, type: ComplexType): void {
    const text = node.text;
    if (!text || type.mixed) return;
    if (!type.content) {
      // Empty content allows no character data at all, not even whitespace (XML Schema's rule; libxml2 agrees).
      this.report('schema/unexpected-text', `${node.name} must be empty: remove the text inside it.`, trimmedSpan(text));
    } else if (!isBlank(text.value)) {
      this.report(
        'schema/unexpected-text',
        `${node.name} holds elements, not text: remove ${shown(trimXml(text.value))}.`,
        trimmedSpan(text),
      );
    }
  }

  private simpleContent(node: ElementNode, type: SimpleType, parent: ElementNode | undefined): void {
    if (node.children.length > 0) {
      for (const child of node.children) {
        this.report('schema/unexpected-element', `${node.name} holds a value, not elements: remove ${child.name}.`, child.nameSpan, {
          element: child.name,
        });
      }
      return;
    }
    const problem = simpleValueProblem(type, node.text?.value ?? '');
    if (problem === undefined) return;
    // A `value` element is named by what it is the value of: "transactionShares must be a number".
    const subject = node.name === 'value' && parent ? parent.name : node.name;
    const narrowed = type.kind === 'string' ? type.narrowedSince : undefined;
    const later = narrowed && narrowed.formerly.includes(node.text?.value ?? '') ? this.laterChange([narrowed]) : undefined;
    const span = valueSpan(node.text, trimsWhitespace(type), node.nameSpan);
    this.report('schema/invalid-value', `${subject} ${problem}.${this.noteOf(later)}`, span, { type: type.name }, undefined, later);
  }

  /** The change a finding exists only because of, when every cause is one the document's version predates. */
  private laterChange(changes: readonly (VersionChange | undefined)[]): VersionChange | undefined {
    const first = changes[0];
    return first && changes.every((c) => c !== undefined && predates(this.declaredVersion, c)) ? first : undefined;
  }

  private noteOf(later: VersionChange | undefined): string {
    return later && this.declaredVersion ? laterRuleNote(this.declaredVersion, later) : '';
  }

  // ---- attributes ----

  private attributes(node: ElementNode, type: TypeDef, scope: NamespaceScope): void {
    const declared: readonly AttributeDecl[] = type.kind === 'complex' ? type.attributes : noAttributes;
    const attributes = node.attributes;
    for (let i = 0; i < attributes.length; i++) {
      const attribute = attributes[i];
      if (declaredPrefix(attribute.name) !== undefined) continue; // namespace declarations are not attributes
      if (!attribute.name.includes(':')) {
        const declaration = declaredAttribute(declared, attribute.name);
        if (declaration) this.attributeValue(node, attribute, declaration);
        else this.unexpectedAttribute(attribute, `${node.name} takes no attribute ${attribute.name}: remove it.`);
        continue;
      }
      const { prefix, localName } = splitName(attribute.name);
      const uri = scope.lookup(prefix);
      if (uri === undefined) {
        this.unexpectedAttribute(
          attribute,
          `The prefix '${prefix}' of ${attribute.name} is not declared: remove the attribute${prefix === 'xsi' ? `, or declare xmlns:xsi="${xsiNamespace}"` : ''}.`,
        );
      } else if (uri === xsiNamespace) {
        this.instanceAttribute(node, attribute, localName, type, scope);
      } else {
        this.unexpectedAttribute(attribute, `${node.name} takes no attribute ${attribute.name}: remove it.`);
      }
    }
    for (let i = 0; i < declared.length; i++) {
      const declaration = declared[i];
      // Declared names have no prefix, so an attribute of that very name is the declared one.
      if (declaration.required && !hasAttributeNamed(attributes, declaration.name)) {
        this.report(
          'schema/missing-attribute',
          `${node.name} is missing its ${declaration.name} attribute${declaration.type.pattern ? ` (${declaration.type.pattern.description})` : ''}.`,
          node.nameSpan,
          { attribute: declaration.name },
        );
      }
    }
  }

  private unexpectedAttribute(attribute: AttributeNode, message: string): void {
    this.report('schema/unexpected-attribute', message, attribute.nameSpan, { attribute: attribute.name });
  }

  /** The XML Schema instance attributes (xsi:*): schema locations are hints and always allowed; nil and type are checked. */
  private instanceAttribute(node: ElementNode, attribute: AttributeNode, localName: string, type: TypeDef, scope: NamespaceScope): void {
    switch (localName) {
      case 'schemaLocation':
      case 'noNamespaceSchemaLocation':
        return;
      case 'nil':
        // No element in EDGAR's schema is nillable, so xsi:nil is an error whatever its value.
        this.unexpectedAttribute(attribute, `${node.name} cannot be nil: remove ${attribute.name}.`);
        return;
      case 'type':
        this.instanceType(node, attribute, type, scope);
        return;
      default:
        this.unexpectedAttribute(attribute, `${attribute.name} is not an XML Schema instance attribute: remove it.`);
    }
  }

  /** xsi:type may only name the element's own type (no type in EDGAR's schema derives from another). */
  private instanceType(node: ElementNode, attribute: AttributeNode, type: TypeDef, scope: NamespaceScope): void {
    const { prefix, localName } = splitName(collapseXml(attribute.value.value));
    const uri = scope.lookup(prefix);
    const own = schemaTypeName(type);
    if (own && uri === own.namespace && localName === own.localName) return;
    const message = own
      ? `${attribute.name} must name the type of ${node.name}, ${own.shown}; better, remove it (got ${shown(attribute.value.value)}).`
      : `${node.name} has no named type for ${attribute.name} to name: remove it.`;
    this.report('schema/invalid-value', message, attributeValueSpan(attribute, true), { type: own?.shown ?? '' });
  }

  private attributeValue(node: ElementNode, attribute: AttributeNode, declaration: AttributeDecl): void {
    const type = declaration.type;
    const span = attributeValueSpan(attribute, trimsWhitespace(type));
    const problem = simpleValueProblem(type, attribute.value.value);
    if (problem !== undefined) {
      this.report('schema/invalid-value', `${node.name} ${attribute.name} ${problem}.`, span, { type: type.name });
      return;
    }
    const value = type.collapse ? collapseXml(attribute.value.value) : attribute.value.value;
    if (declaration.identity === 'id') this.footnoteId(value, span);
    else if (declaration.identity === 'idref') this.references.push({ id: value, attribute, span });
  }

  // ---- footnote identities (xs:ID / xs:IDREF) ----

  private footnoteId(id: string, span: Span): void {
    const first = this.footnoteIds.get(id);
    if (!first) {
      this.footnoteIds.set(id, span);
      return;
    }
    const related: RelatedLocation[] = [{ span: first, message: `${id} is first defined here` }];
    this.report('footnote/duplicate-id', `Footnote ${id} is defined twice: give this footnote a number of its own.`, span, { id }, related);
  }

  private unresolvedReferences(): void {
    for (const reference of this.references) {
      if (this.footnoteIds.has(reference.id)) continue;
      this.report(
        'footnote/undefined',
        `There is no footnote ${reference.id}: add footnote ${reference.id} under footnotes, or refer to a footnote that exists.`,
        reference.span,
        { id: reference.id },
      );
    }
  }

  private report<Id extends StructureRuleId>(
    rule: Id,
    message: string,
    span: Span,
    data?: FindingDataOf<Id>,
    related?: readonly RelatedLocation[],
    /** A rule a later schema version brought, which the document's own version predates: information, not an error. */
    later?: VersionChange,
  ): void {
    const severity = later ? ('information' as const) : ('error' as const);
    if (this.cap.countedPastLimit(rule, severity)) return;
    // The cast pairs the id with its data, which the signature already ties together for each call. Spelt out, not
    // spread (see model/deadlineStart.ts).
    const finding = (
      related
        ? { rule, severity, message, span, data, related }
        : data
          ? { rule, severity, message, span, data }
          : { rule, severity, message, span }
    ) as Finding;
    if (this.cap.admit(finding)) this.findings.push(finding);
  }
}

const noAttributes: readonly AttributeDecl[] = [];

function declaredAttribute(declared: readonly AttributeDecl[], name: string): AttributeDecl | undefined {
  for (let i = 0; i < declared.length; i++) if (declared[i].name === name) return declared[i];
  return undefined;
}

function hasAttributeNamed(attributes: readonly AttributeNode[], name: string): boolean {
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return true;
  return false;
}

/**
 * A child's name in no namespace, when finding it needs no scope: it has no prefix and declares no namespace (so its
 * scope is its parent's), and no default namespace is in force (the caller checks that). Else undefined, and the
 * general match, which resolves names, decides.
 */
function plainName(child: ElementNode): string | undefined {
  if (child.name.includes(':')) return undefined;
  const attributes = child.attributes;
  for (let i = 0; i < attributes.length; i++) if (declaredPrefix(attributes[i].name) !== undefined) return undefined;
  return child.name;
}

// ---- messages and spans ----

function tooManyMessage(parent: string, slot: Slot, name: string, firstName: string | undefined): string {
  if (slot.max === 1) {
    return slot.alternatives.length === 1 || firstName === name
      ? `${parent} takes only one ${name}: remove this one.`
      : `${parent} takes only one of ${orList(slot.alternatives.map((a) => a.name))}: keep ${firstName} or ${name}.`;
  }
  return slot.alternatives.length === 1
    ? `${parent} takes at most ${slot.max} ${name} elements.`
    : `${parent} takes at most ${slot.max} ${slot.alternatives.map((a) => a.name).join(' and ')} elements in all.`;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

interface SchemaTypeName {
  readonly namespace: string;
  readonly localName: string;
  readonly shown: string;
}

/** The name by which xsi:type can refer to a type, or undefined for a type the SEC's schema declares inline. */
function schemaTypeName(type: TypeDef): SchemaTypeName | undefined {
  switch (type.kind) {
    case 'date':
      return { namespace: xsdNamespace, localName: 'date', shown: 'xs:date' };
    case 'boolean':
      return { namespace: xsdNamespace, localName: 'boolean', shown: 'xs:boolean' };
    case 'decimal':
      return { namespace: '', localName: type.name, shown: type.name };
    default:
      return type.anonymous ? undefined : { namespace: '', localName: type.name, shown: type.name };
  }
}

/** Where a value's problem is shown: the value, or the element's name when there is no value to point at. */
function valueSpan(text: TextValue | undefined, trimmed: boolean, fallback: Span): Span {
  if (!text || text.span.start === text.span.end) return fallback;
  return trimmed ? trimmedSpan(text) : text.span;
}

function attributeValueSpan(attribute: AttributeNode, trimmed: boolean): Span {
  return valueSpan(attribute.value, trimmed, attribute.nameSpan);
}

/**
 * The text's span without the surrounding whitespace, when the source spells the value character for character
 * (same length: no references, CDATA markers or CR LF line ends in between); otherwise the whole span.
 */
function trimmedSpan(text: TextValue): Span {
  const { value, span } = text;
  if (span.end - span.start !== value.length) return span;
  let start = 0;
  let end = value.length;
  while (start < end && isXmlWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isXmlWhitespace(value.charCodeAt(end - 1))) end--;
  return start === end ? span : { start: span.start + start, end: span.start + end };
}
