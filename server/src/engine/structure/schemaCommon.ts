/**
 * The declarations every ownership document shares, written from the facts of the SEC's
 * `ownershipDocumentCommon.xsd.xml` (v5.5, schema version X0609). Type names follow the SEC's so the two can be
 * compared line by line; what only one form declares (its tables' rows, its transaction coding, its root) is in
 * ./schemaForm3.ts, ./schemaForm4.ts and ./schemaForm5.ts.
 */
import { blankStateValues, countryCodes, usStateCodes } from './stateCodes';
import {
  choice,
  complex,
  el,
  seq,
  str,
  type BooleanType,
  type ComplexType,
  type DateType,
  type DecimalType,
  type SimpleType,
  type VersionChange,
} from './schemaTypes';

// ---- simple types ----------------------------------------------------------------------------------------------

export const decimalType: DecimalType = { kind: 'decimal', name: 'POSITIVE_DECIMAL' };
export const dateType: DateType = { kind: 'date', name: 'xs:date' };
export const booleanType: BooleanType = { kind: 'boolean', name: 'xs:boolean' };

/** The transaction codes EDGAR accepts in XML (the paper form's K and V are not among them). */
export const transactionCodes = ['A', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'O', 'P', 'S', 'U', 'W', 'X', 'Z'] as const;

// The SEC writes these lists as patterns (`A|C|D|...`); over xs:string, with no whitespace collapse, a pattern of
// alternatives accepts exactly what an enumeration of them does.
export const transactionCodeType = str('TRANS_CODE_PICKLIST', { enumeration: transactionCodes });
/**
 * The SEC's pattern is `[E|L]{0,1}`: a character class, so a lone '|' is valid too (libxml2 agrees). Kept as written
 * so that we accept exactly what EDGAR's schema accepts; the description names only the meaningful values.
 */
export const timelinessType = str('TRANS_TIMELY_PICKLIST', {
  pattern: { source: '[E|L]{0,1}', description: 'E (early) or L (late), or empty' },
  collapse: true,
});
export const acquiredDisposedType = str('ACQ_DISP_CODE_PICKLIST', { enumeration: ['A', 'D'] });
const ownershipTypeType = str('OWNERSHIP_TYPE_PICKLIST', { enumeration: ['D', 'I'] });
const footnoteIdPattern = { source: 'F[1-9][0-9]?', description: 'F followed by a number from 1 to 99, such as F1 or F12' };
// xs:ID and xs:IDREF collapse whitespace, so id=" F1 " is F1.
const fidType = str('FID', { pattern: footnoteIdPattern, collapse: true });
const fidRefType = str('FIDREF', { pattern: footnoteIdPattern, collapse: true });
const string30 = str('STRING_30', { maxLength: 30 });
export const string2000 = str('STRING_2000', { maxLength: 2000 });
export const schemaVersionType = str('SCHEMA_VERSION', { length: 5 });
const cikType = str('CIK', { minLength: 1, maxLength: 10, pattern: { source: '[0-9]+', description: 'digits only (1 to 10 of them)' } });

// ---- cells -----------------------------------------------------------------------------------------------------

const footnote = complex('FOOTNOTE', undefined, [{ name: 'id', type: fidType, required: true, identity: 'id' }], true);
export const footnoteId = complex('FOOTNOTE_ID', undefined, [{ name: 'id', type: fidRefType, required: true, identity: 'idref' }]);

export const footnoteRefs = (max: number) => el('footnoteId', footnoteId, 0, max);
/** `value` plus optional footnote references: the shape of most table cells. */
const valued = (name: string, valueType: SimpleType, valueMin = 1) =>
  complex(name, seq([el('value', valueType, valueMin), footnoteRefs(99)]));
/** A value or a footnote reference (at least one), then more references: a cell that a footnote may stand in for. */
const valueOrFootnote = (name: string, valueType: SimpleType) =>
  complex(name, seq([choice([el('value', valueType), el('footnoteId', footnoteId)]), footnoteRefs(98)]));

export const numberWithFootnote = valued('NUMBER_WITH_FOOTNOTE', decimalType);
export const optNumberWithFootnote = valueOrFootnote('OPT_NUMBER_WITH_FOOTNOTE', decimalType);
export const dateWithFootnote = valued('DATE_WITH_FOOTNOTE', dateType);
export const dateAndOrFootnote = valued('DATE_AND_OR_FOOTNOTE', dateType, 0);
export const optDateWithFootnote = valueOrFootnote('OPT_DATE_WITH_FOOTNOTE', dateType);
const acqDispCode = valued('ACQ_DISP_CODE', acquiredDisposedType);
const ownershipType = valued('OWNERSHIP_TYPE', ownershipTypeType);
const indirectNature = valued('INDIRECT_NATURE', str('INDIRECT_NATURE_VALUE', { anonymous: true, maxLength: 100 }));
export const securityTitle = valued('SECURITY_TITLE', str('SECURITY_TITLE_VALUE', { anonymous: true, minLength: 1, maxLength: 60 }));
/** Forms 4's timeliness cell: a value (possibly none) and footnote references. */
export const transactionTimeliness = valued('TRANSACTION_TIMELINESS', timelinessType, 0);
/** Form 5's timeliness cell: a value (possibly none), no footnotes. */
export const transactionTimelinessNoFoot = complex('TRANSACTION_TIMELINESS_NOFOOT', seq([el('value', timelinessType, 0)]));

