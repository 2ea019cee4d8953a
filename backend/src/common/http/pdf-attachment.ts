import { StreamableFile } from '@nestjs/common';

/** A stored PDF as an attachment, so phones save the file instead of trying to show it inline. */
export function pdfAttachment(document: { fileName: string; pdf: Buffer }): StreamableFile {
  return new StreamableFile(document.pdf, {
    type: 'application/pdf',
    length: document.pdf.length,
    disposition: `attachment; filename="${document.fileName}"`,
  });
}
