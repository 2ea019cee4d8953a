import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config/paths.js';

/**
 * Titillium Web, the typeface of the Italian public administration design system, shipped with the
 * backend (SIL Open Font License, `backend/assets/fonts/OFL.txt`). TTF, so pdfkit embeds a subset with a
 * ToUnicode map and text stays extractable. Read once per process: bulk jobs render thousands of PDFs.
 */
export interface TitilliumFonts {
  regular: Buffer;
  semibold: Buffer;
  bold: Buffer;
}

export const FONTS_DIR = path.join(repoRoot, 'backend', 'assets', 'fonts');

let cached: TitilliumFonts | undefined;

export function titilliumFonts(): TitilliumFonts {
  cached ??= {
    regular: readFileSync(path.join(FONTS_DIR, 'TitilliumWeb-Regular.ttf')),
    semibold: readFileSync(path.join(FONTS_DIR, 'TitilliumWeb-SemiBold.ttf')),
    bold: readFileSync(path.join(FONTS_DIR, 'TitilliumWeb-Bold.ttf')),
  };
  return cached;
}
