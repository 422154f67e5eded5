/**
 * Markdown building blocks for hovers and completion documentation. Text from the document (footnotes, names) is
 * escaped, so a filing cannot inject links, HTML or formatting into the editor's hover.
 */
import type { RuleSource } from '../docs/sources';

/**
 * Escapes Markdown and HTML syntax in document text so it shows literally: emphasis, code, links, headings, tables,
 * block quotes and raw HTML. Parentheses, dots and hyphens mid-line cannot start anything once `[` is escaped. A list
 * marker's indentation is spaces and tabs only: `\s*` there also ran over the following line ends from every line
 * start, quadratic in a value of 20,000 empty lines (a fuzz case's hover took 4.4 s).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]#|~>]/g, '\\$&')
    .replace(/^([ \t]*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])(?=\s)/gm, '$1\\$2');
}

/** Inline code that holds any text: backticks in the text get a longer fence. */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

export function sourceLinks(sources: readonly RuleSource[]): string {
  return sources.map((s) => (s.url ? `[${escapeMarkdown(s.title)}](${s.url})` : escapeMarkdown(s.title))).join('; ');
}

/** Paragraphs joined by blank lines, empty ones dropped. */
export function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n');
}
