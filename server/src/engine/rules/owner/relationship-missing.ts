import { fieldPlace } from '../../model/place';
import type { Field, OwnerRelationship } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { ownerLabel } from '../../model/rows';
import { edgarMessages, formInstructions, techSpec } from '../../docs/sources';

function flags(relationship: OwnerRelationship): (Field<boolean> | undefined)[] {
  return [relationship.isDirector, relationship.isOfficer, relationship.isTenPercentOwner, relationship.isOther];
}

/** True when a flag is written but not a boolean: we cannot tell what was meant (the structure checker reports it). */
function unreadable(flag: Field<boolean> | undefined): boolean {
  return flag !== undefined && flag.value === undefined && flag.raw.trim() !== '';
}

export const relationshipMissing = defineRule({
  id: 'owner/relationship-missing',
  category: 'owner',
  severity: 'error',
  forms: allForms,
  summary: 'Each reporting owner has at least one relationship flag set (director, officer, 10% owner, other).',
  explanation: [
    'Box 5 of the form, "Relationship of Reporting Person(s) to Issuer", must say why the person reports at all: as a',
    'director, an officer, a 10% owner, or other. In XML these are the booleans `isDirector`, `isOfficer`,',
    '`isTenPercentOwner` and `isOther` in `reportingOwnerRelationship`. The schema makes each optional, but EDGAR',
    'enforces during processing that at least one of them is true, and suspends the filing otherwise.',
    '',
    'Set the flag that applies to `1` (or `true`); an officer also needs `officerTitle`, "other" needs `otherText`.',
  ].join('\n'),
  sources: [
    techSpec('reportingOwnerRelationship (at least one flag, enforced by EDGAR)'),
    formInstructions('Box 5, Relationship of Reporting Person(s) to Issuer'),
    edgarMessages,
  ],
  check({ doc, report }) {
    for (const owner of doc.reportingOwners) {
      const relationship = owner.relationship;
      if (!relationship) continue; // a missing element is schema/missing-element
      const all = flags(relationship);
      if (all.some((flag) => flag?.value === true) || all.some(unreadable)) continue;
      report({
        span: relationship.node.nameSpan,
        message: `${ownerLabel(owner)}, ${fieldPlace(['ownershipDocument', 'reportingOwner', 'reportingOwnerRelationship'], doc.form)}: no relationship flag set: set isDirector, isOfficer, isTenPercentOwner or isOther to 1.`,
      });
    }
  },
});
