import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewStylesheet } from '../../../client/src/preview/previewStylesheet';
import { layoutCss } from '../../../server/src/engine/render/layout';

describe('preview stylesheet', () => {
  // What scripts/generate.ts writes to media/preview.css (test/unit/generate/ holds the committed file to it).
  const css = previewStylesheet(layoutCss);

  it('takes every colour the layout uses from the VS Code theme', () => {
    const used = new Set([...layoutCss.matchAll(/var\((--f4-[a-z-]+)\)/g)].map((m) => m[1]));
    for (const name of used) assert.match(css, new RegExp(`${name}: var\\(--vscode-|${name}: color-mix\\(in srgb, var\\(--vscode-`), name);
  });
});
