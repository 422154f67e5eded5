/**
 * The JSON Schema (draft-07) of the YAML draft format, generated from our structural schema (./schema.ts) and the
 * draft notation (./draftShape.ts), so the three cannot disagree. Editors use it for completion, hovers and a first
 * validation; the engine's own checker stays the authority (it reads values exactly, the schema sees what a generic
 * YAML reader makes of them). `npm run generate` (scripts/generate.ts) writes it to schemas/form4-draft.schema.json.
 *
 * One file serves every form: a draft is one file whatever its form, and editors associate one schema with a file
 * pattern (`*.form4.yaml`), so the schema branches on `documentType` (`if`/`then`/`else`) to each form's own root
 * (`definitions`, `form-3` to `form-5A`, from each form's draft root type and field documentation); a draft with no
 * or an unknown documentType is read as a Form 4, as `analyze` reads it.
 *
 * Values are accepted in the forms our reader accepts: a generic YAML reader turns `1500` into a number, `true` into
 * a boolean and `0001234567` into a number too, so amounts, booleans and codes take a number or a string.
 */
import { describeAllowedValues, meaningOfValue } from '../docs/allowedValues';
import { fieldDocumentation } from '../docs/fields';
import { formIds, type FormId } from '../forms/id';
import {
  definesFootnotes,
  draftRootTypes,
  footnoteElement,
  footnotesKey,
  foldsIntoScalar,
  isRepeatable,
  maxOccurrences,
  takesFootnoteRefs,
  valueElement,
  writesOrdered,
} from './draftShape';
import {
  childDeclaration,
  elementParticles,
  rootElementName,
  valueTypeOf,
  type ComplexType,
  type GroupParticle,
  type SimpleType,
  type StringType,
  type TypeDef,
} from './schema';

type Schema = { [keyword: string]: unknown };

/** The definition holding a form's root mapping. */
const formDefinition = (id: FormId) => `form-${id.replace('/', '')}`;

/** One schema for the drafts of every form: a branch per documentType, Form 4's for a draft without a known one. */
export function draftJsonSchema(): object {
  const definitions: Record<string, Schema> = {};
  for (const id of formIds) definitions[formDefinition(id)] = formRootSchema(id, definitions);
  const branchOf = (id: FormId): Schema => ({ $ref: `#/definitions/${formDefinition(id)}` });
  // Form 4 last, as the `else` of every test: a missing or mistyped documentType is checked as a Form 4.
  const tested = formIds.filter((id) => id !== '4');
  const chain = tested.reduceRight<Schema>(
    (otherwise, id) => ({
      if: { type: 'object', properties: { documentType: documentTypeSchema([id]) }, required: ['documentType'] },
      then: branchOf(id),
      else: otherwise,
    }),
    branchOf('4'),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Section 16 ownership YAML draft (Forms 3, 4 and 5)',
    description:
      'A Form 3, 4 or 5 (SEC Initial Statement of Beneficial Ownership, Statement of Changes in Beneficial Ownership, ' +
      'Annual Statement), or an amendment of one, written by hand: the EDGAR ownership XML elements as YAML keys. See docs/yaml-drafts.md.',
    ...chain,
    definitions,
  };
}

/** A form's root mapping, its documentType limited to the form's own. */
function formRootSchema(id: FormId, definitions: Record<string, Schema>): Schema {
  const root = new DraftSchemaBuilder(id, definitions).objectSchema(draftRootTypes[id], rootPath);
  const properties = root.properties as Record<string, Schema>;
  properties.documentType = { description: properties.documentType.description, ...documentTypeSchema([id]) };
  return root;
}

function documentTypeSchema(ids: readonly FormId[]): Schema {
  const documentType = childDeclaration(draftRootTypes[ids[0]], 'documentType')!.type as StringType;
  return enumSchema({ ...documentType, enumeration: ids }, false);
}

// ---- elements ------------------------------------------------------------------------------------------------------

/** Element paths start at the root element, as the field documentation reads them. */
const rootPath: readonly string[] = [rootElementName];

/**
 * What the field documentation says of the element at `path`, as one plain paragraph: label, meaning, how a draft
 * writes it, and its allowed values where no list of values with their meanings (`enumDescriptions`) says them.
 */
