import { defineRule, allForms } from '../rule';
import { fieldPlace } from '../../model/place';
import { ownerLabel } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

export const otherTextMissing = defineRule({
  id: 'owner/other-text-missing',
  category: 'owner',
  severity: 'error',
  forms: allForms,
  summary: 'isOther needs otherText.',
  explanation: [
    'Box 5 of the form reads "Other (specify below)": a person who reports for another reason (for example as a',
    'member of a 10% group, or a former director) says what the relationship is. In XML the description goes in',
    '`otherText` (at most 30 characters), next to `isOther`.',
    '',
    'Add `otherText` describing the relationship, such as "Member of 10% group".',
  ].join('\n'),
  sources: [formInstructions('Box 5, "Other (specify below)"'), techSpec('otherText (STRING_30)')],
  check({ doc, report }) {
    for (const owner of doc.reportingOwners) {
      const relationship = owner.relationship;
      const isOther = relationship?.isOther;
      if (!relationship || !isOther || isOther.value !== true || relationship.otherText?.value) continue;
      report({
        span: isOther.span,
        message: `${ownerLabel(owner)}, ${fieldPlace(['ownershipDocument', 'reportingOwner', 'reportingOwnerRelationship', 'otherText'], doc.form)}: ${relationship.otherText ? 'empty' : 'missing'}, but the owner is marked "other": describe the relationship.`,
        related: relationship.otherText ? [{ span: relationship.otherText.span, message: 'Empty otherText' }] : undefined,
        data: { missing: 'otherText' },
      });
    }
  },
});
