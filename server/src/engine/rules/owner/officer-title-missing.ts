import { defineRule, allForms } from '../rule';
import { fieldPlace } from '../../model/place';
import { ownerLabel } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

export const officerTitleMissing = defineRule({
  id: 'owner/officer-title-missing',
  category: 'owner',
  severity: 'error',
  forms: allForms,
  summary: 'isOfficer needs officerTitle.',
  explanation: [
    'Box 5 of the form reads "Officer (give title below)": an officer reports the office held, such as "Chief',
    'Financial Officer" or "EVP, General Counsel". In XML the title goes in `officerTitle` (at most 30 characters),',
    'next to `isOfficer`. Without it the public copy shows an officer with no office.',
    '',
    'Add `officerTitle` with the title, abbreviated if needed to fit 30 characters.',
  ].join('\n'),
  sources: [formInstructions('Box 5, "Officer (give title below)"'), techSpec('officerTitle (STRING_30)')],
  check({ doc, report }) {
    for (const owner of doc.reportingOwners) {
      const relationship = owner.relationship;
      const isOfficer = relationship?.isOfficer;
      if (!relationship || !isOfficer || isOfficer.value !== true || relationship.officerTitle?.value) continue;
      report({
        span: isOfficer.span,
        message: `${ownerLabel(owner)}, ${fieldPlace(['ownershipDocument', 'reportingOwner', 'reportingOwnerRelationship', 'officerTitle'], doc.form)}: ${relationship.officerTitle ? 'empty' : 'missing'}, but the owner is marked an officer: give the office held.`,
        related: relationship.officerTitle ? [{ span: relationship.officerTitle.span, message: 'Empty officerTitle' }] : undefined,
        data: { missing: 'officerTitle' },
      });
    }
  },
});
