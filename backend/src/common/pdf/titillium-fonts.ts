import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';
import { repoRoot } from '../../config/paths.js';
import { parseSharedFont } from './shared-fonts.js';

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

const FONT_FILES: Readonly<Record<keyof TitilliumFonts, string>> = {
  regular: 'TitilliumWeb-Regular.ttf',
  semibold: 'TitilliumWeb-SemiBold.ttf',
  bold: 'TitilliumWeb-Bold.ttf',
};

function readTitillium(directory: string): TitilliumFonts {
  const read = (name: keyof TitilliumFonts): Buffer => {
    const file = path.join(directory, FONT_FILES[name]);
    if (!existsSync(file)) throw new Error(`Titillium Web font missing: ${file}`);
    return readFileSync(file);
  };
  return { regular: read('regular'), semibold: read('semibold'), bold: read('bold') };
}

let cached: TitilliumFonts | undefined;

export function titilliumFonts(): TitilliumFonts {
  cached ??= readTitillium(FONTS_DIR);
  return cached;
}

/** The three weights parsed for pdfkit and shared by every document of the process (see shared-fonts.ts). */
export type SharedTitilliumFonts = Record<keyof TitilliumFonts, Font>;

const parsed = new Map<string, SharedTitilliumFonts>();

/**
 * Titillium Web parsed once per process and folder (the shipped one unless `directory` names another), for the
 * documents rendered by the thousand: certificates and F24 forms.
 */
export function sharedTitilliumFonts(directory: string = FONTS_DIR): SharedTitilliumFonts {
  let fonts = parsed.get(directory);
  if (!fonts) {
    const files = directory === FONTS_DIR ? titilliumFonts() : readTitillium(directory);
    fonts = {
      regular: parseSharedFont(files.regular),
      semibold: parseSharedFont(files.semibold),
      bold: parseSharedFont(files.bold),
    };
    parsed.set(directory, fonts);
  }
  return fonts;
}
