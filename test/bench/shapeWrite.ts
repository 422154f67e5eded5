/**
 * Writes one shape of the shapes benchmark (./shapes.ts) to a file, in a process of its own, and prints its format
 * and length as JSON. Making a 20 MB shape takes the generator over a gigabyte of heap; done in the benchmark's own
 * process, that heap was still being collected on the machine's other core while the shape was measured, and slowed
 * the measurement by up to half.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus } from './inputs';
import { shapeNames, shapeText, type ShapeName } from './shapes';

const [shape, megabytes, base] = process.argv.slice(2) as [ShapeName, string, string];
if (!shapeNames.includes(shape)) throw new Error(`no shape ${shape}`);
const { text, format } = shapeText(shape, Number(megabytes), loadCorpus());
const file = `${base}.${format === 'xml' ? 'xml' : 'form4.yaml'}`;
writeFileSync(file, text);
process.stdout.write(JSON.stringify({ file, format, length: text.length }));
