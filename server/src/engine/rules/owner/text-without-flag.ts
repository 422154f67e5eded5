import type { Field } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { ownerLabel } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

/** Box 5's two write-in lines and the box each belongs to. */
const writeIns = [
  { text: 'officerTitle', flag: 'isOfficer', role: 'an officer' },
  { text: 'otherText', flag: 'isOther', role: '"other"' },
] as const;

export const textWithoutFlag = defineRule({
  id: 'owner/text-without-flag',
  category: 'owner',
  severity: 'warning',
  forms: allForms,
  summary: 'officerTitle is given only with isOfficer 1, otherText only with isOther 1.',
  explanation: [
    'Box 5 of the form has two write-in lines, each under its own box: "Officer (give title below)" and "Other',
    '(specify below)". In XML the lines are `officerTitle` and `otherText`, and the boxes `isOfficer` and `isOther`. A',
    'title written while its box is 0 (or `false`) says two things at once: the public copy shows no officer',
    "relationship, and the title is left hanging. It usually means the box was not checked, or a director's",
    '"Director" was typed into the officer line.',
    '',
    'Set the flag to `1` if the owner holds the office (or the other relationship), or delete the text if not.',
    '(`owner/officer-title-missing` and `owner/other-text-missing` check the other direction: a box checked with no',
    'text.)',
  ].join('\n'),
  sources: [formInstructions('Box 5, "Officer (give title below)", "Other (specify below)"'), techSpec('reportingOwnerRelationship')],
  check({ doc, report }) {
    for (const owner of doc.reportingOwners) {
      const relationship = owner.relationship;
      if (!relationship) continue;
      for (const { text, flag, role } of writeIns) {
        const written = relationship[text];
        const box: Field<boolean> | undefined = relationship[flag];
        // An unreadable flag ("yes") is the structure checker's to report: what was meant is unknown.
        if (!written?.value || box?.value === true || (box?.value === undefined && box?.raw.trim())) continue;
        report({
          span: written.span,
          message: `${ownerLabel(owner)}: ${text} "${written.value}" is given but ${flag} is ${box ? box.raw.trim() || 'empty' : 'missing'}: set ${flag} to 1 if the owner is ${role}, or delete ${text}.`,
          related: box ? [{ span: box.span, message: `${flag} ${box.raw.trim() || '(empty)'}` }] : undefined,
          data: { flag },
        });
      }
    }
  },
});
