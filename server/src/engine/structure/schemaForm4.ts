/**
 * Form 4 (Statement of Changes in Beneficial Ownership) and 4/A, from the facts of the SEC's
 * `ownership4Document.xsd.xml` and `ownership4ADocument.xsd.xml` (v5.5): transactions and holdings in any order,
 * transaction form type 4 or 5, timeliness with footnotes, the exit box and a required Rule 10b5-1 box.
 */
import {
  booleanType,
  dateAndOrFootnote,
  dateWithFootnote,
  derivTransactAmounts,
  footnoteRefs,
  nonDerivTransactAmounts,
  optDateWithFootnote,
  optNumberWithFootnote,
  ownershipNature,
  postTransactionAmounts,
  securityTitle,
  table,
  transactionCodeType,
  transactionTimeliness,
  underlyingSecurity,
} from './schemaCommon';
import { ownershipDocument } from './schemaDocument';
import { complex, el, seq, str, type ComplexType, type ElementParticle } from './schemaTypes';

/** What Forms 4 and 5 share but for their transaction coding and timeliness cells. */
export function transactionRows(coding: ComplexType, timeliness: ComplexType) {
  const nonDerivativeTransaction = complex(
    'NONDERIVATIVE_TRANSACTION',
    seq([
      el('securityTitle', securityTitle),
      el('transactionDate', dateWithFootnote),
      el('deemedExecutionDate', dateAndOrFootnote, 0),
      el('transactionCoding', coding, 0),
      el('transactionTimeliness', timeliness, 0),
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
      el('transactionCoding', coding, 0),
      el('transactionTimeliness', timeliness, 0),
      el('transactionAmounts', derivTransactAmounts),
      el('exerciseDate', optDateWithFootnote),
      el('expirationDate', optDateWithFootnote),
      el('underlyingSecurity', underlyingSecurity),
      el('postTransactionAmounts', postTransactionAmounts),
      el('ownershipNature', ownershipNature),
    ]),
  );
  return { nonDerivativeTransaction, derivativeTransaction };
}

/** Transaction coding of a Form 4 or 5 row: the form type (4 or 5 on either), code, swap flag, footnotes. */
export function transactionCoding(name: string, formTypeName: string): ComplexType {
  return complex(
    name,
    seq([
      el('transactionFormType', str(formTypeName, { enumeration: ['4', '5'] })),
      el('transactionCode', transactionCodeType),
      el('equitySwapInvolved', booleanType),
      footnoteRefs(99),
    ]),
  );
}

const rows = transactionRows(transactionCoding('TRANSACTION_CODING_FOR_4', 'TRANS_FORM4_TYPE_PICKLIST'), transactionTimeliness);

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

const form4Shape = {
  flags: [el('notSubjectToSection16', booleanType, 0)],
  aff10b5OneRequired: true,
  nonDerivativeTable: table('NONDERIVATIVE_TABLE', [
    ['nonDerivativeTransaction', rows.nonDerivativeTransaction],
    ['nonDerivativeHolding', nonDerivativeHolding],
  ]),
  derivativeTable: table('DERIVATIVE_TABLE', [
    ['derivativeTransaction', rows.derivativeTransaction],
    ['derivativeHolding', derivativeHolding],
  ]),
};

export const form4Document: ElementParticle = ownershipDocument('4', form4Shape);
export const form4ADocument: ElementParticle = ownershipDocument('4/A', form4Shape);
