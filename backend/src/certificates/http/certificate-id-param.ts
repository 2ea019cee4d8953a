import { Param, type PipeTransform } from '@nestjs/common';
import { CertificateErrors } from '../certificate-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is not found, exactly like somebody else's certificate. */
class CertificateIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(String(value))) throw CertificateErrors.certificateNotFound();
    return String(value).toLowerCase();
  }
}

export const CertificateIdParam = () => Param('id', new CertificateIdPipe());
