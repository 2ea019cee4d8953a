import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { parseSharedFont } from './shared-fonts.js';
import { titilliumFonts } from './titillium-fonts.js';

interface TestSubset {
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}
type SubsetSource = { createSubset(): TestSubset; glyphForCodePoint(codePoint: number): { id: number } };

function encodeSubset(font: SubsetSource, text: string): Buffer {
  const subset = font.createSubset();
  for (const character of text) subset.includeGlyph(font.glyphForCodePoint(character.codePointAt(0)!).id);
  return Buffer.from(subset.encode());
}

describe('parseSharedFont', () => {
  it("should give every subset fontkit's own encoding of its glyphs, reused or not", () => {
    const reused = parseSharedFont(titilliumFonts().regular) as unknown as SubsetSource;
    const fresh = () => create(titilliumFonts().regular) as unknown as SubsetSource;
    const common = 'Certificato di residenza';
    const rare = 'Certificato di residenza Łódź';
    const first = encodeSubset(reused, common);
    expect(encodeSubset(reused, common).equals(first)).toBe(true);
    expect(first.equals(encodeSubset(fresh(), common))).toBe(true);
    const other = encodeSubset(reused, rare);
    expect(other.equals(first)).toBe(false);
    expect(other.equals(encodeSubset(fresh(), rare))).toBe(true);
    // The same glyphs in another order are another subset (glyph ids follow the order).
    expect(encodeSubset(reused, 'di residenza Certificato').equals(first)).toBe(false);
  });
});
