import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';

/** A PDF shown in the browser (and saved under `filename`); personal data, so never cached by proxies. */
export function pdfFile(content: Buffer | Readable, filename: string): StreamableFile {
  const options = { type: 'application/pdf', disposition: `inline; filename="${filename}"` };
  return content instanceof Readable
    ? new StreamableFile(content, options)
    : new StreamableFile(content, { ...options, length: content.length });
}
