import { defineRule, allForms } from '../rule';
import { techSpec } from '../../docs/sources';

export const unusedFootnote = defineRule({
  id: 'footnote/unused',
  category: 'footnote',
  severity: 'warning',
  forms: allForms,
  summary: 'Every footnote is referenced somewhere.',
  explanation: [
    'Footnotes explain the cells that refer to them: the form prints the footnote number in the cell and the text',
    'under "Explanation of Responses". A footnote nothing refers to is printed with no mark pointing to it, so the',
    'reader cannot tell what it explains; often a reference was dropped while editing.',
    '',
    "Add a `footnoteId` reference to the cell it explains (in YAML, list the id under that cell's `footnotes`), or",
    'delete the footnote. EDGAR accepts unreferenced footnotes, hence only a warning.',
  ].join('\n'),
  sources: [techSpec('footnotes / footnote (id F1 to F99) and footnoteId')],
  check({ doc, report }) {
    const referenced = new Set(doc.footnoteRefs.map((ref) => ref.id));
    for (const footnote of doc.footnotes) {
      if (footnote.id === '' || referenced.has(footnote.id)) continue;
      report({
        span: footnote.idSpan,
        message: `Footnote ${footnote.id} is defined but nothing refers to it: reference it from the cell it explains, or delete it.`,
        data: { id: footnote.id },
      });
    }
  },
});
