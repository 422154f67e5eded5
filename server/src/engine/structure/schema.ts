/**
 * Our structural schema of a Form 4 / 4/A ownership document, written from the facts of the SEC's EDGAR ownership
 * XML schema (X0306 with the elements that X0508 and X0609 added: `aff10b5One`, `issuerForeignTradingSymbol`,
 * `rptOwnerNonUSAddressFlag`, `rptOwnerNonUSStateTerritory`, `rptOwnerCountry`). Type names follow the SEC's so the
 * two can be compared line by line; the content is data, read by the checker, the YAML reader and writer, the
 * JSON Schema generator, hovers and completion.
 */
import type { FormId } from '../forms/id';
import { blankStateValues, stateCodes } from './stateCodes';

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
}

export type TypeDef = SimpleType | ComplexType;

export interface ElementParticle {
  readonly kind: 'element';
  readonly name: string;
  readonly type: TypeDef;
  readonly min: number;
  readonly max: number;
}

export interface GroupParticle {
  readonly kind: 'sequence' | 'choice';
  readonly particles: readonly Particle[];
  readonly min: number;
  readonly max: number;
}

export type Particle = ElementParticle | GroupParticle;

// ---- building blocks -------------------------------------------------------------------------------------------

function el(name: string, type: TypeDef, min = 1, max = 1): ElementParticle {
  return { kind: 'element', name, type, min, max };
}
function seq(particles: Particle[], min = 1, max = 1): GroupParticle {
  return { kind: 'sequence', particles, min, max };
}
function choice(particles: Particle[], min = 1, max = 1): GroupParticle {
  return { kind: 'choice', particles, min, max };
}
function complex(name: string, content: GroupParticle | undefined, attributes: AttributeDecl[] = [], mixed = false): ComplexType {
  return { kind: 'complex', name, content, attributes, mixed };
}
function str(name: string, facets: Omit<StringType, 'kind' | 'name'> = {}): StringType {
  return { kind: 'string', name, ...facets };
}

// ---- simple types ----------------------------------------------------------------------------------------------

export const decimalType: DecimalType = { kind: 'decimal', name: 'POSITIVE_DECIMAL' };
export const dateType: DateType = { kind: 'date', name: 'xs:date' };
export const booleanType: BooleanType = { kind: 'boolean', name: 'xs:boolean' };

/** The transaction codes EDGAR accepts in XML (the paper form's K and V are not among them). */
export const transactionCodes = ['A', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'O', 'P', 'S', 'U', 'W', 'X', 'Z'] as const;

const transactionCodeType = str('TRANS_CODE_PICKLIST', { enumeration: transactionCodes });
/**
 * The SEC's pattern is `[E|L]{0,1}`: a character class, so a lone '|' is valid too (libxml2 agrees). Kept as written
 * so that we accept exactly what EDGAR's schema accepts; the description names only the meaningful values.
 */
const timelinessType = str('TRANS_TIMELY_PICKLIST', {
  pattern: { source: '[E|L]{0,1}', description: 'E (early) or L (late), or empty' },
  collapse: true,
});
const acquiredDisposedType = str('ACQ_DISP_CODE_PICKLIST', { enumeration: ['A', 'D'] });
const ownershipTypeType = str('OWNERSHIP_TYPE_PICKLIST', { enumeration: ['D', 'I'] });
const footnoteIdPattern = { source: 'F[1-9][0-9]?', description: 'F followed by a number from 1 to 99, such as F1 or F12' };
// xs:ID and xs:IDREF collapse whitespace, so id=" F1 " is F1.
const fidType = str('FID', { pattern: footnoteIdPattern, collapse: true });
const fidRefType = str('FIDREF', { pattern: footnoteIdPattern, collapse: true });
const string30 = str('STRING_30', { maxLength: 30 });
const string2000 = str('STRING_2000', { maxLength: 2000 });
const schemaVersionType = str('SCHEMA_VERSION', { length: 5 });
const cikType = str('CIK', { minLength: 1, maxLength: 10, pattern: { source: '[0-9]+', description: 'digits only (1 to 10 of them)' } });
const formType4 = str('TRANS_FORM4_TYPE_PICKLIST', { enumeration: ['4', '5'] });