function describe(form: FormId, path: readonly string[], type?: TypeDef): string | undefined {
  const doc = fieldDocumentation(path, form);
  if (!doc) return undefined;
  const valueType = type?.kind === 'complex' ? valueTypeOf(type) : type;
  const listed = valueType?.kind === 'boolean' || (valueType?.kind === 'string' && valueType.enumeration !== undefined);
  const allowed = type && !listed ? describeAllowedValues(type) : undefined;
  return [`${doc.label}.`, doc.meaning, doc.draft, allowed && `Allowed: ${allowed}.`].filter(Boolean).join(' ');
}

class DraftSchemaBuilder {
  /**
   * @param form whose draft root and field documentation this builds from
   * @param definitions contents of elements that may repeat, written once (per form) and referred to by both the
   *   single and the list form
   */
  constructor(
    private readonly form: FormId,
    readonly definitions: Record<string, Schema>,
  ) {}

  /** The property for a child element: its content, or a list of it where it may repeat (one mapping is a list of one). */
  propertySchema(name: string, parent: ComplexType, parentPath: readonly string[]): Schema {
    const type = childDeclaration(parent, name)!.type;
    const path = [...parentPath, name];
    const description = describe(this.form, path, type);
    const content = this.contentSchema(type, path);
    if (!isRepeatable(parent, name)) return { description, ...content };
    const minItems = elementParticles(parent.content).find((p) => p.name === name)!.min;
    // Per form: the same element is documented with each form's own box numbers (Form 3's relationship is Box 4).
    const key = `${formDefinition(this.form)}-${name}`;
    this.definitions[key] = content;
    const reference = { $ref: `#/definitions/${key}` };
    return { description, anyOf: [reference, { type: 'array', items: reference, minItems, maxItems: maxOccurrences(parent, name) }] };
  }

  contentSchema(type: TypeDef, path: readonly string[]): Schema {
    if (type.kind !== 'complex') return simpleSchema(type, true);
    if (foldsIntoScalar(type)) return cellSchema(this.form, type, path);
    if (definesFootnotes(type)) return footnoteDefinitionsSchema(this.form, path);
    if (writesOrdered(type)) return this.tableSchema(type, path);
    return this.objectSchema(type, path);
  }

  /** A mapping of child elements, with the schema's required elements and choices. */
  objectSchema(type: ComplexType, path: readonly string[]): Schema {
    const properties: Record<string, Schema> = {};
    for (const particle of elementParticles(type.content)) {
      if (takesFootnoteRefs(type) && particle.name === 'footnoteId') properties[footnotesKey] = footnoteRefsSchema();
      else properties[particle.name] = this.propertySchema(particle.name, type, path);
    }
    const { required, constraints } = occurrenceRules(type.content);
    const mayBeEmpty = required.length === 0 && constraints.every((c) => !('anyOf' in c));
    return {
      type: mayBeEmpty ? ['object', 'null'] : 'object',
      properties,
      additionalProperties: false,
      ...(required.length ? { required } : {}),
      ...(constraints.length ? { allOf: constraints } : {}),
    };
  }

  /** Tables: a list of one-key mappings, one per row, in the order of the form. */
  tableSchema(type: ComplexType, path: readonly string[]): Schema {
    const rows: Record<string, Schema> = {};
    for (const particle of elementParticles(type.content)) {
      const rowPath = [...path, particle.name];
      rows[particle.name] = { description: describe(this.form, rowPath), ...this.objectSchema(particle.type as ComplexType, rowPath) };
    }
    return {
      type: ['array', 'null'],
      maxItems: type.content!.max,
      items: { type: 'object', properties: rows, additionalProperties: false, minProperties: 1, maxProperties: 1 },
    };
  }
}

/** Required elements of a sequence, and for each choice: at most one of its elements, at least one if it is required. */
function occurrenceRules(group: GroupParticle | undefined): { required: string[]; constraints: Schema[] } {
  const required: string[] = [];
  const constraints: Schema[] = [];
  if (!group || group.kind !== 'sequence') return { required, constraints };
  for (const particle of group.particles) {
    if (particle.kind === 'element') {
      if (particle.min > 0 && !required.includes(particle.name)) required.push(particle.name);
      continue;
    }
    const names = elementParticles(particle).map((p) => p.name);
    const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ required: [a, b] })));
    if (particle.max === 1 && pairs.length) constraints.push({ not: { anyOf: pairs } });
    const optional = elementParticles(particle).some((p) => p.min === 0);
    if (particle.min > 0 && !optional) constraints.push({ anyOf: names.map((n) => ({ required: [n] })) });
  }
  return { required, constraints };
}

