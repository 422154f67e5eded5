/**
 * Form 5 (Annual Statement of Changes in Beneficial Ownership) and 5/A, from the facts of the SEC's
 * `ownership5Document.xsd.xml` and `ownership5ADocument.xsd.xml` (v5.5): Form 4's rows, but timeliness without
 * footnotes, and holdings that may carry a transaction form type "3" (a holding that should have been on a Form 3);
 * the exit box and the two "reported" boxes (`form3HoldingsReported`, `form4TransactionsReported`) in the header; a
 * required Rule 10b5-1 box.
 */
import {
  booleanType,
  footnoteRefs,
  optDateWithFootnote,
  optNumberWithFootnote,
  ownershipNature,
  postTransactionAmounts,
  securityTitle,
  table,
  transactionTimelinessNoFoot,
  underlyingSecurity,
} from './schemaCommon';
import { ownershipDocument } from './schemaDocument';
import { transactionCoding, transactionRows } from './schemaForm4';
import { complex, el, seq, str, type ElementParticle } from './schemaTypes';

const rows = transactionRows(transactionCoding('TRANSACTION_CODING_FOR_5', 'TRANS_FORM5_TYPE_PICKLIST'), transactionTimelinessNoFoot);

/** A holding's coding: only the form type, "3" for a late Form 3 holding, or empty (the SEC's `[3]{0,1}`). */
const holdingCoding = complex(
  'TRANSACTION_CODE_FOR_HOLDING',
  seq([
    el(
      'transactionFormType',
      str('LATE_HOLDING', { pattern: { source: '[3]{0,1}', description: '3 (a late Form 3 holding), or empty' } }),
      0,
    ),
    footnoteRefs(99),
  ]),
);

const nonDerivativeHolding = complex(
  'NONDERIVATIVE_HOLDING',
  seq([
    el('securityTitle', securityTitle),
    el('transactionCoding', holdingCoding, 0),
    el('postTransactionAmounts', postTransactionAmounts),
    el('ownershipNature', ownershipNature),
  ]),
);

const derivativeHolding = complex(
  'DERIVATIVE_HOLDING',
  seq([
    el('securityTitle', securityTitle),
    el('conversionOrExercisePrice', optNumberWithFootnote),
    el('transactionCoding', holdingCoding, 0),
    el('exerciseDate', optDateWithFootnote),
    el('expirationDate', optDateWithFootnote),
    el('underlyingSecurity', underlyingSecurity),
    el('postTransactionAmounts', postTransactionAmounts),
    el('ownershipNature', ownershipNature),
  ]),
);

const form5Shape = {
  flags: [
    el('notSubjectToSection16', booleanType, 0),
    el('form3HoldingsReported', booleanType, 0),
    el('form4TransactionsReported', booleanType, 0),
  ],
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

export const form5Document: ElementParticle = ownershipDocument('5', form5Shape);
export const form5ADocument: ElementParticle = ownershipDocument('5/A', form5Shape);
