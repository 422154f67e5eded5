/**
 * Finding a rule's section in docs/rules.md (shipped in the extension): the heading that names the rule id, down
 * to the next heading of the same or a higher level. Pure, so it is tested without VS Code.
 */
export interface MarkdownSection {
  /** 0-based line of the heading. */
  readonly line: number;
  readonly text: string;
}

const heading = /^(#{1,6})\s+(.*)$/;

function namesRule(headingText: string, ruleId: string): boolean {
  // The id as a whole token: `code/direction` must not match `code/direction-extra`.
  const escaped = ruleId.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(^|[^\\w/-])${escaped}($|[^\\w/-])`).test(headingText);
}

export function findRuleSection(markdown: string, ruleId: string): MarkdownSection | undefined {
  const lines = markdown.split(/\r\n|\r|\n/);
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) inFence = !inFence;
    const match = inFence ? null : heading.exec(lines[i]);
    if (!match || !namesRule(match[2], ruleId)) continue;
    const level = match[1].length;
    let end = i + 1;
    let fence = false;
    for (; end < lines.length; end++) {
      if (/^\s*(```|~~~)/.test(lines[end])) fence = !fence;
      const next = fence ? null : heading.exec(lines[end]);
      if (next && next[1].length <= level) break;
    }
    return { line: i, text: lines.slice(i, end).join('\n').trimEnd() };
  }
  return undefined;
}

/** Rule ids named in backticks in headings (`### \`code/direction\``), with the 0-based line of their heading. */
export function ruleHeadingLines(markdown: string): Map<string, number> {
  const lines = markdown.split(/\r\n|\r|\n/);
  const found = new Map<string, number>();
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) inFence = !inFence;
    const match = inFence ? null : heading.exec(lines[i]);
    if (!match) continue;
    for (const id of match[2].matchAll(/`([a-z0-9-]+\/[a-z0-9.-]+)`/gi)) if (!found.has(id[1])) found.set(id[1], i);
  }
  return found;
}
