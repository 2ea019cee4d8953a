import { likeLiteral } from '../../common/sql/like-literal.js';

/**
 * The staff queue's text search matches practices whose `search_text` (protocol number, address and description,
 * lower-cased) contains the clerk's text as typed. The trigram index answers `LIKE '%…%'` by intersecting the
 * index's list of rows for every trigram of the pattern, and the trigrams of the words every address and
 * description share (`via` is in 82% of the practices) are lists of most of the table: at 200,000 practices,
 * counting the matches of `via roma` decoded four lists of 164,000 rows to intersect them with the 4,000 of
 * `roma` (5.4 ms, against 1.4 ms for `roma` alone; docs/performance.md, "The text search").
 *
 * `indexPattern` is the pattern the index should answer for a text with such words: the text with each frequent
 * word, and the spaces or signs around it, replaced by `%`. Every row that contains the text matches it, so the
 * index narrows the rows and `strpos` then keeps those that contain the whole text: the same rows as the text's
 * own pattern.
 */

/** Words of Italian addresses and descriptions found in a large share of any comune's practices. */
const FREQUENT_WORDS: ReadonlySet<string> = new Set([
  // Kinds of street.
  'via',
  'viale',
  'vicolo',
  'piazza',
  'piazzale',
  'corso',
  'largo',
  'strada',
  'località',
  'frazione',
  // Articles and prepositions.
  'a',
  'al',
  'alla',
  'alle',
  'ai',
  'con',
  'da',
  'dal',
  'dalla',
  'de',
  'dei',
  'del',
  'della',
  'delle',
  'dello',
  'degli',
  'di',
  'e',
  'ed',
  'gli',
  'i',
  'il',
  'in',
  'la',
  'le',
  'lo',
  'per',
  'su',
  'sul',
  'sulla',
  'un',
  'una',
  'uno',
]);

/** The index's trigrams come from words of at least three characters (shorter ones only pad). */
const MIN_WORD_FOR_INDEX = 3;

/**
 * The LIKE pattern for the trigram index when `text` (already trimmed and lower-cased) holds frequent words
 * beside others, or null when the text's own pattern is the best the index can do: no frequent word, or nothing
 * of three characters left without them.
 */
export function indexPattern(text: string): string | null {
  // Words (letters and digits, as pg_trgm splits them) at odd indexes, what separates them at even ones.
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const kept: string[] = [];
  let run = '';
  let dropped = false;
  let afterDropped = false;
  let indexable = false;
  for (let index = 1; index < parts.length; index += 2) {
    const word = parts[index] as string;
    if (FREQUENT_WORDS.has(word)) {
      dropped = afterDropped = true;
      if (run) kept.push(run);
      run = '';
      continue;
    }
    // The separator before a kept word stays unless a frequent word precedes it.
    run += (afterDropped ? '' : parts[index - 1]) + word;
    afterDropped = false;
    if (word.length >= MIN_WORD_FOR_INDEX) indexable = true;
  }
  // A run left open ends with the text's last word: its trailing separator stays.
  if (run) kept.push(run + parts[parts.length - 1]);
  if (!dropped || !indexable) return null;
  return `%${kept.map(likeLiteral).join('%')}%`;
}

/**
 * The count's condition on `p.search_text` for `text` (trimmed, lower-cased): the index's pattern and the whole
 * text as a substring when the text holds frequent words, else the text's own pattern. `bind` returns the
 * placeholder of a parameter.
 */
export function countTextCondition(text: string, bind: (value: string) => string): string {
  const pattern = indexPattern(text);
  if (pattern === null) return `p.search_text LIKE ${bind(`%${likeLiteral(text)}%`)}`;
  return `p.search_text LIKE ${bind(pattern)} AND strpos(p.search_text, ${bind(text)}) > 0`;
}
