import { create, type Font } from 'fontkit';
import { titilliumFonts } from '../../common/pdf/titillium-fonts.js';

export interface CertificateFonts {
  regular: Font;
  bold: Font;
}

type ShapedRun = Pick<ReturnType<Font['layout']>, 'glyphs' | 'positions'>;

/** Distinct words kept shaped per font; certificates reuse a few thousand, names and streets add more. */
const MAX_SHAPED_WORDS = 20_000;

let parsed: CertificateFonts | undefined;

/**
 * Titillium Web parsed once per process. Given the TTF bytes, pdfkit parses the font again for every
 * document, which took most of the rendering time (about 10 ms of a 15 ms certificate); given a parsed
 * fontkit font it only builds the document's own subset.
 */
export function certificateFonts(): CertificateFonts {
  if (!parsed) {
    const { regular, bold } = titilliumFonts();
    parsed = { regular: withSharedShaping(parse(regular)), bold: withSharedShaping(parse(bold)) };
  }
  return parsed;
}

function parse(ttf: Buffer): Font {
  const font = create(ttf);
  if (!('layout' in font)) throw new TypeError('Expected a single font, found a font collection.');
  return font;
}

/**
 * pdfkit shapes every word again in every document (its cache lives and dies with the document), and
 * shaping was a third of the rendering time. This keeps each word's shaping for the process. pdfkit scales
 * the positions it is given in place, so every call hands out fresh copies of them.
 */
function withSharedShaping(font: Font): Font {
  const shaped = new Map<string, ShapedRun>();
  const shape = (key: string, text: string, features: Parameters<Font['layout']>[1]): ShapedRun => {
    const known = shaped.get(key);
    if (known) return known;
    if (shaped.size >= MAX_SHAPED_WORDS) shaped.clear();
    const fresh = font.layout(text, features);
    const run = { glyphs: fresh.glyphs, positions: fresh.positions.map((position) => ({ ...position })) };
    shaped.set(key, run);
    return run;
  };
  const layout = (text: string, features?: Parameters<Font['layout']>[1]) => {
    const run = shape(
      features === undefined ? text : `${text}\u0000${JSON.stringify(features)}`,
      text,
      features,
    );
    const positions = run.positions.map((position) => ({ ...position }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((width, position) => width + position.xAdvance, 0);
      },
    };
  };
  return new Proxy(font, {
    get: (target, property, receiver) =>
      property === 'layout' ? layout : Reflect.get(target, property, receiver),
  });
}
