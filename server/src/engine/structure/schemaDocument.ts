/**
 * The root element every ownership document shares the shape of (`ownershipDocument` in each of the SEC's six
 * document schemas): the header, the owners, the Rule 10b5-1 box, the two tables, footnotes, remarks, signatures.
 * What differs by form is given by the form's own file: its header flags, whether the 10b5-1 box is required, its
 * tables.
 */
import type { FormId } from '../forms/id';
import { booleanType, dateType, footnoteGroup, issuer, reportingOwner, schemaVersionType, signature, string2000 } from './schemaCommon';
import { complex, el, str, type ComplexType, type ElementParticle, type Particle, type VersionChange } from './schemaTypes';

export const rootElementName = 'ownershipDocument';

/** The Rule 10b5-1 box became required with the 2023 amendments to Forms 4 and 5 (Release 33-11138). */
export const aff10b5OneRequired: VersionChange = {
  version: 'X0407',
  what: 'the Rule 10b5-1 box (aff10b5One) became required in 2023',
};

/**
 * X0101 (2003) gave each row as an element of the document itself (`nonDerivativeSecurity`, `derivativeSecurity`);
 * X0201 put the rows in the two tables.
 */
export const rowsMovedIntoTables: VersionChange & { readonly names: readonly string[] } = {
  version: 'X0201',
  what: 'rows moved from nonDerivativeSecurity and derivativeSecurity elements into nonDerivativeTable and derivativeTable',
  names: ['nonDerivativeSecurity', 'derivativeSecurity'],
};

export interface DocumentShape {
  /** The form's header flags, between the dates and `issuer` (Form 3's noSecuritiesOwned, Form 5's reported boxes). */
  readonly flags: readonly ElementParticle[];
  /** Whether `aff10b5One` is required (Forms 4 and 5) or optional (Form 3). */
  readonly aff10b5OneRequired: boolean;
  readonly nonDerivativeTable: ComplexType;
  readonly derivativeTable: ComplexType;
}

export function ownershipDocument(kind: FormId, shape: DocumentShape): ElementParticle {
  const amendment = kind.endsWith('/A');
  const particles: Particle[] = [
    el('schemaVersion', schemaVersionType, 0),
    // The SEC's DOCUMENT_TYPE is the pattern of the one id, which accepts what this one-value enumeration does.
    el('documentType', str('DOCUMENT_TYPE', { enumeration: [kind] })),
    el('periodOfReport', dateType),
    ...(amendment ? [el('dateOfOriginalSubmission', dateType)] : []),
    ...shape.flags,
    el('issuer', issuer),
    el('reportingOwner', reportingOwner, 1, 10),
    shape.aff10b5OneRequired ? el('aff10b5One', booleanType, 1, 1, aff10b5OneRequired) : el('aff10b5One', booleanType, 0),
    el('nonDerivativeTable', shape.nonDerivativeTable, 0),
    el('derivativeTable', shape.derivativeTable, 0),
    el('footnotes', footnoteGroup, 0),
    el('remarks', string2000, 0),
    el('ownerSignature', signature, 1, 10),
  ];
  const type: ComplexType = {
    ...complex(`OWNERSHIP_DOCUMENT_${kind.replace('/', '')}`, { kind: 'sequence', particles, min: 1, max: 1 }),
    anonymous: true,
    retiredSince: rowsMovedIntoTables,
  };
  return el(rootElementName, type);
}
