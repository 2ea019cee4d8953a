import { Injectable } from '@nestjs/common';
import { buildF24Semplificato, type F24LineInput, type F24Taxpayer } from '../domain/f24-semplificato.js';
import { F24PdfRenderer } from '../pdf/f24-pdf-renderer.js';
import { TaxpayerDirectory } from '../taxpayers/taxpayer-directory.js';

/** The contributor block and the PDF of an F24 semplificato. */
@Injectable()
export class F24FormService {
  constructor(
    private readonly directory: TaxpayerDirectory,
    private readonly renderer: F24PdfRenderer,
  ) {}

  /**
   * Who pays: the registry's generalità, else the portal account's name, else `fallback` (the name of the
   * logged-in user, who may not have an account row yet in tests or imports).
   */
  async contributor(
    fiscalCode: string,
    fallback: { givenName: string; familyName: string },
  ): Promise<F24Taxpayer> {
    return (
      (await this.directory.findByFiscalCode(fiscalCode)) ?? {
        fiscalCode,
        familyName: fallback.familyName.toLocaleUpperCase('it-IT'),
        givenName: fallback.givenName.toLocaleUpperCase('it-IT'),
      }
    );
  }

  contributors(fiscalCodes: readonly string[]): Promise<Map<string, F24Taxpayer>> {
    return this.directory.findByFiscalCodes(fiscalCodes);
  }

  /** Validates and draws the form; `creationDate` fixes the PDF bytes (see renderF24SemplificatoPdf). */
  async render(taxpayer: F24Taxpayer, lines: readonly F24LineInput[], creationDate?: Date): Promise<Buffer> {
    const model = buildF24Semplificato({
      taxpayer,
      birthDataUnknown: !hasBirthData(taxpayer),
      lines,
    });
    return this.renderer.render(model, creationDate);
  }
}

function hasBirthData(taxpayer: F24Taxpayer): boolean {
  return Boolean(taxpayer.birthDate && taxpayer.sex && taxpayer.birthPlace && taxpayer.birthProvince);
}
