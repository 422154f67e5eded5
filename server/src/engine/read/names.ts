/**
 * One string per element and attribute name. A reader slices each name out of the text, so every element of a
 * document would carry a string of its own, to be compared character by character with the names the schema, the
 * binder and the rules look for, element after element. Given the one copy V8 keeps in its string table (the one
 * the code's own literals are), those comparisons and map lookups are a pointer's. Bounded in count and length, so
 * names a document makes up cannot grow the table without end.
 */
const known = new Map<string, string>();
const maxNames = 2048;
const maxNameLength = 64;

export function sharedName(name: string): string {
  const seen = known.get(name);
  if (seen !== undefined) return seen;
  if (known.size >= maxNames || name.length > maxNameLength) return name;
  const own = internalized(name);
  known.set(own, own);
  return own;
}

/** The string table's copy of `text`: a property key is always internalized (and no longer slices a document). */
function internalized(text: string): string {
  const holder: Record<string, true> = { [text]: true };
  for (const key in holder) return key;
  return text;
}
