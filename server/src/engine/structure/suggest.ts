/**
 * "Did you mean ...?" for a misspelt element name: the declared name that differs only in case, or by at most two
 * edits (one for short names). Names longer than any declared one by more than that are not compared at all.
 */

const longestComparedName = 64;

export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (name.length > longestComparedName) return undefined;
  const lower = name.toLowerCase();
  for (const candidate of candidates) if (candidate.toLowerCase() === lower) return candidate;
  const allowed = name.length <= 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, or `limit` as soon as it is certain to be at least that. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
