/**
 * Form 3 (Initial Statement of Beneficial Ownership) and 3/A, from the facts of the SEC's
 * `ownership3Document.xsd.xml` and `ownership3ADocument.xsd.xml` (v5.5): holdings only, no transaction coding, a
 * derivative holding without an amount owned (Form 3's Table II has no such column), `noSecuritiesOwned` in the
 * header and an optional Rule 10b5-1 box (a Form 3 reports no trades).
 */
import { booleanType, holdingRows, table } from './schemaCommon';
import { ownershipDocument } from './schemaDocument';
import { el, type ElementParticle } from './schemaTypes';

const holdings = holdingRows({ derivativeAmountOwned: false });

const form3Shape = {
  flags: [el('noSecuritiesOwned', booleanType, 0)],
  aff10b5OneRequired: false,
  nonDerivativeTable: table('NONDERIVATIVE_TABLE', [['nonDerivativeHolding', holdings.nonDerivativeHolding]]),
  derivativeTable: table('DERIVATIVE_TABLE', [['derivativeHolding', holdings.derivativeHolding]]),
};

export const form3Document: ElementParticle = ownershipDocument('3', form3Shape);
export const form3ADocument: ElementParticle = ownershipDocument('3/A', form3Shape);
