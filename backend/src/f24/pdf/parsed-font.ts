import { create, type Font, type GlyphRun } from 'fontkit';

/**
 * A TrueType font parsed by fontkit, the parser pdfkit uses: pdfkit (≥ 0.17) accepts it wherever it accepts
 * font bytes. Shared by every document, it spares each one parsing the tables and shaping the same strings
 * again (the form's labels are the same on every F24): together they were two thirds of a form's time.
 */
export type ParsedFont = Font;

/** Distinct strings kept shaped; beyond, the cache starts over (names and amounts vary per taxpayer). */
const MAX_CACHED_RUNS = 20_000;

interface CachedRun {
  glyphs: GlyphRun['glyphs'];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

export function parseFont(bytes: Buffer): ParsedFont {
  const font = create(bytes);
  const runs = new Map<string, CachedRun>();
  const layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      const shaped = font.layout(text);
      run = {
        glyphs: shaped.glyphs,
        positions: shaped.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
          xAdvance,
          yAdvance,
          xOffset,
          yOffset,
        })),
      };
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(text, run);
    }
    // pdfkit scales the positions it receives in place: each call gets its own copies.
    const positions = run.positions.map((position) => ({ ...position }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, position) => sum + position.xAdvance, 0);
      },
    };
  };
  return new Proxy(font, {
    get: (target, property) => (property === 'layout' ? layout : Reflect.get(target, property, target)),
  });
}
