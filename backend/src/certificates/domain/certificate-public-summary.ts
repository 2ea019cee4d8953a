import type { CertificateContent } from './certificate-content.js';
import type { IsoDate } from './certificate-subject.js';
import { CERTIFICATE_TYPES, type CertificateTypeCode } from './certificate-types.js';

/**
 * What the public verification page shows without login to whoever holds the code: enough to match the
 * paper in hand, never more than the paper prints, and no personal data beyond the initials.
 */
export interface CertificatePublicSummary {
  code: string;
  title: string;
  types: Array<{ code: CertificateTypeCode; name: string }>;
  issueDate: IsoDate;
  /** `Comune di Spino d'Adda`. */
  municipality: string;
  subjectInitials: string;
}

export function buildPublicSummary(content: CertificateContent): CertificatePublicSummary {
  return {
    code: content.code,
    title: content.subtitle ? `${content.title} (${content.subtitle})` : content.title,
    types: content.types.map((code) => ({ code, name: CERTIFICATE_TYPES[code].nameIt })),
    issueDate: content.issueDate,
    municipality: `Comune di ${content.issuer.municipalityName}`,
    subjectInitials: content.subject.initials,
  };
}