export const footnoteGroup = complex('FOOTNOTE_GROUP', seq([el('footnote', footnote, 0, 99)]));

// ---- header ----------------------------------------------------------------------------------------------------

export const issuer = complex(
  'ISSUER',
  seq([
    el('issuerCik', cikType),
    el('issuerName', str('ISSUER_NAME', { anonymous: true, maxLength: 150 }), 0),
    el('issuerTradingSymbol', str('TRADING_SYMBOL', { anonymous: true, minLength: 1, maxLength: 10 })),
    el('issuerForeignTradingSymbol', str('FOREIGN_TRADING_SYMBOL', { anonymous: true, minLength: 0, maxLength: 14 }), 0),
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

/** X0609 moved Canadian provinces and other countries from `rptOwnerState` to `rptOwnerCountry`. */
const stateNarrowed: VersionChange = {
  version: 'X0609',
  what: 'Canadian provinces and other countries moved from rptOwnerState to rptOwnerCountry',
};

const stateType = str('STATE_PICKLIST', {
  anonymous: true,
  enumeration: [...blankStateValues, ...usStateCodes],
  narrowedSince: { ...stateNarrowed, formerly: countryCodes },
});
const countryType = str('COUNTRY_PICKLIST', { anonymous: true, enumeration: [...blankStateValues, ...countryCodes] });
const street = () => str('STREET', { anonymous: true, minLength: 0, maxLength: 40 });

const reportingAddress = complex(
  'REPORTING_ADDRESS',
  seq([
    el('rptOwnerNonUSAddressFlag', booleanType, 0),
    el('rptOwnerStreet1', street(), 0),
    el('rptOwnerStreet2', street(), 0),
    el('rptOwnerCity', str('CITY', { anonymous: true, minLength: 0, maxLength: 30 }), 0),
    el('rptOwnerNonUSStateTerritory', str('NON_US_STATE_TERRITORY', { anonymous: true, minLength: 0, maxLength: 40 }), 0),
    el('rptOwnerState', stateType, 0),
    el('rptOwnerCountry', countryType, 0),
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

export const reportingOwner = complex(
  'REPORTING_OWNER',
  seq([
    el('reportingOwnerId', reportingId),
    el('reportingOwnerAddress', reportingAddress, 0),
    el('reportingOwnerRelationship', reportingRelationship),
  ]),
);

export const signature = complex(
  'SIGNATURE',
  seq([el('signatureName', str('SIGNATURE_NAME', { anonymous: true, minLength: 1, maxLength: 255 })), el('signatureDate', dateType)]),
);

// ---- rows ------------------------------------------------------------------------------------------------------

export const nonDerivTransactAmounts = complex(
  'NONDERIV_TRANSACT_AMOUNTS',
  seq([
    el('transactionShares', numberWithFootnote),
    el('transactionPricePerShare', optNumberWithFootnote),
    el('transactionAcquiredDisposedCode', acqDispCode),
  ]),
);

/** In the derivative table the acquired/disposed code takes no footnote (the SEC's DERIV_TRANSACT_NO_FOOT). */
export const derivTransactAmounts = complex(
  'DERIV_TRANSACT_NO_FOOT',
  seq([
    choice([el('transactionShares', numberWithFootnote), el('transactionTotalValue', numberWithFootnote)]),
    el('transactionPricePerShare', optNumberWithFootnote),
    el('transactionAcquiredDisposedCode', complex('ACQ_DISP_NO_FOOT', seq([el('value', acquiredDisposedType)]))),
  ]),
);

export const postTransactionAmounts = complex(
  'POST_TRANSACTION_AMOUNTS',
  choice([el('sharesOwnedFollowingTransaction', numberWithFootnote), el('valueOwnedFollowingTransaction', numberWithFootnote)]),
);

export const ownershipNature = complex(
  'OWNERSHIP_NATURE',
  seq([el('directOrIndirectOwnership', ownershipType), el('natureOfOwnership', indirectNature, 0)]),
);

export const underlyingSecurity = complex(
  'UNDERLYING_SECURITY',
  seq([
    el('underlyingSecurityTitle', securityTitle),
    choice([el('underlyingSecurityShares', optNumberWithFootnote, 0), el('underlyingSecurityValue', optNumberWithFootnote, 0)]),
  ]),
);

/** Up to 30 rows per table. */
export const maxTableRows = 30;

/** A table: up to 30 rows of the given kinds, in any order (the SEC's NONDERIVATIVE_TABLE / DERIVATIVE_TABLE). */
export function table(name: string, rows: ReadonlyArray<readonly [string, ComplexType]>): ComplexType {
  return complex(
    name,
    choice(
      rows.map(([rowName, rowType]) => el(rowName, rowType)),
      0,
      maxTableRows,
    ),
  );
}
