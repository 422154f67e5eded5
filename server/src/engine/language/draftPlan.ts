/**
 * What a form's new draft holds and how a filer walks it, as data a form's description carries (`newDraft` in
 * forms/description.ts; forms/form3.ts, form4.ts and form5.ts each name theirs): language/snippets.ts renders it. Also the values the row
 * snippets share with it (the coding of a Table I or II row) and the optional elements an inserted element brings.
 */
import { transactionCodesByUse } from '../docs/transactionCodes';
import type { FormId } from '../forms/id';
import { formatIsoDate, type CalendarDate } from '../model/date';
import { choose, fixed, mirror, stop, type SkeletonOptions, type SnippetField } from './snippetTree';

// Bare codes, so the value the choice leaves is the code itself; completion at the value shows each code's meaning
// in its label ("S — open-market or private sale"), VS Code's choice list showing its entries as they are inserted.
const yesNo = choose(['0', '1']);

export const codingValues = {
  transactionFormType: fixed('4'),
  transactionCode: choose(transactionCodesByUse),
  equitySwapInvolved: fixed('0'),
  transactionAcquiredDisposedCode: choose(['D', 'A']),
  directOrIndirectOwnership: choose(['D', 'I']),
};

/**
 * Elements the schema leaves optional that a filing all but always has: an inserted `issuer` or `reportingOwner`
 * comes with them, as a new draft does.
 */
export const usuallyFilled: ReadonlySet<string> = new Set([
  'transactionCoding',
  'issuerName',
  'rptOwnerName',
  'isDirector',
  'isOfficer',
  'isTenPercentOwner',
  'isOther',
]);

export const tableI: SkeletonOptions = {
  include: new Set(['transactionCoding']),
  values: { ...codingValues, securityTitle: stop('Common Stock') },
};

export const tableII: SkeletonOptions = {
  include: new Set(['transactionCoding']),
  values: { ...codingValues, securityTitle: stop('Stock Option (Right to Buy)'), underlyingSecurityTitle: stop('Common Stock') },
};

/**
 * What a form's new draft holds and how a filer walks it. The XML is written in the schema's order, which EDGAR
 * enforces; a YAML draft's keys may come in any order, so it is written in the order Tab visits its fields,
 * `tabOrder`, in both formats: who files, for which company, what happened and when, then the footnote, remarks and
 * signature.
 */
export interface DraftPlan {
  readonly skeleton: SkeletonOptions;
  /** The fields in the order Tab visits them, by element (or cell) name. */
  readonly tabOrder: readonly string[];
  /** Cells that refer to the draft's footnotes, by cell name: so a footnote the filer writes is one in use. */
  readonly footnoteRefs?: Readonly<Record<string, readonly string[]>>;
}

/** The reporting owner's elements every form's draft holds: who files, where, and in which relationship. */
const ownerElements = [
  ...usuallyFilled,
  'reportingOwnerAddress',
  'rptOwnerStreet1',
  'rptOwnerCity',
  'rptOwnerState',
  'rptOwnerZipCode',
  'officerTitle',
] as const;

/** Who files and for which company: the first stops of every form's draft. */
const ownerAndIssuerOrder = [
  'rptOwnerName',
  'rptOwnerCik',
  'rptOwnerStreet1',
  'rptOwnerCity',
  'rptOwnerState',
  'rptOwnerZipCode',
  'isDirector',
  'isOfficer',
  'officerTitle',
  'isTenPercentOwner',
  'isOther',
  'issuerName',
  'issuerCik',
  'issuerTradingSymbol',
] as const;

/** The last stops of every form's draft: the footnote, remarks, an amendment's original date and the signature. */
function closingOrder(id: FormId): string[] {
  // An amendment's date of the original filing comes with the other dates of the filing.
  return ['footnote', 'remarks', ...(id.endsWith('/A') ? ['dateOfOriginalSubmission'] : []), 'signatureName', 'signatureDate'];
}

/** The values every form's draft shares: its form, the relationship boxes, footnote F1 and the signing day. */
function commonValues(id: FormId, today: CalendarDate | undefined): Record<string, SnippetField> {
  return {
    documentType: fixed(id),
    isDirector: yesNo,
    isOfficer: yesNo,
    isTenPercentOwner: yesNo,
    isOther: yesNo,
    '@id': fixed('F1'),
    // The day the draft is started: the usual signing day, and what the deadline rules take for the filing date.
    signatureDate: stop(today ? formatIsoDate(today) : 'YYYY-MM-DD'),
  };
}

