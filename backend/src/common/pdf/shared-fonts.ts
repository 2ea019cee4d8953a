import { create, type Font } from 'fontkit';

/** Distinct words kept laid out per font; documents reuse a few thousand, names and streets add more. */
const MAX_SHAPED_WORDS = 20_000;
/** Encoded font subsets kept per font; nearly every document needs the same one (see COMMON_CHARACTERS). */
const MAX_ENCODED_SUBSETS = 32;
/**
 * The characters the portal's documents print, put first and in this order into every document's subset of a
 * font: letters, digits, the punctuation of addresses, dates and legal references, Italian accented letters,
 * the euro sign. (Certificates are regenerated from their content to the same bytes: this list is part of their
 * encoding and does not change.) Subsets then differ only when a document prints something rarer (a foreign name's
 * letter), so the encoded subset, which pdfkit otherwise builds glyph by glyph for every document, is reused.
 * Symbols no document prints (#, %, @, brackets...) are left out: each glyph costs about 60 bytes in every PDF.
 */
const COMMON_CHARACTERS = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ...'.,;:\'’"()-/!?àèéìòùÀÈÉÌÒÙ€°',
].join(' ');
/** How often (in documents) the word caches are measured against their bound. */
const BOUND_CHECK_EVERY = 256;

/**
 * A TrueType font parsed once per process and shared by every document. Given the TTF bytes, pdfkit parses the
 * font again for every document, which took most of a document's rendering time (about 10 ms of a 15 ms
 * certificate, 25 of a 35 ms F24); given a parsed fontkit font (pdfkit ≥ 0.17) it only builds the document's
 * own subset, and with `withEncodedSubsets` even that is reused.
 */
export function parseSharedFont(ttf: Buffer): Font {
  const font = create(ttf);
  if (!('layout' in font)) throw new TypeError('Expected a single font, found a font collection.');
  return withEncodedSubsets(font);
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

/** A parsed font a document uses, under its name. */
export interface SharedFontUse {
  font: Font;
  /**
   * Whether the document prints with it what differs from one document to the next (names, addresses,
   * amounts): its subset then starts with COMMON_CHARACTERS, so that it is the same in nearly every document
   * and its encoding is reused. A font that only prints the document's fixed text gets the same subset every
   * time without them, and stays smaller.
   */
  variableText: boolean;
}

/**
 * Registers the parsed fonts in `doc` under their names and prepares each embedded font:
 * - it uses the process's cache of laid-out words instead of the empty one pdfkit creates for every
 *   document. Shaping, scaling and measuring every word again in every document was about half of the
 *   text's rendering time. The cached runs are only read afterwards (pdfkit copies a run before changing it
 *   for word spacing), and a word's layout depends on the font alone.
 * - a font of `variableText` starts its subset with the glyphs of COMMON_CHARACTERS.
 * The fonts are selected in the order given (their resource names follow it); the last stays selected. Once
 * per document, the word caches are kept within their bound.
 */
export function useSharedFonts(
  doc: PDFKit.PDFDocument,
  fonts: Readonly<Record<string, SharedFontUse>>,
): void {
  boundSharedWordCaches();
  for (const [name, { font, variableText }] of Object.entries(fonts)) {
    // pdfkit ≥ 0.17 takes a parsed fontkit font where the types only list file names and bytes.
    doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
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
    if (variableText) embedded.encode(COMMON_CHARACTERS);
  }
}

/** Empties a word cache grown past its bound; measured now and then. */
function boundSharedWordCaches(): void {
  documentsSinceCheck += 1;
  if (documentsSinceCheck < BOUND_CHECK_EVERY) return;
  documentsSinceCheck = 0;
  for (const [font, cache] of wordCaches) {
    if (Object.keys(cache).length > MAX_SHAPED_WORDS) wordCaches.delete(font);
  }
}
