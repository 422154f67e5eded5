/**
 * Glob patterns for the `form4.files.include` setting, matched against a document URI's path (so they work for
 * files, untitled documents and virtual file systems alike).
 *
 * - `*` any characters but `/`, `?` one character but `/`, `**` any number of path segments,
 *   `{a,b}` alternatives, `[abc]` / `[!abc]` character classes.
 * - A pattern without `/` matches the file name (`*.draft.yaml`); a pattern with `/` matches the end of the path
 *   (`drafts/*.yaml` matches `/home/me/project/drafts/x.yaml`) unless it starts with `/`.
 */
function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function translate(pattern: string): string {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole segments; a trailing `**` matches the rest of the path.
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      braceDepth++;
      out += '(?:';
    } else if (ch === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (ch === ',' && braceDepth > 0) out += '|';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else out += escapeRegExp(ch);
  }
  // An unclosed brace: treat what was opened as literal text rather than fail.
  return braceDepth > 0 ? pattern.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : out;
}

export function globToRegExp(pattern: string): RegExp {
  const trimmed = pattern.trim().replace(/\\/g, '/');
  const body = translate(trimmed.startsWith('/') ? trimmed : trimmed.replace(/^\.\//, ''));
  if (!trimmed.includes('/')) return new RegExp(`(?:^|/)${body}$`, 'i');
  if (trimmed.startsWith('/') || trimmed.startsWith('**')) return new RegExp(`^${body}$`, 'i');
  return new RegExp(`(?:^|/)${body}$`, 'i');
}

/** Compiled patterns, kept because the same few patterns are tested on every document version. */
const compiled = new Map<string, RegExp | null>();

function compiledGlob(pattern: string): RegExp | null {
  let regExp = compiled.get(pattern);
  if (regExp === undefined) {
    try {
      regExp = globToRegExp(pattern);
    } catch {
      // A pattern that does not compile matches nothing; the others still apply.
      regExp = null;
    }
    if (compiled.size > 500) compiled.clear();
    compiled.set(pattern, regExp);
  }
  return regExp;
}

/** True when the path matches any of the patterns. Invalid patterns match nothing. */
export function matchesAnyGlob(path: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => compiledGlob(pattern)?.test(path) ?? false);
}
