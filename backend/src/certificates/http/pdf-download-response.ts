import { StreamableFile } from '@nestjs/common';
import type { CertificateDownload } from '../services/certificate-archive.service.js';

/** The stored bytes as an attachment, so phones save the file instead of trying to show it inline. */
export function pdfDownloadResponse(download: CertificateDownload): StreamableFile {
  return new StreamableFile(download.pdf, {
    type: 'application/pdf',
    length: download.pdf.length,
    disposition: `attachment; filename="${download.fileName}"`,
  });
}
