import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../auth/authorization/roles.js';
import type { UploadedDocumentFile } from '../documents/document-upload.interceptor.js';
import { PracticeDocumentsService } from '../services/practice-documents.service.js';
import { SignatureVerifier } from '../signatures/signature-verifier.service.js';
import { FilingErrors } from './filing-errors.js';
import type { SignedDocumentView } from './filing-views.js';

/**
 * Integrations answered online with signed documents: the signature is verified as in the wizard, then the signed
 * PDF (the `.p7m`'s content for CAdES) joins the practice's open request like any document of the parties.
 */
@Injectable()
export class SignedIntegrationsService {
  constructor(
    private readonly signatures: SignatureVerifier,
    private readonly documents: PracticeDocumentsService,
  ) {}

  async upload(
    practiceId: string,
    file: UploadedDocumentFile | undefined,
    user: AuthUser,
  ): Promise<SignedDocumentView> {
    if (!file || file.size === 0) throw FilingErrors.fileMissing();
    const verified = await this.signatures.verify(file.buffer);
    const name = file.originalname.replace(/\.p7m$/i, '') || 'documento.pdf';
    const document = await this.documents.upload(
      practiceId,
      {
        originalname: name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`,
        size: verified.pdf.length,
        buffer: verified.pdf,
      },
      user,
      'resident',
      {
        signerName: verified.signer.commonName,
        signerFiscalCode: verified.signer.fiscalCode,
        signedAt: verified.signedAt,
        signatureFormat: verified.format,
      },
    );
    return {
      ...document,
      signatureFormat: verified.format,
      signerName: verified.signer.commonName,
      signerFiscalCode: verified.signer.fiscalCode,
    };
  }
}
