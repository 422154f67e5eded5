/**
 * Form 3 (Initial Statement of Beneficial Ownership) and 3/A, from the facts of the SEC's
 * `ownership3Document.xsd.xml` and `ownership3ADocument.xsd.xml` (v5.5): holdings only, no transaction coding, a
 * derivative holding without an amount owned (Form 3's Table II has no such column), `noSecuritiesOwned` in the
 * header and an optional Rule 10b5-1 box (a Form 3 reports no trades).
 */
import {
  booleanType,
  optDateWithFootnote,
  optNumberWithFootnote,
  ownershipNature,
  postTransactionAmounts,
  securityTitle,
  table,
  underlyingSecurity,
} from './schemaCommon';
import { ownershipDocument } from './schemaDocument';
import { complex, el, seq, type ElementParticle } from './schemaTypes';

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
    el('ownershipNature', ownershipNature),
  ]),
);

const form3Shape = {
  flags: [el('noSecuritiesOwned', booleanType, 0)],
  aff10b5OneRequired: false,
  nonDerivativeTable: table('NONDERIVATIVE_TABLE', [['nonDerivativeHolding', nonDerivativeHolding]]),
  derivativeTable: table('DERIVATIVE_TABLE', [['derivativeHolding', derivativeHolding]]),
};

export const form3Document: ElementParticle = ownershipDocument('3', form3Shape);
export const form3ADocument: ElementParticle = ownershipDocument('3/A', form3Shape);
