/**
 * The editor hands the server text its host decoded. A Latin-1 filing opened as UTF-8 holds U+FFFD where its accented
 * letters were; under its own ISO-8859-1 (or US-ASCII) declaration that cannot be a real character, so it is said.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, check, makeDate } from '../../../server/src/engine/index';

const example = readFileSync(join(__dirname, '../../../examples/modern-exercise-and-sale.xml'), 'utf8');
const today = makeDate(2026, 11, 27);

function withOwner(declaration: string, name: string): string {
  return example
    .replace('<?xml version="1.0"?>', declaration)
    .replace('<rptOwnerName>Smith Jordan A</rptOwnerName>', `<rptOwnerName>${name}</rptOwnerName>`);
}

test('a U+FFFD under a declared ISO-8859-1 or US-ASCII is an input/encoding error on the first one', () => {
  for (const encoding of ['ISO-8859-1', 'US-ASCII']) {
    const text = withOwner(`<?xml version="1.0" encoding="${encoding}"?>`, 'M\uFFFDller J\uFFFDrgen');
    const findings = check(analyze(text, 'xml'), { today }).filter((f) => f.rule === 'input/encoding');
    assert.equal(findings.length, 1, encoding);
    assert.equal(findings[0].severity, 'error');
    assert.deepEqual(findings[0].span, { start: text.indexOf('\uFFFD'), end: text.indexOf('\uFFFD') + 1 });
    assert.match(
      findings[0].message,
      new RegExp(`declares ${encoding} but was read in another encoding .* Reopen it with the encoding ${encoding}\\.`),
    );
  }
});

test('near misses: U+FFFD under UTF-8 or no declaration (a real character then), and Latin-1 read right', () => {
  for (const declaration of ['<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>']) {
    const findings = check(analyze(withOwner(declaration, 'M\uFFFDller'), 'xml'), { today });
    assert.deepEqual(
      findings.filter((f) => f.rule === 'input/encoding'),
      [],
      declaration,
    );
  }
  const latin = withOwner('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Müller Jürgen');
  assert.deepEqual(
    check(analyze(latin, 'xml'), { today }).filter((f) => f.rule === 'input/encoding'),
    [],
  );
});
