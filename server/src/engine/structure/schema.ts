/**
 * Our structural schema of the six ownership documents (Forms 3, 3/A, 4, 4/A, 5, 5/A), written from the facts of the
 * SEC's EDGAR ownership XML schemas v5.5 (schema version X0609; ../shared/sec/xsd/v5.5/), never copied from them: the
 * vocabulary in ./schemaTypes.ts, the shared declarations in ./schemaCommon.ts, the root in ./schemaDocument.ts and
 * each form's own in ./schemaForm3.ts, ./schemaForm4.ts, ./schemaForm5.ts. Type names follow the SEC's so the two can
 * be compared line by line; the content is data, read by the checker, the YAML reader and writer, the JSON Schema
 * generator, hovers and completion. Where a later schema version made a rule stricter, the data says which
 * (`requiredSince`, `narrowedSince`), so a document declaring an older version is told so (./check.ts).
 */
import type { FormId } from '../forms/id';
import { form3ADocument, form3Document } from './schemaForm3';
import { form4ADocument, form4Document } from './schemaForm4';
import { form5ADocument, form5Document } from './schemaForm5';
import type { ComplexType, ElementParticle, GroupParticle, Particle, SimpleType, TypeDef } from './schemaTypes';

export * from './schemaTypes';
export { booleanType, dateType, decimalType, maxTableRows, transactionCodes } from './schemaCommon';
export { rootElementName } from './schemaDocument';

/** A form the structural schema declares a document for: every form the engine describes. */
export type DocumentKind = FormId;

/** The root element declaration for each document type we check. */
export const documentSchemas: Readonly<Record<DocumentKind, ElementParticle>> = {
  '3': form3Document,
  '3/A': form3ADocument,
  '4': form4Document,
  '4/A': form4ADocument,
  '5': form5Document,
  '5/A': form5ADocument,
};

// ---- queries ---------------------------------------------------------------------------------------------------

/** Every element particle directly or through nested groups in a content model, in schema order. */
export function elementParticles(group: GroupParticle | undefined): ElementParticle[] {
  if (!group) return [];
  const out: ElementParticle[] = [];
  const visit = (p: Particle) => {
    if (p.kind === 'element') out.push(p);
    else p.particles.forEach(visit);
  };
  visit(group);
  return out;
}

/** The declaration of a child element of a complex type, by name (the first one where a name repeats). */
export function childDeclaration(type: TypeDef | undefined, name: string): ElementParticle | undefined {
  if (!type || type.kind !== 'complex') return undefined;
  return declarationsByName(type).get(name);
}

/**
 * The schema is data built once, so each complex type's declarations by name are worked out once: the readers,
 * the order of a draft's children and the language features ask for a child's declaration per element of every
 * document (at 20 MB a walk of the content model per element was a few per cent of a check).
 */
const declarationIndex = new WeakMap<ComplexType, ReadonlyMap<string, ElementParticle>>();
function declarationsByName(type: ComplexType): ReadonlyMap<string, ElementParticle> {
  let index = declarationIndex.get(type);
  if (!index) {
    const byName = new Map<string, ElementParticle>();
    for (const particle of elementParticles(type.content)) if (!byName.has(particle.name)) byName.set(particle.name, particle);
    declarationIndex.set(type, (index = byName));
  }
  return index;
}

/**
 * True for a type shaped `value` + `footnoteId*` (a table cell). YAML drafts fold such an element into a scalar, or
 * `{value, footnotes: [F1]}` when it carries references.
 */
export function isValueWrapper(type: TypeDef | undefined): type is ComplexType {
  if (!type || type.kind !== 'complex' || type.mixed) return false;
  const names = declarationsByName(type);
  return names.has('value') && [...names.keys()].every((n) => n === 'value' || n === 'footnoteId');
}

/** The simple type of the `value` child of a value-wrapper type. */
export function valueTypeOf(type: ComplexType): SimpleType | undefined {
  const decl = childDeclaration(type, 'value');
  return decl && decl.type.kind !== 'complex' ? decl.type : undefined;
}

/** The element path from the root to a node, resolved to declarations; undefined from the first unknown step. */
export function resolvePath(kind: DocumentKind, path: readonly string[]): ElementParticle | undefined {
  let decl: ElementParticle | undefined = documentSchemas[kind];
  if (path[0] !== decl.name) return undefined;
  for (const name of path.slice(1)) {
    decl = childDeclaration(decl.type, name);
    if (!decl) return undefined;
  }
  return decl;
}
