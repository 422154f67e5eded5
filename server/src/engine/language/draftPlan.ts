/**
 * What a form's new draft holds and how a filer walks it, as data a form's description carries (`newDraft` in
 * forms/description.ts; Forms 4 and 4/A in forms/form4.ts): language/snippets.ts renders it. Also the values the row
 * snippets share with it (the coding of a Table I or II row) and the optional elements an inserted element brings.
 */
import { transactionCodesByUse } from '../docs/transactionCodes';
import type { FormId } from '../forms/id';
import { formatIsoDate, type CalendarDate } from '../model/date';
import { choose, fixed, mirror, stop, type SkeletonOptions } from './snippetTree';

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

/** Form 4's (and, with the original's date, Form 4/A's) new draft, signed `today` when given. */
export function form4DraftPlan(id: FormId, today: CalendarDate | undefined): DraftPlan {
  return {
    skeleton: {
      include: new Set([
        ...tableI.include!,
        ...usuallyFilled,
        'reportingOwnerAddress',
        'rptOwnerStreet1',
        'rptOwnerCity',
        'rptOwnerState',
        'rptOwnerZipCode',
        'officerTitle',
        'aff10b5One',
        'nonDerivativeTable',
        'nonDerivativeTransaction',
        'footnotes',
        'footnote',
        'remarks',
      ]),
      values: {
        ...tableI.values,
        documentType: fixed(id),
        // Box 3 is the earliest transaction's date: the draft's one transaction, typed there and mirrored here.
        periodOfReport: mirror('transactionDate', 'YYYY-MM-DD'),
        isDirector: yesNo,
        isOfficer: yesNo,
        isTenPercentOwner: yesNo,
        isOther: yesNo,
        aff10b5One: yesNo,
        '@id': fixed('F1'),
        // The day the draft is started: the usual signing day, and what the deadline rule takes for the filing date.
        signatureDate: stop(today ? formatIsoDate(today) : 'YYYY-MM-DD'),
      },
    },
    tabOrder: [
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
      'securityTitle',
      'transactionDate',
      'transactionCode',
      'transactionShares',
      'transactionAcquiredDisposedCode',
      'transactionPricePerShare',
      'sharesOwnedFollowingTransaction',
      'directOrIndirectOwnership',
      'aff10b5One',
      'footnote',
      'remarks',
      // An amendment's Box 4, the date the original was filed, comes with the other dates of the filing.
      ...(id.endsWith('/A') ? ['dateOfOriginalSubmission'] : []),
      'signatureName',
      'signatureDate',
    ],
    // The footnote a Form 4 most often has explains the price (a weighted average of several trades).
    footnoteRefs: { transactionPricePerShare: ['F1'] },
  };
}