// ---- complex types ---------------------------------------------------------------------------------------------

const footnote = complex('FOOTNOTE', undefined, [{ name: 'id', type: fidType, required: true, identity: 'id' }], true);
const footnoteId = complex('FOOTNOTE_ID', undefined, [{ name: 'id', type: fidRefType, required: true, identity: 'idref' }]);

const footnoteRefs = (max: number) => el('footnoteId', footnoteId, 0, max);
/** `value` plus optional footnote references: the shape of most table cells. */
const valued = (name: string, valueType: SimpleType, valueMin = 1) =>
  complex(name, seq([el('value', valueType, valueMin), footnoteRefs(99)]));
/** A value or a footnote reference (at least one), then more references: a cell that a footnote may stand in for. */
const valueOrFootnote = (name: string, valueType: SimpleType) =>
  complex(name, seq([choice([el('value', valueType), el('footnoteId', footnoteId)]), footnoteRefs(98)]));

const numberWithFootnote = valued('NUMBER_WITH_FOOTNOTE', decimalType);
const optNumberWithFootnote = valueOrFootnote('OPT_NUMBER_WITH_FOOTNOTE', decimalType);
const dateWithFootnote = valued('DATE_WITH_FOOTNOTE', dateType);
const dateAndOrFootnote = valued('DATE_AND_OR_FOOTNOTE', dateType, 0);
const optDateWithFootnote = valueOrFootnote('OPT_DATE_WITH_FOOTNOTE', dateType);
const acqDispCode = valued('ACQ_DISP_CODE', acquiredDisposedType);
const ownershipType = valued('OWNERSHIP_TYPE', ownershipTypeType);
const indirectNature = valued('INDIRECT_NATURE', str('INDIRECT_NATURE_VALUE', { anonymous: true, maxLength: 100 }));
const securityTitle = valued('SECURITY_TITLE', str('SECURITY_TITLE_VALUE', { anonymous: true, minLength: 1, maxLength: 60 }));
const transactionTimeliness = valued('TRANSACTION_TIMELINESS', timelinessType, 0);

const footnoteGroup = complex('FOOTNOTE_GROUP', seq([el('footnote', footnote, 0, 99)]));

const issuer = complex(
  'ISSUER',
  seq([
    el('issuerCik', cikType),
    el('issuerName', str('ISSUER_NAME', { anonymous: true, maxLength: 150 }), 0),
    el('issuerTradingSymbol', str('TRADING_SYMBOL', { anonymous: true, minLength: 1, maxLength: 10 })),
    el('issuerForeignTradingSymbol', str('FOREIGN_TRADING_SYMBOL', { anonymous: true, maxLength: 10 }), 0),
  ]),
);

const reportingId = complex(
  'REPORTING_ID',
  seq([
    el('rptOwnerCik', cikType),
    el('rptOwnerCcc', str('CCC', { anonymous: true, length: 8 }), 0),
    el('rptOwnerName', str('OWNER_NAME', { anonymous: true, maxLength: 150 }), 0),
  ]),
);

const stateType = str('STATE_PICKLIST', { anonymous: true, enumeration: [...blankStateValues, ...stateCodes.map((s) => s.code)] });

const reportingAddress = complex(
  'REPORTING_ADDRESS',
  seq([
    el('rptOwnerNonUSAddressFlag', booleanType, 0),
    el('rptOwnerStreet1', str('STREET', { anonymous: true, minLength: 0, maxLength: 40 }), 0),
    el('rptOwnerStreet2', str('STREET', { anonymous: true, minLength: 0, maxLength: 40 }), 0),
    el('rptOwnerCity', str('CITY', { anonymous: true, minLength: 0, maxLength: 30 }), 0),
    el('rptOwnerState', stateType, 0),
    el('rptOwnerNonUSStateTerritory', str('NON_US_STATE_TERRITORY', { anonymous: true, maxLength: 100 }), 0),
    el('rptOwnerCountry', str('COUNTRY', { anonymous: true, maxLength: 2 }), 0),
    el(
      'rptOwnerZipCode',
      str('ZIP_CODE', {
        anonymous: true,
        minLength: 0,
        maxLength: 10,
        pattern: { source: '[0-9A-Za-z #-]*', description: 'letters, digits, spaces, # and - (at most 10)' },
      }),
      0,
    ),
    el('rptOwnerStateDescription', str('STATE_DESCRIPTION', { anonymous: true, minLength: 0, maxLength: 50 }), 0),
    el('rptOwnerGoodAddress', booleanType, 0),
  ]),
);

