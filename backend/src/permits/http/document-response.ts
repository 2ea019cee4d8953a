import { StreamableFile } from '@nestjs/common';
import type { DocumentDownload } from '../services/practice-documents.service.js';

/** RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name for the others. */
function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored document as a download, never rendered inline by the browser. */
export function documentResponse(download: DocumentDownload): StreamableFile {
  return new StreamableFile(download.content, {
    type: download.mediaType,
    length: download.size,
    disposition: attachment(download.fileName),
  });
}
