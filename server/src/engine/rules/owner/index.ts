import { cccPresent } from './ccc-present';
import { duplicateCik } from './duplicate-cik';
import { officerTitleMissing } from './officer-title-missing';
import { otherTextMissing } from './other-text-missing';
import { relationshipMissing } from './relationship-missing';
import { textWithoutFlag } from './text-without-flag';

export const ownerRules = [relationshipMissing, officerTitleMissing, otherTextMissing, textWithoutFlag, duplicateCik, cccPresent] as const;