const reportingRelationship = complex(
  'REPORTING_RELATIONSHIP',
  seq([
    el('isDirector', booleanType, 0),
    el('isOfficer', booleanType, 0),
    el('isTenPercentOwner', booleanType, 0),
    el('isOther', booleanType, 0),
    el('officerTitle', string30, 0),
    el('otherText', string30, 0),
  ]),
);

const reportingOwner = complex(
  'REPORTING_OWNER',
  seq([
    el('reportingOwnerId', reportingId),
    el('reportingOwnerAddress', reportingAddress, 0),
    el('reportingOwnerRelationship', reportingRelationship),
  ]),
);

const signature = complex(
  'SIGNATURE',
  seq([el('signatureName', str('SIGNATURE_NAME', { anonymous: true, minLength: 1, maxLength: 255 })), el('signatureDate', dateType)]),
);

const transactionCoding = complex(
  'TRANSACTION_CODING_FOR_4',
  seq([
    el('transactionFormType', formType4),
    el('transactionCode', transactionCodeType),
    el('equitySwapInvolved', booleanType),
    footnoteRefs(99),
  ]),
);

const nonDerivTransactAmounts = complex(
  'NONDERIV_TRANSACT_AMOUNTS',
  seq([
    el('transactionShares', numberWithFootnote),
    el('transactionPricePerShare', optNumberWithFootnote),
    el('transactionAcquiredDisposedCode', acqDispCode),
  ]),
);

/** In the derivative table the acquired/disposed code takes no footnote (the SEC's DERIV_TRANSACT_NO_FOOT). */
const derivTransactAmounts = complex(
  'DERIV_TRANSACT_NO_FOOT',
  seq([
    choice([el('transactionShares', numberWithFootnote), el('transactionTotalValue', numberWithFootnote)]),
    el('transactionPricePerShare', optNumberWithFootnote),
    el('transactionAcquiredDisposedCode', complex('ACQ_DISP_NO_FOOT', seq([el('value', acquiredDisposedType)]))),
  ]),
);

const postTransactionAmounts = complex(
  'POST_TRANSACTION_AMOUNTS',
  choice([el('sharesOwnedFollowingTransaction', numberWithFootnote), el('valueOwnedFollowingTransaction', numberWithFootnote)]),
);

const ownershipNature = complex(
  'OWNERSHIP_NATURE',
  seq([el('directOrIndirectOwnership', ownershipType), el('natureOfOwnership', indirectNature, 0)]),
);

const underlyingSecurity = complex(
  'UNDERLYING_SECURITY',
  seq([
    el('underlyingSecurityTitle', securityTitle),
    choice([el('underlyingSecurityShares', optNumberWithFootnote, 0), el('underlyingSecurityValue', optNumberWithFootnote, 0)]),
  ]),
);

const nonDerivativeTransaction = complex(
  'NONDERIVATIVE_TRANSACTION',
  seq([
    el('securityTitle', securityTitle),
    el('transactionDate', dateWithFootnote),
    el('deemedExecutionDate', dateAndOrFootnote, 0),
    el('transactionCoding', transactionCoding, 0),
    el('transactionTimeliness', transactionTimeliness, 0),
    el('transactionAmounts', nonDerivTransactAmounts),
    el('postTransactionAmounts', postTransactionAmounts),
    el('ownershipNature', ownershipNature),
  ]),
);

