/**
 * The structure checker's fast paths decide the usual case without the general machinery: children already valid
 * (contentModel.matchesExactly), and amounts and dates spelt plainly (simpleValues). They must never decide
 * differently from the general path, which the rest of the structure tests pin message by message. These
 * properties compare the two over random input.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  compileContent,
  declarationIn,
  matchContent,
  matchesExactly,
  nextSlot,
  type CompiledContent,
} from '../../../server/src/engine/structure/contentModel';
import { dateType, decimalType, documentSchemas, type GroupParticle, type TypeDef } from '../../../server/src/engine/structure/schema';
import { simpleValueProblem } from '../../../server/src/engine/structure/simpleValues';

/** Every content model of the Form 4 and 4/A schemas, compiled. */
function everyContentModel(): CompiledContent[] {
  const seen = new Set<TypeDef>();
  const models: CompiledContent[] = [];
  const visit = (type: TypeDef) => {
    if (seen.has(type) || type.kind !== 'complex') return;
    seen.add(type);
    if (!type.content) return;
    models.push(compileContent(type.content));
    const walk = (group: GroupParticle) => group.particles.forEach((p) => (p.kind === 'element' ? visit(p.type) : walk(p)));
    walk(type.content);
  };
  for (const kind of ['4', '4/A'] as const) visit(documentSchemas[kind].type);
  return models;
}

/**
 * Children for a model: a valid sequence built slot by slot (between each slot's minimum and maximum, at most 3),
 * then, most of the time, one slip: a child dropped, repeated, moved or replaced by an unknown one.
 */
function childNames(content: CompiledContent): fc.Arbitrary<string[]> {
  const valid = fc.tuple(
    ...content.slots.map((slot) =>
      fc.array(fc.constantFrom(...slot.alternatives.map((a) => a.name)), {
        minLength: slot.min,
        maxLength: Math.min(slot.max, Math.max(slot.min, 3)),
      }),
    ),
  );
  const slip = fc.tuple(fc.constantFrom('none', 'drop', 'repeat', 'move', 'unknown'), fc.nat(), fc.nat());
  return fc.tuple(valid, slip).map(([perSlot, [kind, a, b]]) => {
    const names = perSlot.flat();
    if (names.length === 0 || kind === 'none') return names;
    const i = a % names.length;
    const j = b % names.length;
    if (kind === 'drop') names.splice(i, 1);
    else if (kind === 'repeat') names.splice(i, 0, names[i]);
    else if (kind === 'move') names.splice(j, 0, ...names.splice(i, 1));
    else names[i] = 'unknownElement';
    return names;
  });
}

const plainName = (child: { readonly name: string }) => child.name;

describe('contentModel.matchesExactly', () => {
  const models = everyContentModel();

  it('holds exactly when the general match finds no issue, and then gives the same declarations', () => {
    const sequences = fc.integer({ min: 0, max: models.length - 1 }).chain((m) => fc.tuple(fc.constant(m), childNames(models[m])));
    let exact = 0;
    fc.assert(
      fc.property(sequences, ([m, names]) => {
        const content = models[m];
        const children = names.map((name) => ({ name }));
        const general = matchContent(content, names);
        const slots = [99, 99];
        const fast = matchesExactly(content, children, plainName, slots);
        assert.equal(fast, general.issues.length === 0, `${names.join(' ')}: ${JSON.stringify(general.issues)}`);
        if (!fast) return;
        exact++;
        let slot = 0;
        let inSlot = 0;
        names.forEach((name, i) => {
          const next = nextSlot(content, slot, inSlot, name);
          inSlot = next === slot ? inSlot + 1 : 1;
          slot = next;
          assert.equal(slots[i], slot, `${names.join(' ')}: the slot it gave child ${i}`);
          assert.equal(declarationIn(content, slots[i], name), general.declarations[i], `${names.join(' ')}: child ${i}`);
        });
      }),
      { numRuns: 3000, seed: 7 },
    );
    assert.ok(exact > 600, `only ${exact} valid sequences were tried`);
  });

  it('leaves children the general match must resolve (namespaces) to it', () => {
    const [content] = everyContentModel();
    const children = [...content.rank.keys()].slice(0, 1).map((name) => ({ name }));
    assert.equal(
      matchesExactly(content, children, () => undefined),
      children.length === 0,
    );
  });
});

/** POSITIVE_DECIMAL as XML Schema defines it, written independently of simpleValues.ts. */
function isPositiveDecimal(value: string): boolean {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ''));
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return false;
  const whole = m[2].replace(/^0+/, '');
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (m[1] === '-' && (whole !== '' || fraction !== '')) return false;
  return whole.length <= 12 && fraction.length <= 4;
}

/** xs:date without a time zone, as YYYY-MM-DD (the only shape the generator below makes). */
function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year === 0) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('simpleValues: plain amounts and dates', () => {
  it('accepts an amount exactly when XML Schema does', () => {
    const amount = fc
      .array(fc.constantFrom('0', '1', '9', '.', '-', '+', ' ', '5', '0', '2'), { maxLength: 20 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(amount, (value) => {
        assert.equal(simpleValueProblem(decimalType, value) === undefined, isPositiveDecimal(value), value);
      }),
      { numRuns: 5000, seed: 11 },
    );
    for (const value of ['999999999999.9999', '1000000000000', '0.00001', '0000000000000001.10000', '.5', '5.', '.']) {
      assert.equal(simpleValueProblem(decimalType, value) === undefined, isPositiveDecimal(value), value);
    }
  });

  it('accepts a date exactly when it names a real day', () => {
    const twoDigits = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.constantFrom('0000', '1900', '2000', '2023', '2024', '2100', '0400', '9999');
    const date = fc.tuple(year, twoDigits, twoDigits).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(date, (value) => {
        assert.equal(simpleValueProblem(dateType, value) === undefined, isRealDate(value), value);
      }),
      { numRuns: 5000, seed: 13 },
    );
  });
});
