import { titilliumFonts } from '../../common/pdf/titillium-fonts.js';

export interface CertificateFonts {
  regular: Buffer;
  bold: Buffer;
}

export function certificateFonts(): CertificateFonts {
  const { regular, bold } = titilliumFonts();
  return { regular, bold };
}
