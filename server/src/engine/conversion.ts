/**
 * What conversion cannot carry into the other format, reported as `convert/not-carried` warnings where each thing
 * stands in the source, and the check that the XML it wrote is well-formed (`convert/not-well-formed`): convert says
 * what it leaves behind, and never hands over XML its own reader would refuse.
 */
import type { Finding } from './findings';
import type { SourceFormat } from './read/result';
import { readXml } from './read/xml';
import { LineIndex } from './text/lineIndex';
import { walk, type ElementNode } from './tree/node';
import { unwritableComments } from './write/xml';

/** A warning for each thing the tree holds that the `to` format cannot. */
export function notCarriedFindings(root: ElementNode, to: SourceFormat): Finding[] {
  const findings: Finding[] = [];
  const warn = (span: Finding['span'], message: string) =>
    findings.push({ rule: 'convert/not-carried', severity: 'warning', message, span });
  if (to === 'yaml') {
    const instructions = (root.outside ?? []).filter((c) => c.instruction);
    walk(root, (node) => void instructions.push(...(node.comments ?? []).filter((c) => c.instruction)));
    for (const pi of instructions)
      warn(pi.span, `The processing instruction <?${shorten(pi.text)}?> has no place in a YAML draft: it was left out.`);
  } else {
    for (const comment of unwritableComments(root))
      warn(
        comment.span,
        "This comment holds '--' or a character XML 1.0 does not allow, which an XML comment cannot hold: it was left out of the XML. Write it without them (a dash '—' for the double hyphen, say) to keep it.",
      );
  }
  walk(root, (node) => {
    const first = node.children[0];
    if (first && node.text && node.text.span.end > first.span.start)
      warn(
        node.text.span,
        `Text in <${node.name}> stands after its child element <${first.name}>; the ${to === 'xml' ? 'XML' : 'YAML draft'} written puts all of <${node.name}>'s text before its children.`,
      );
  });
  return findings;
}

/**
 * undefined when `xml` (what convert wrote) reads without an error, else the error for the document, on `root`'s
 * name, quoting the first error of the output with its line.
 */
export function notWellFormedFinding(xml: string, root: ElementNode): Finding | undefined {
  const error = readXml(xml).findings.find((f) => f.severity === 'error');
  if (!error) return undefined;
  const line = new LineIndex(xml).positionAt(error.span.start).line + 1;
  return {
    rule: 'convert/not-well-formed',
    severity: 'error',
    message: `The XML converted from this document would not be well-formed (line ${line} of it: ${error.message}), so it was not written. Fix what the other errors name.`,
    span: root.nameSpan,
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