const derivativeTransaction = complex(
  'DERIVATIVE_TRANSACTION',
  seq([
    el('securityTitle', securityTitle),
    el('conversionOrExercisePrice', optNumberWithFootnote),
    el('transactionDate', dateWithFootnote),
    el('deemedExecutionDate', dateAndOrFootnote, 0),
    el('transactionCoding', transactionCoding, 0),
    el('transactionTimeliness', transactionTimeliness, 0),
    el('transactionAmounts', derivTransactAmounts),
    el('exerciseDate', optDateWithFootnote),
    el('expirationDate', optDateWithFootnote),
    el('underlyingSecurity', underlyingSecurity),
    el('postTransactionAmounts', postTransactionAmounts),
    el('ownershipNature', ownershipNature),
  ]),
);

const nonDerivativeHolding = complex(
  'NONDERIVATIVE_HOLDING',
  seq([el('securityTitle', securityTitle), el('postTransactionAmounts', postTransactionAmounts), el('ownershipNature', ownershipNature)]),
);

const derivativeHolding = complex(
  'DERIVATIVE_HOLDING',
  seq([
    el('securityTitle', securityTitle),
    el('conversionOrExercisePrice', optNumberWithFootnote),
    el('exerciseDate', optDateWithFootnote),
    el('expirationDate', optDateWithFootnote),
    el('underlyingSecurity', underlyingSecurity),
    el('postTransactionAmounts', postTransactionAmounts),
    el('ownershipNature', ownershipNature),
  ]),
);

/** Up to 30 rows per table, transactions and holdings in any order. */
export const maxTableRows = 30;

const nonDerivativeTable = complex(
  'NONDERIVATIVE_TABLE',
  choice([el('nonDerivativeTransaction', nonDerivativeTransaction), el('nonDerivativeHolding', nonDerivativeHolding)], 0, maxTableRows),
);

const derivativeTable = complex(
  'DERIVATIVE_TABLE',
  choice([el('derivativeTransaction', derivativeTransaction), el('derivativeHolding', derivativeHolding)], 0, maxTableRows),
);

// ---- documents -------------------------------------------------------------------------------------------------

/** A form the structural schema declares a document for: every form the engine describes. */
export type DocumentKind = FormId;

function ownershipDocument(kind: DocumentKind): ElementParticle {
  const amendment = kind.endsWith('/A');
  const particles: Particle[] = [
    el('schemaVersion', schemaVersionType, 0),
    el('documentType', str('DOCUMENT_TYPE', { enumeration: [kind] })),
    el('periodOfReport', dateType),
    ...(amendment ? [el('dateOfOriginalSubmission', dateType)] : []),
    el('notSubjectToSection16', booleanType, 0),
    el('issuer', issuer),
    el('reportingOwner', reportingOwner, 1, 10),
    el('aff10b5One', booleanType, 0),
    el('nonDerivativeTable', nonDerivativeTable, 0),
    el('derivativeTable', derivativeTable, 0),
    el('footnotes', footnoteGroup, 0),
    el('remarks', string2000, 0),
    el('ownerSignature', signature, 1, 10),
  ];
  const type: ComplexType = { ...complex(`OWNERSHIP_DOCUMENT_${kind.replace('/', '')}`, seq(particles)), anonymous: true };
  return el('ownershipDocument', type);
}

/** The root element declaration for each document type we check. */
export const documentSchemas: Readonly<Record<DocumentKind, ElementParticle>> = {
  '3': ownershipDocument('3'),
  '3/A': ownershipDocument('3/A'),
  '4': ownershipDocument('4'),
  '4/A': ownershipDocument('4/A'),
  '5': ownershipDocument('5'),
  '5/A': ownershipDocument('5/A'),
};

export const rootElementName = 'ownershipDocument';

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
  return elementParticles(type.content).find((p) => p.name === name);
}

/**
 * True for a type shaped `value` + `footnoteId*` (a table cell). YAML drafts fold such an element into a scalar, or
 * `{value, footnotes: [F1]}` when it carries references.
 */
export function isValueWrapper(type: TypeDef | undefined): type is ComplexType {
  if (!type || type.kind !== 'complex' || type.mixed) return false;
  const names = new Set(elementParticles(type.content).map((p) => p.name));
  return names.has('value') && [...names].every((n) => n === 'value' || n === 'footnoteId');
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
