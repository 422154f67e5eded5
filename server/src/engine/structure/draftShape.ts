/**
 * The shape of a YAML draft: how its notation maps onto the XML-shaped tree. The reader, the writer and the JSON
 * Schema generator all ask these questions here, so the three cannot drift apart. docs/yaml-drafts.md tells users
 * the same rules in prose.
 *
 * In short: an element's content is a scalar (its text), a mapping (child elements by name in document order, `@name`
 * keys for attributes, `#text` for text beside children) or a sequence of mappings (the "ordered form": the same
 * keys, concatenated, so a name may come back after another; tables are written this way). A key whose value is a
 * sequence repeats its element once per item, except for a complex element that may occur only once, where the
 * sequence is that element's content in the ordered form. Value wrappers (`value` + `footnoteId*`) fold into a
 * scalar, footnote references are a `footnotes: [F1]` list, footnote definitions a `footnotes: {F1: text}` map.
 */
import { formIds, type FormId } from '../forms/id';
import { unionOfTypes } from './draftUnion';
import { childDeclaration, documentSchemas, isValueWrapper, type ComplexType, type Particle, type TypeDef } from './schema';

/** `"@id": F1` is the attribute `id`. */
export const attributeKeyPrefix = '@';
/** `"#text": ...` is an element's own text when it also has children or attributes. */
export const textKey = '#text';
/** The key holding footnote references (`footnoteId` elements) and, at the root, footnote definitions. */
export const footnotesKey = 'footnotes';
export const footnoteRefElement = 'footnoteId';
/**
 * `"<name>": ...` is the element `name` whatever the key would otherwise mean: the way to write an element literally
 * named `footnotes` inside a cell, where that key lists references. XML names cannot hold `<`, so this is unambiguous.
 */
export function escapeElementName(name: string): string {
  return `<${name}>`;
}
export function unescapeElementName(key: string): string | undefined {
  return key.length > 2 && key.startsWith('<') && key.endsWith('>') ? key.slice(1, -1) : undefined;
}
export const footnoteElement = 'footnote';
export const footnoteIdAttribute = 'id';
export const valueElement = 'value';

/** Each form's own draft root type: its root element's type (what the JSON Schema's branch for the form describes). */
export const draftRootTypes: Readonly<Record<FormId, ComplexType>> = {
  '3': complexOf(documentSchemas['3'].type),
  '3/A': complexOf(documentSchemas['3/A'].type),
  '4': complexOf(documentSchemas['4'].type),
  '4/A': complexOf(documentSchemas['4/A'].type),
  '5': complexOf(documentSchemas['5'].type),
  '5/A': complexOf(documentSchemas['5/A'].type),
};

/**
 * The type every draft's root mapping is read and written against. The reader meets `documentType` as one key among
 * the others, so it cannot choose a form's type first; it reads every draft against the union of the forms' types
 * (./draftUnion.ts): each element name's declaration merged over the forms that declare it (Form 5's holding coding,
 * Form 4's timeliness footnotes, Form 3's `noSecuritiesOwned`). The writer uses the same union, so XML -> YAML -> XML
 * is exact on every form. A draft's questions are asked by name (does it fold, repeat, take footnote references), and
 * no name's answer differs between forms except by one form declaring more, which the union keeps.
 */
export const draftRootType: ComplexType = unionOfTypes(formIds.map((id) => draftRootTypes[id]));

function complexOf(type: TypeDef): ComplexType {
  if (type.kind !== 'complex') throw new Error('the ownership document type is complex');
  return type;
}

/** The declared type of a child element, or undefined when the parent is unknown or does not declare it. */
export function childTypeOf(parent: TypeDef | undefined, name: string): TypeDef | undefined {
  return childDeclaration(parent, name)?.type;
}

/** How many times a child may occur in a complex type, the enclosing groups' maxima included (a table row: 30). */
export function maxOccurrences(parent: ComplexType, name: string): number {
  let total = 0;
  const visit = (particle: Particle, times: number): void => {
    if (particle.kind === 'element') {
      if (particle.name === name) total += times * particle.max;
    } else {
      for (const inner of particle.particles) visit(inner, times * particle.max);
    }
  };
  if (parent.content) visit(parent.content, 1);
  return total;
}

/**
 * Whether a sequence under key `name` lists occurrences of the element (one element per item) rather than giving one
 * element's content in the ordered form. True for elements that may repeat, for unknown ones, and for simple-typed
 * ones (which have no children to order); false only for a declared complex element that may occur once, such as a
 * table (`nonDerivativeTable: [rows...]`).
 */
export function sequenceListsOccurrences(parent: TypeDef | undefined, name: string): boolean {
  const declaration = childDeclaration(parent, name);
  if (!declaration || parent?.kind !== 'complex') return true;
  if (declaration.type.kind !== 'complex') return true;
  return maxOccurrences(parent, name) > 1;
}

/** True for a declared element that may repeat: the writer always gives it a list, even of one item. */
export function isRepeatable(parent: TypeDef | undefined, name: string): boolean {
  return parent?.kind === 'complex' && childDeclaration(parent, name) !== undefined && maxOccurrences(parent, name) > 1;
}

/** Types whose `footnotes` key lists references (`footnoteId` children): table cells and `transactionCoding`. */
export function takesFootnoteRefs(type: TypeDef | undefined): boolean {
  return childDeclaration(type, footnoteRefElement) !== undefined;
}

/** The type of the `footnotes` element: a mapping under it defines footnotes by id. */
export function definesFootnotes(type: TypeDef | undefined): boolean {
  return childDeclaration(type, footnoteElement) !== undefined;
}

/** A value wrapper folds into a scalar: `transactionShares: 1500` is `<transactionShares><value>1500</value>...`. */
export function foldsIntoScalar(type: TypeDef | undefined): type is ComplexType {
  return isValueWrapper(type);
}

/**
 * Types the writer always gives in the ordered form: those whose children are a repeated choice, where the order of
 * the kinds carries meaning (table rows: a holding after a transaction is not the same as before it).
 */
export function writesOrdered(type: TypeDef | undefined): boolean {
  const content = type?.kind === 'complex' ? type.content : undefined;
  return content !== undefined && content.kind === 'choice' && content.max > 1;
}
