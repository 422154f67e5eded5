import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { layoutCss } from '../../../server/src/engine/render/layout';

describe('preview stylesheet', () => {
  const css = readFileSync(join(__dirname, '../../../media/preview.css'), 'utf8');

  it('lays the form out exactly as the renderer does (media/preview.css carries layout.ts verbatim)', () => {
    assert.ok(css.includes(layoutCss), 'copy server/src/engine/render/layout.ts layoutCss into media/preview.css');
  });

  it('takes every colour the layout uses from the VS Code theme', () => {
    const used = new Set([...layoutCss.matchAll(/var\((--f4-[a-z-]+)\)/g)].map((m) => m[1]));
    for (const name of used) assert.match(css, new RegExp(`${name}: var\\(--vscode-|${name}: color-mix\\(in srgb, var\\(--vscode-`), name);
  });
});
