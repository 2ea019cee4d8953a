import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { CertificateErrors } from '../certificate-errors.js';
import { buildPublicSummary } from '../domain/certificate-public-summary.js';
import { CertificateSealKeyring } from '../keys/certificate-seal-keyring.js';
import { IssuedCertificateRepository } from '../persistence/issued-certificate-repository.js';
import { formatCertificateCode, normalizeCertificateCode } from '../seal/certificate-code.js';
import { verifySealToken } from '../seal/seal-token.js';
import type { CertificateVerificationView } from '../views/certificate-views.js';

/** Never a stored code (the alphabet has no `#`): malformed input still costs the same lookup. */
const NO_CODE = '#'.repeat(16);

/**
 * The public check of a printed certificate: whoever holds the paper learns whether the comune issued it,
 * and nothing the paper does not print. A code that cannot exist and one that does not exist get the same
 * answer after the same work, so the answer never tells a near miss from a wild guess.
 */
@Injectable()
export class VerifyCertificateService {
  constructor(
    private readonly certificates: IssuedCertificateRepository,
    private readonly keyring: CertificateSealKeyring,
    private readonly audit: AuditService,
  ) {}

  async verify(typedCode: string, sealToken?: string): Promise<CertificateVerificationView> {
    const code = normalizeCertificateCode(typedCode);
    const certificate = await this.certificates.findVerifiable(code ?? NO_CODE);
    if (!certificate) throw CertificateErrors.codeNotFound();
    const seal = sealToken
      ? (await verifySealToken(sealToken, this.keyring.verificationKeys, certificate.content)).valid
        ? 'valid'
        : 'invalid'
      : 'not_provided';
    await this.audit.record({
      actor: null,
      actorRole: 'public',
      action: 'certificates.certificate.verify',
      subjectFiscalCode: certificate.subjectFiscalCode,
      resourceType: 'issued_certificate',
      resourceId: certificate.id,
      purpose: "Verifica pubblica dell'autenticità del certificato",
      details: { seal },
    });
    const summary = buildPublicSummary(certificate.content);
    return {
      authentic: seal !== 'invalid',
      seal,
      code: formatCertificateCode(certificate.code),
      title: summary.title,
      types: summary.types,
      issueDate: summary.issueDate,
      municipality: summary.municipality,
      subjectInitials: summary.subjectInitials,
    };
  }
}
