import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SYMBOLS } from './icon-symbols';

const sprite = readFileSync(
  new URL('../../../../node_modules/bootstrap-italia/dist/svg/sprites.svg', import.meta.url),
  'utf8',
);

describe('the icons inlined in every page', () => {
  it('should be the installed Bootstrap Italia icons, unchanged (after an upgrade: node scripts/generate-icon-symbols.mjs)', () => {
    for (const [name, symbol] of Object.entries(ICON_SYMBOLS)) {
      expect(sprite, name).toContain(
        `<symbol id="it-${name}" viewBox="${symbol.viewBox}">${symbol.body}</symbol>`,
      );
    }
  });

  it('should carry drawing markup only, nothing that runs or loads', () => {
    for (const [name, symbol] of Object.entries(ICON_SYMBOLS)) {
      expect(symbol.body, name).toMatch(/^<path /);
      expect(symbol.body, name).not.toMatch(/<script|on[a-z]+=|href=|url\(/i);
    }
  });
});
