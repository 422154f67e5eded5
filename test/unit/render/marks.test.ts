/**
 * The findings index behind the preview's marks (render/marks.ts): it must find exactly what testing every finding
 * against every range finds, in the findings' order, for empty ranges and long ones alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FindingMarks, overlaps, SpanIndex, type RenderFinding } from '../../../server/src/engine/render/marks';
import type { Span } from '../../../server/src/engine/text/span';

/** A small deterministic generator (the same cases every run). */
function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

function randomSpan(next: (below: number) => number, width: number): Span {
  const start = next(80);
  return { start, end: next(4) === 0 ? start : start + 1 + next(width) };
}

test('the index finds what a scan of every item finds, in the items’ order', () => {
  const next = generator(3);
  for (let run = 0; run < 2000; run++) {
    // Some items have a second span (a finding's marked related place).
    const items = Array.from({ length: next(40) }, (_, id) => ({
      id,
      spans: Array.from({ length: next(3) === 0 ? 2 : 1 }, () => randomSpan(next, next(5) === 0 ? 60 : 8)),
    }));
    const index = new SpanIndex(items, (item) => item.spans);
    for (let query = 0; query < 20; query++) {
      const spans = Array.from({ length: 1 + next(3) }, () => randomSpan(next, 10));
      const expected = items.filter((item) => item.spans.some((own) => spans.some((s) => overlaps(own, s))));
      assert.deepEqual(index.overlapping(spans), expected, JSON.stringify({ items, spans }));
    }
  }
});

test('a mark takes the worst severity and every distinct message, in the findings’ order', () => {
  const findings: RenderFinding[] = [
    { rule: 'b/late', severity: 'warning', message: 'Second.', span: { start: 30, end: 40 } },
    { rule: 'a/wide', severity: 'information', message: 'First.', span: { start: 0, end: 100 } },
    { rule: 'c/point', severity: 'error', message: 'Third.', span: { start: 12, end: 12 } },
    { rule: 'b/late', severity: 'warning', message: 'Second.', span: { start: 35, end: 36 } },
    { rule: 'd/away', severity: 'error', message: 'Not here.', span: { start: 200, end: 210 } },
  ];
  const marks = new FindingMarks(findings);
  assert.deepEqual(
    marks.markFor([
      { start: 10, end: 12 },
      { start: 34, end: 38 },
    ]),
    {
      className: 'f4-error',
      title: 'Second. [b/late]\nFirst. [a/wide]\nThird. [c/point]',
    },
  );
  assert.deepEqual(marks.markFor([{ start: 50, end: 60 }]), { className: 'f4-info', title: 'First. [a/wide]' });
  assert.equal(marks.markFor([{ start: 100, end: 120 }]), undefined, 'a range that only touches an end is not marked');
  assert.equal(new FindingMarks().markFor([{ start: 0, end: 10 }]), undefined);
  const related: RenderFinding = {
    ...findings[4]!,
    related: [{ span: { start: 300, end: 310 }, marked: true }, { span: { start: 400, end: 410 } }],
  };
  const withRelated = new FindingMarks([related]);
  assert.equal(withRelated.markFor([{ start: 305, end: 306 }])?.title, 'Not here. [d/away]', 'a marked related place is marked');
  assert.equal(withRelated.markFor([{ start: 405, end: 406 }]), undefined, 'an unmarked one is not');
});
