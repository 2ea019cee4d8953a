import type { AuthUser } from '../../auth/authorization/roles.js';
import type { Locale } from '../../notifications/content/message-content.js';
import type { OutgoingNotification } from '../../notifications/outbox/outgoing-notification.js';
import type { CertificateContent } from '../domain/certificate-content.js';
import { CERTIFICATE_TYPES } from '../domain/certificate-types.js';
import { certificateIssued } from '../notifications/certificate-issued.template.js';
import { formatCertificateCode } from '../seal/certificate-code.js';

/**
 * The receipt e-mailed to the requester: which certificate and its code, no personal data and no
 * attachment (the template's rule); only to the inbox when the identity provider gave no e-mail address.
 */
export function certificateIssuedNotice(
  requester: AuthUser,
  certificateId: string,
  content: CertificateContent,
  publicUrl: string,
): OutgoingNotification[] {
  const address = requester.email?.trim();
  const recipientName = `${requester.givenName} ${requester.familyName}`;
  const type = CERTIFICATE_TYPES[content.types[0]];
  const contentIn = (locale: Locale) =>
    certificateIssued({
      locale,
      municipalityName: content.issuer.municipalityName,
      recipientName,
      link: `${publicUrl}/certificati`,
      certificateName: content.subtitle
        ? `${locale === 'it' ? 'Certificato contestuale di' : 'Combined certificate of'} ${content.subtitle}`
        : locale === 'it'
          ? type.nameIt
          : type.nameEn,
      certificateId: formatCertificateCode(content.code),
      issuedAt: content.issuedAt,
    });
  // Without an e-mail address the receipt still reaches the requester's personal-area inbox.
  return [
    {
      channel: address ? 'email' : 'inbox',
      recipient: address || requester.fiscalCode,
      recipientName,
      recipientFiscalCode: requester.fiscalCode,
      kind: 'certificates.issued',
      resource: { type: 'issued_certificate', id: certificateId },
      content: contentIn('it'),
      contentIn,
    },
  ];
}
