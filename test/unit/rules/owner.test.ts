import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cccPresent } from '../../../server/src/engine/rules/owner/ccc-present';
import { duplicateCik } from '../../../server/src/engine/rules/owner/duplicate-cik';
import { officerTitleMissing } from '../../../server/src/engine/rules/owner/officer-title-missing';
import { otherTextMissing } from '../../../server/src/engine/rules/owner/other-text-missing';
import { relationshipMissing } from '../../../server/src/engine/rules/owner/relationship-missing';
import { textWithoutFlag } from '../../../server/src/engine/rules/owner/text-without-flag';
import { assertFires, assertQuiet, formats } from './harness';

const noFlags = { isDirector: '0', isOfficer: '0', isTenPercentOwner: '0', isOther: '0' };

for (const format of formats) {
  test(`[${format}] owner/relationship-missing: every flag 0, on the relationship element`, () => {
    assertFires(
      relationshipMissing,
      { owners: [{}, { ...noFlags, name: 'Doe Jane', markNames: ['reportingOwnerRelationship'] }] },
      format,
      {
        messages: [
          'reporting owner 2 (Doe Jane), Box 5 (Relationship of Reporting Person(s) to Issuer): no relationship flag set: set isDirector, isOfficer, isTenPercentOwner or isOther to 1.',
        ],
      },
    );
  });

  test(`[${format}] owner/relationship-missing: no flags written at all`, () => {
    assertFires(
      relationshipMissing,
      {
        owners: [{ isDirector: null, isOfficer: null, isTenPercentOwner: null, isOther: null, markNames: ['reportingOwnerRelationship'] }],
      },
      format,
    );
  });

  test(`[${format}] owner/relationship-missing: near misses (one flag true, written as true; an unreadable flag is left to the schema)`, () => {
    assertQuiet(relationshipMissing, { owners: [{ ...noFlags, isTenPercentOwner: 'true' }] }, format);
    assertQuiet(relationshipMissing, { owners: [{ ...noFlags, isOther: 'yes', otherText: 'Member of group' }] }, format);
  });

  test(`[${format}] owner/officer-title-missing: isOfficer without officerTitle, on the flag`, () => {
    assertFires(officerTitleMissing, { owners: [{ isOfficer: '«1»' }] }, format, {
      messages: [
        'reporting owner 1 (Owner1 Pat), Box 5 (Officer title): missing, but the owner is marked an officer: give the office held.',
      ],
      data: { missing: 'officerTitle' },
    });
  });

  test(`[${format}] owner/officer-title-missing: an empty officerTitle`, () => {
    assertFires(officerTitleMissing, { owners: [{ isOfficer: '«true»', officerTitle: '', markNames: ['‹officerTitle›'] }] }, format, {
      messages: ['reporting owner 1 (Owner1 Pat), Box 5 (Officer title): empty, but the owner is marked an officer: give the office held.'],
    });
  });

  test(`[${format}] owner/officer-title-missing: near misses`, () => {
    assertQuiet(officerTitleMissing, { owners: [{ isOfficer: '1', officerTitle: 'Chief Executive Officer' }] }, format);
    assertQuiet(officerTitleMissing, { owners: [{ isOfficer: '0' }] }, format);
  });

  test(`[${format}] owner/other-text-missing: isOther without otherText, on the flag`, () => {
    assertFires(otherTextMissing, { owners: [{}, { isOther: '«1»' }] }, format, {
      messages: ['reporting owner 2 (Owner2 Pat), Box 5 (Other): missing, but the owner is marked "other": describe the relationship.'],
    });
  });

  test(`[${format}] owner/other-text-missing: near misses`, () => {
    assertQuiet(otherTextMissing, { owners: [{ isOther: '1', otherText: 'Member of 10% group' }] }, format);
    assertQuiet(otherTextMissing, { owners: [{ isOther: 'false' }] }, format);
  });

  test(`[${format}] owner/duplicate-cik: the same CIK with and without leading zeros, on the second`, () => {
    assertFires(duplicateCik, { owners: [{ cik: '‹0001234567›' }, { cik: '0007654321' }, { cik: '«1234567»' }] }, format, {
      messages: [
        'reporting owner 3 (Owner3 Pat), Box 1 (Reporting Person CIK): 1234567 repeats the CIK of reporting owner 1 (Owner1 Pat).',
      ],
      data: { cik: '1234567' },
    });
  });

  test(`[${format}] owner/duplicate-cik: near miss, different CIKs that share digits`, () => {
    assertQuiet(duplicateCik, { owners: [{ cik: '0001234567' }, { cik: '0012345670' }] }, format);
  });

  test(`[${format}] owner/ccc-present: a CCC in the draft, on its value, never echoed`, () => {
    const [finding] = assertFires(cccPresent, { owners: [{ ccc: '«x7$kq9#a»' }] }, format, { severity: 'warning' });
    assert.ok(!finding.message.includes('x7$kq9#a'), 'the secret is not repeated in the message');
  });

  test(`[${format}] owner/ccc-present: near miss, an empty rptOwnerCcc`, () => {
    assertQuiet(cccPresent, { owners: [{ ccc: '' }] }, format);
    assertQuiet(cccPresent, { owners: [{}] }, format);
  });

  test(`[${format}] owner/text-without-flag: an officer title with isOfficer 0, on the title, the flag related`, () => {
    assertFires(textWithoutFlag, { owners: [{ isOfficer: '‹0›', officerTitle: '«Chief Financial Officer»' }] }, format, {
      messages: [
        'reporting owner 1 (Owner1 Pat): officerTitle "Chief Financial Officer" is given but isOfficer is 0: set isOfficer to 1 if the owner is an officer, or delete officerTitle.',
      ],
      severity: 'warning',
      data: { flag: 'isOfficer' },
    });
  });

  test(`[${format}] owner/text-without-flag: other text with isOther false, and with isOther left out`, () => {
    assertFires(
      textWithoutFlag,
      {
        owners: [
          { isOther: '‹false›', otherText: '«Member of 10% group»' },
          { isOther: null, otherText: '«Former director»' },
        ],
      },
      format,
      {
        messages: [
          'otherText "Member of 10% group" is given but isOther is false',
          'otherText "Former director" is given but isOther is missing',
        ],
        data: { flag: 'isOther' },
      },
    );
  });

  test(`[${format}] owner/text-without-flag: near misses (flag set; empty text; an unreadable flag is the schema's)`, () => {
    assertQuiet(textWithoutFlag, { owners: [{ isOfficer: '1', officerTitle: 'CEO', isOther: 'true', otherText: 'Trustee' }] }, format);
    assertQuiet(textWithoutFlag, { owners: [{ isOfficer: '0', officerTitle: '', otherText: '' }] }, format);
    assertQuiet(textWithoutFlag, { owners: [{ isOfficer: 'yes', officerTitle: 'CEO' }] }, format);
  });
}
