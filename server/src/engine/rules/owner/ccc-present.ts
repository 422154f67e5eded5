import { defineRule, allForms } from '../rule';
import { ownerLabel } from '../../model/rows';
import { techSpec } from '../../docs/sources';

export const cccPresent = defineRule({
  id: 'owner/ccc-present',
  category: 'owner',
  severity: 'warning',
  forms: allForms,
  summary: 'No EDGAR access code (rptOwnerCcc) is kept in a draft.',
  explanation: [
    'The CCC (CIK Confirmation Code) is the 8-character access code that, with the CIK, lets anyone file on the',
    "owner's behalf. EDGAR needs it on submission and strips it from the public copy, which is why the schema makes",
    '`rptOwnerCcc` optional. A draft that holds it leaks a credential to whoever sees the file: a repository, a shared',
    'folder, an e-mail attachment.',
    '',
    'Remove `rptOwnerCcc` from the draft and enter the code only in the filing software at submission time. The',
    'message never repeats the code itself.',
  ].join('\n'),
  sources: [techSpec('rptOwnerCcc (CCC, stripped from the public copy)')],
  check({ doc, report }) {
    for (const owner of doc.reportingOwners) {
      const ccc = owner.ccc;
      if (!ccc || ccc.raw.trim() === '') continue;
      report({
        span: ccc.span,
        message: `${ownerLabel(owner)}: rptOwnerCcc holds an EDGAR access code, a secret: remove it from the draft and enter it only when filing.`,
      });
    }
  },
});