// ---- cells and footnotes -------------------------------------------------------------------------------------------

/**
 * A table cell: the value itself (`transactionShares: 1500`), or `{value, footnotes}`; nothing at all (`key:`) only
 * where the cell may have no value.
 */
function cellSchema(form: FormId, type: ComplexType, path: readonly string[]): Schema {
  const valueType = valueTypeOf(type)!;
  const value = simpleSchema(valueType, false);
  const valueParticle = elementParticles(type.content).find((p) => p.name === valueElement)!;
  const orFootnote = type.content!.particles[0]!.kind === 'choice';
  const properties: Record<string, Schema> = { value: { description: describe(form, [...path, valueElement], valueType), ...value } };
  if (takesFootnoteRefs(type)) properties[footnotesKey] = footnoteRefsSchema();
  const required = orFootnote
    ? { anyOf: [{ required: [valueElement] }, { required: [footnotesKey] }] }
    : valueParticle.min > 0
      ? { required: [valueElement] }
      : {};
  const written = { type: 'object', properties, additionalProperties: false, ...required };
  return { anyOf: [value, written, ...(valueParticle.min === 0 ? [{ type: 'null' }] : [])] };
}

const footnoteIdSchema: Schema = { type: 'string', pattern: '^F[1-9][0-9]?$' };

function footnoteRefsSchema(): Schema {
  return {
    description: 'Footnote references: the ids of footnotes defined under `footnotes` at the top of the draft, e.g. [F1, F3].',
    anyOf: [footnoteIdSchema, { type: 'array', items: footnoteIdSchema, maxItems: 99 }],
  };
}

function footnoteDefinitionsSchema(form: FormId, path: readonly string[]): Schema {
  return {
    type: ['object', 'null'],
    propertyNames: footnoteIdSchema,
    maxProperties: 99,
    additionalProperties: { description: describe(form, [...path, footnoteElement]), type: ['string', 'number'] },
  };
}

// ---- values --------------------------------------------------------------------------------------------------------

const decimalPattern = '^\\s*\\+?(?:0*[0-9]{1,12}(?:\\.[0-9]{0,4}0*)?|\\.[0-9]{1,4}0*)\\s*$';
const datePattern = '^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})?\\s*$';

/** A value. `nullable` allows `key:` with nothing where an empty element is valid. */
function simpleSchema(type: SimpleType, nullable: boolean): Schema {
  switch (type.kind) {
    case 'decimal':
      return {
        anyOf: [
          { type: 'number', minimum: 0, maximum: 999999999999.9999 },
          { type: 'string', pattern: decimalPattern },
        ],
      };
    case 'date':
      return { type: 'string', pattern: datePattern };
    case 'boolean': {
      const members = [true, false, 1, 0, 'true', 'false', '1', '0'];
      return { enum: members, enumDescriptions: members.map((m) => meaningOfValue(type, String(m))) };
    }
    case 'string':
      return type.enumeration ? enumSchema(type, nullable) : stringSchema(type, nullable);
  }
}

function stringSchema(type: StringType, nullable: boolean): Schema {
  const facets: Schema = {};
  const minLength = type.length ?? type.minLength;
  const maxLength = type.length ?? type.maxLength;
  if (minLength) facets.minLength = minLength;
  if (maxLength !== undefined) facets.maxLength = maxLength;
  if (type.pattern) facets.pattern = `^(?:${type.pattern.source})$`;
  const allowsEmpty = !minLength && (!type.pattern || new RegExp(`^(?:${type.pattern.source})$`).test(''));
  // A generic YAML reader makes a number of `0001234567` or `95014`; our reader keeps the text.
  return { type: nullable && allowsEmpty ? ['string', 'number', 'null'] : ['string', 'number'], ...facets };
}

/** An enumeration, with numeric spellings of numeric members (`documentType: 4`) and what each value means. */
function enumSchema(type: StringType, nullable: boolean): Schema {
  const values = type.enumeration ?? [];
  const meaning = (value: string) => meaningOfValue(type, value) || (value === '' ? 'empty' : value);
  const numeric = values.filter((v) => /^[0-9]+$/.test(v));
  const members: unknown[] = [...values, ...numeric.map(Number)];
  const descriptions = [...values.map(meaning), ...numeric.map(meaning)];
  if (nullable && values.includes('')) {
    members.push(null);
    descriptions.push(meaning(''));
  }
  return { enum: members, enumDescriptions: descriptions };
}
