import { create, type Font } from 'fontkit';
import { titilliumFonts } from '../../common/pdf/titillium-fonts.js';

export interface CertificateFonts {
  regular: Font;
  bold: Font;
}

/** Distinct words kept laid out per font; certificates reuse a few thousand, names and streets add more. */
const MAX_SHAPED_WORDS = 20_000;
/** Encoded font subsets kept per font; nearly every certificate needs the same one (see COMMON_CHARACTERS). */
const MAX_ENCODED_SUBSETS = 32;
/**
 * The characters certificates print, put first and in this order into every document's subset of a font:
 * letters, digits, the punctuation of addresses, dates and legal references, Italian accented letters, the
 * euro sign. Subsets then differ only when a document prints something rarer (a foreign name's letter), so
 * the encoded subset, which pdfkit otherwise builds glyph by glyph for every document, is reused. Symbols no
 * certificate prints (#, %, @, brackets...) are left out: each glyph costs about 60 bytes in every PDF.
 */
const COMMON_CHARACTERS = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ...'.,;:\'’"()-/!?àèéìòùÀÈÉÌÒÙ€°',
].join(' ');
/** How often (in documents) the word caches are measured against their bound. */
const BOUND_CHECK_EVERY = 256;

let parsed: CertificateFonts | undefined;

/**
 * Titillium Web parsed once per process. Given the TTF bytes, pdfkit parses the font again for every
 * document, which took most of the rendering time (about 10 ms of a 15 ms certificate); given a parsed
 * fontkit font it only builds the document's own subset.
 */
export function certificateFonts(): CertificateFonts {
  if (!parsed) {
    const { regular, bold } = titilliumFonts();
    parsed = { regular: withEncodedSubsets(parse(regular)), bold: withEncodedSubsets(parse(bold)) };
  }
  return parsed;
}

function parse(ttf: Buffer): Font {
  const font = create(ttf);
  if (!('layout' in font)) throw new TypeError('Expected a single font, found a font collection.');
  return font;
}

/** fontkit's TrueType subset (fontkit 2 ships no type declarations): its glyphs, in subset order. */
interface GlyphSubset {
  glyphs: number[];
  encode(): Uint8Array;
}

interface SubsettableFont {
  createSubset(): GlyphSubset;
}

/**
 * Makes every subset of `font` reuse the bytes of an earlier subset with the same glyphs in the same order
 * (the encoding is a function of that list alone), instead of decoding and re-encoding each glyph.
 */
function withEncodedSubsets(font: Font): Font {
  const encoded = new Map<string, Uint8Array>();
  const subsettable = font as unknown as SubsettableFont;
  const createSubset = subsettable.createSubset.bind(font);
  subsettable.createSubset = () => {
    const subset = createSubset();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      const known = encoded.get(key);
      if (known) return known;
      if (encoded.size >= MAX_ENCODED_SUBSETS) encoded.clear();
      const bytes = encode();
      encoded.set(key, bytes);
      return bytes;
    };
    return subset;
  };
  return font;
}

/**
 * The part of pdfkit's embedded font (`EmbeddedFont`, not in its type definitions) that this file uses:
 * its cache of words already shaped, scaled to the PDF's units and measured.
 */
interface PdfkitEmbeddedFont {
  layoutCache?: Record<string, unknown>;
  /** Lays `text` out and adds its glyphs to the document's subset (with their widths and code points). */
  encode(text: string): unknown;
}

type WordCache = Record<string, unknown>;
const wordCaches = new Map<Font, WordCache>();
let documentsSinceCheck = 0;

/**
 * Selects the font `name` (registered from the parsed `font`) in `doc` and prepares its embedded font:
 * - it uses the process's cache of laid-out words instead of the empty one pdfkit creates for every
 *   document. Shaping, scaling and measuring every word again in every document was about half of the
 *   text's rendering time. The cached runs are only read afterwards (pdfkit copies a run before changing it
 *   for word spacing), and a word's layout depends on the font alone.
 * - its subset starts with the glyphs of COMMON_CHARACTERS, so that its encoding is nearly always reused.
 */
export function prepareCertificateFont(doc: PDFKit.PDFDocument, name: string, font: Font): void {
  doc.font(name);
  const embedded = (doc as unknown as { _font: PdfkitEmbeddedFont })._font;
  // pdfkit creates the cache only when `fontLayoutCache` is on (its default); respect a document without.
  if (embedded.layoutCache) {
    let cache = wordCaches.get(font);
    if (!cache) {
      cache = Object.create(null) as WordCache;
      wordCaches.set(font, cache);
    }
    embedded.layoutCache = cache;
  }
  embedded.encode(COMMON_CHARACTERS);
}

/** Empties a word cache grown past its bound; called once per document, measures now and then. */
export function boundSharedWordCaches(): void {
  documentsSinceCheck += 1;
  if (documentsSinceCheck < BOUND_CHECK_EVERY) return;
  documentsSinceCheck = 0;
  for (const [font, cache] of wordCaches) {
    if (Object.keys(cache).length > MAX_SHAPED_WORDS) wordCaches.delete(font);
  }
}