/** The elements of a draft with one Table I transaction (Forms 4 and 5): its coding, the 10b5-1 box, a footnote, remarks. */
const transactionDraftElements: ReadonlySet<string> = new Set([
  ...tableI.include!,
  ...ownerElements,
  'aff10b5One',
  'nonDerivativeTable',
  'nonDerivativeTransaction',
  'footnotes',
  'footnote',
  'remarks',
]);

/** A Table I transaction's stops, in the order a filer knows them, then the 10b5-1 box (Forms 4 and 5). */
const transactionOrder = [
  'securityTitle',
  'transactionDate',
  'transactionCode',
  'transactionShares',
  'transactionAcquiredDisposedCode',
  'transactionPricePerShare',
  'sharesOwnedFollowingTransaction',
  'directOrIndirectOwnership',
  'aff10b5One',
] as const;

/** Form 4's (and, with the original's date, Form 4/A's) new draft, signed `today` when given. */
export function form4DraftPlan(id: FormId, today: CalendarDate | undefined): DraftPlan {
  return {
    skeleton: {
      include: transactionDraftElements,
      values: {
        ...tableI.values,
        ...commonValues(id, today),
        // Box 3 is the earliest transaction's date: the draft's one transaction, typed there and mirrored here.
        periodOfReport: mirror('transactionDate', 'YYYY-MM-DD'),
        aff10b5One: yesNo,
      },
    },
    tabOrder: [...ownerAndIssuerOrder, ...transactionOrder, ...closingOrder(id)],
    // The footnote a Form 4 most often has explains the price (a weighted average of several trades).
    footnoteRefs: { transactionPricePerShare: ['F1'] },
  };
}

/**
 * Form 3's (and Form 3/A's) new draft: holdings only, one Table I holding row, no transactions. Box 2 is the date
 * of the event that made the filer an insider. `noSecuritiesOwned` is left out: it is true only of a Form 3 whose
 * tables are empty, and the draft has a holding.
 */
export function form3DraftPlan(id: FormId, today: CalendarDate | undefined): DraftPlan {
  return {
    skeleton: {
      include: new Set([...ownerElements, 'nonDerivativeTable', 'nonDerivativeHolding', 'footnotes', 'footnote', 'remarks']),
      values: {
        ...commonValues(id, today),
        periodOfReport: stop('YYYY-MM-DD'),
        securityTitle: stop('Common Stock'),
        directOrIndirectOwnership: codingValues.directOrIndirectOwnership,
      },
    },
    tabOrder: [
      ...ownerAndIssuerOrder,
      // Box 2, the date of the event requiring the statement, before what is held on it.
      'periodOfReport',
      'securityTitle',
      'sharesOwnedFollowingTransaction',
      'directOrIndirectOwnership',
      ...closingOrder(id),
    ],
    // A Form 3's usual footnote says what the amount held is made of (restricted stock units, shares in a plan).
    footnoteRefs: { sharesOwnedFollowingTransaction: ['F1'] },
  };
}

/**
 * Transaction codes of items that may wait for Form 5 (Rule 16a-3(f)), in the order filers use them: a small
 * acquisition, a transfer by will or the laws of descent, other exempt acquisitions and dispositions, a gift
 * (received, or given before 2023-02-27). What else is coded on a Form 5 row is a late Form 4 item
 * (rules/code/form4-item-on-form5.ts), which a new draft does not start from.
 */
const form5Codes = ['L', 'W', 'J', 'Z', 'G'] as const;

/**
 * Form 5's (and Form 5/A's) new draft: Box 3 is the issuer's fiscal year end, and the one Table I row an item that
 * waited for it (`transactionFormType` 5, a deferrable code, acquired first: a small acquisition). The two
 * "reported" boxes are left out: EDGAR sets them from the rows.
 */
export function form5DraftPlan(id: FormId, today: CalendarDate | undefined): DraftPlan {
  return {
    skeleton: {
      include: transactionDraftElements,
      values: {
        ...tableI.values,
        ...commonValues(id, today),
        periodOfReport: stop('YYYY-MM-DD'),
        transactionFormType: fixed('5'),
        transactionCode: choose(form5Codes),
        transactionAcquiredDisposedCode: choose(['A', 'D']),
        aff10b5One: yesNo,
      },
    },
    // Box 3, the fiscal year end, before the items of that year.
    tabOrder: [...ownerAndIssuerOrder, 'periodOfReport', ...transactionOrder, ...closingOrder(id)],
    // A Form 5 item's footnote says why it could wait: the exemption its code stands for.
    footnoteRefs: { transactionCoding: ['F1'] },
  };
}
