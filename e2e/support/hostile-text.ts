import { smallPdf } from './portal.js';

// Text people type that has broken pages before (issue 13): the hostile probe left a practice whose description
// was one long run of letters, and the resident's home grew to 1,770 px on a 360 px phone. The accessibility
// crawl seeds these before it measures, so every page it visits shows them where a person's text goes.

/** 300 letters and no space: no line break opportunity at all. */
export const LONG_WORD = 'Precipitevolissimevolmente'.repeat(12).slice(0, 300);

/** Right-to-left scripts inside an Italian page: Arabic and Hebrew. */
export const RIGHT_TO_LEFT = 'طلب ترخيص لتوسعة المنزل العائلي — בקשה להיתר בנייה להרחבת הבית';

/** Emoji, including a ZWJ sequence and a flag, each several code points wide. */
export const EMOJI = '🏗️🏠👷‍♀️🇮🇹🧱';

/** One string with all of the above, as a description or a note. */
export const HOSTILE_TEXT = `${LONG_WORD} ${RIGHT_TO_LEFT} ${EMOJI}`;

/** A file name of 197 characters without a space, under the 200 the portal keeps. */
export const LONG_FILE_NAME = `tavola-${'statodiprogettoaggiornato'.repeat(7)}-definitiva.pdf`;

/** A PDF a resident would upload, under `LONG_FILE_NAME`. */
export function hostileUpload(): { name: string; blob: Blob } {
  const pdf = smallPdf('Tavola di progetto');
  return { name: LONG_FILE_NAME, blob: new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }) };
}
