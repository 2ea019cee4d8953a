// fontkit 2 ships no type declarations; only what the F24 renderer uses is declared.
declare module 'fontkit' {
  export interface GlyphRun {
    glyphs: readonly { id: number; advanceWidth: number; codePoints: number[] }[];
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
    readonly advanceWidth: number;
  }
  /** A parsed font; handed to pdfkit as a font source. */
  export interface Font {
    layout(text: string, features?: unknown): GlyphRun;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
