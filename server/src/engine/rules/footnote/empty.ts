import { defineRule, form4AndAmendment } from '../rule';
import { techSpec } from '../../docs/sources';
import type { FootnoteDefinition } from '../../model/types';

function hasBlankText(footnote: FootnoteDefinition): boolean {
  const { textSpan } = footnote;
  return textSpan.end > textSpan.start && textSpan.start !== footnote.node.nameSpan.start;
}

export const emptyFootnote = defineRule({
  id: 'footnote/empty',
  category: 'footnote',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'Every footnote has text.',
  explanation: [
    'A footnote explains the cells that refer to it; one with no text prints its number in those cells and nothing',
    'under "Explanation of Responses", so the reader is sent to an explanation that is not there. It is usually a',
    'footnote added to be written later (the quick fix for a missing footnote adds one with the cursor in it).',
    '',
    'Write the explanation, or delete the footnote and the references to it. EDGAR accepts an empty footnote, hence',
    'only a warning.',
  ].join('\n'),
  sources: [techSpec('footnotes / footnote (id F1 to F99, its text the explanation)')],
  check({ doc, report }) {
    for (const footnote of doc.footnotes) {
      if (footnote.text.trim() !== '') continue;
      report({
        // The blank text when there is some (`<footnote id="F1"> </footnote>`), else the id (textSpan is then the name's).
        span: hasBlankText(footnote) ? footnote.textSpan : footnote.idSpan,
        message: `Footnote ${footnote.id || '(no id)'} is empty: write the explanation the cells referring to it point to, or delete it.`,
      });
    }
  },
});
