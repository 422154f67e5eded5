/**
 * The vocabulary of our structural schema (./schema.ts): simple and complex types, element and group particles, as
 * XML Schema has them, and the few builders the per-form files use to state the SEC's declarations as data.
 *
 * The SEC publishes only today's schemas (v5.5, schema version X0609), so older documents are judged by them; where a
 * later version made a rule stricter, the particle or type says so (`requiredSince`, `narrowedSince`), and the
 * checker tells a finding that exists only because of that change apart from one the document's own version had.
 */

/** A schema version as a document declares it in `schemaVersion`: X and four digits (X0609), ordered as text. */
export type SchemaVersion = string;

/** The version of the schemas in ../shared/sec/xsd/v5.5/ (EDGAR Ownership XML Technical Specification 5.5). */
export const currentSchemaVersion: SchemaVersion = 'X0609';

/** A rule of today's schema that an older version did not have: the version that brought it, and what it is. */
export interface VersionChange {
  readonly version: SchemaVersion;
  /** The change in plain words, as a finding on an older document tells it ("the Rule 10b5-1 box became required"). */
  readonly what: string;
}

export interface StringType {
  readonly kind: 'string';
  readonly name: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly length?: number;
  /** Whole-value pattern (anchored by the checker), with the allowed values in plain words. */
  readonly pattern?: { readonly source: string; readonly description: string };
  readonly enumeration?: readonly string[];
  /** xs:whiteSpace collapse: the value is trimmed and inner runs of whitespace folded before the facets apply. */
  readonly collapse?: boolean;
  /** Declared inline in the SEC schema (our name, not the SEC's), so no `xsi:type` can name it. */
  readonly anonymous?: boolean;
  /** The enumeration was narrowed by a later schema version: these values were accepted before it. */
  readonly narrowedSince?: VersionChange & { readonly formerly: readonly string[] };
}

/** EDGAR's POSITIVE_DECIMAL: 0 to 999999999999.9999, at most 16 digits, at most 4 after the point. */
export interface DecimalType {
  readonly kind: 'decimal';
  readonly name: 'POSITIVE_DECIMAL';
}

/** xs:date: YYYY-MM-DD with an optional time zone (Z or +hh:mm). */
export interface DateType {
  readonly kind: 'date';
  readonly name: 'xs:date';
}

/** xs:boolean: true, false, 1 or 0. */
export interface BooleanType {
  readonly kind: 'boolean';
  readonly name: 'xs:boolean';
}

export type SimpleType = StringType | DecimalType | DateType | BooleanType;

export interface AttributeDecl {
  readonly name: string;
  readonly type: StringType;
  readonly required: boolean;
  /** xs:ID values must be unique in the document; xs:IDREF values must name one. */
  readonly identity?: 'id' | 'idref';
}

export interface ComplexType {
  readonly kind: 'complex';
  readonly name: string;
  /** The content model, or undefined for an element with no child elements (text only, or empty). */
  readonly content?: GroupParticle;
  readonly attributes: readonly AttributeDecl[];
  /** Character data allowed beside (or instead of) child elements. */
  readonly mixed: boolean;
  /** Declared inline in the SEC schema (our name, not the SEC's), so no `xsi:type` can name it. */
  readonly anonymous?: boolean;
  /** Child elements an older schema version declared here and a later one replaced (X0101's table rows). */
  readonly retiredSince?: VersionChange & { readonly names: readonly string[] };
}

export type TypeDef = SimpleType | ComplexType;

export interface ElementParticle {
  readonly kind: 'element';
  readonly name: string;
  readonly type: TypeDef;
  readonly min: number;
  readonly max: number;
  /** The element became required in a later schema version: before it, a document could leave it out. */
  readonly requiredSince?: VersionChange;
}

export interface GroupParticle {
  readonly kind: 'sequence' | 'choice';
  readonly particles: readonly Particle[];
  readonly min: number;
  readonly max: number;
}

export type Particle = ElementParticle | GroupParticle;

// ---- builders -------------------------------------------------------------------------------------------------

export function el(name: string, type: TypeDef, min = 1, max = 1, requiredSince?: VersionChange): ElementParticle {
  return requiredSince ? { kind: 'element', name, type, min, max, requiredSince } : { kind: 'element', name, type, min, max };
}
export function seq(particles: Particle[], min = 1, max = 1): GroupParticle {
  return { kind: 'sequence', particles, min, max };
}
export function choice(particles: Particle[], min = 1, max = 1): GroupParticle {
  return { kind: 'choice', particles, min, max };
}
export function complex(name: string, content: GroupParticle | undefined, attributes: AttributeDecl[] = [], mixed = false): ComplexType {
  return { kind: 'complex', name, content, attributes, mixed };
}
export function str(name: string, facets: Omit<StringType, 'kind' | 'name'> = {}): StringType {
  return { kind: 'string', name, ...facets };
}
