/** Every range an answer gives lies inside the document it answers for: the property each fuzzed feature keeps. */
import assert from 'node:assert/strict';
import type { Finding, Span } from '../../server/src/engine/index';

export function assertInside(span: Span, length: number, what: string): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
  assert.ok(ok, `${what} [${span.start}, ${span.end}) lies outside the document of ${length} characters`);
}

export function assertSpansInside(findings: readonly Finding[], length: number): void {
  for (const f of findings) {
    assertInside(f.span, length, `the range of ${f.rule} "${f.message.slice(0, 80)}"`);
    for (const r of f.related ?? []) assertInside(r.span, length, `a related range of ${f.rule}`);
  }
}
