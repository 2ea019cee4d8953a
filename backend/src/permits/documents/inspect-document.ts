import { fileTypeFromBuffer } from 'file-type';
import { PermitErrors } from '../permit-errors.js';
import type { DocumentMediaType } from '../persistence/practice-document.entity.js';

interface AcceptedFormat {
  extensions: readonly string[];
  /** Used in error messages: «il file è un ...». */
  description: string;
}

const ACCEPTED: Readonly<Record<DocumentMediaType, AcceptedFormat>> = {
  'application/pdf': { extensions: ['pdf'], description: 'documento PDF' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], description: 'immagine JPEG' },
  'image/png': { extensions: ['png'], description: 'immagine PNG' },
};

const MAX_NAME_LENGTH = 200;

export interface InspectedDocument {
  fileName: string;
  mediaType: DocumentMediaType;
}

function isAccepted(mime: string): mime is DocumentMediaType {
  return mime in ACCEPTED;
}

/** The last path segment without control characters, shortened keeping its extension. */
export function cleanFileName(original: string): string {
  const base = (original.split(/[\\/]/).at(-1) ?? '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (base === '' || /^\.+$/.test(base)) return 'documento';
  if (base.length <= MAX_NAME_LENGTH) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 6 ? base.slice(dot) : '';
  return base.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/**
 * Decides what an upload is from its bytes (magic numbers, via `file-type`), never from the name or the type
 * the browser declared: only PDF, JPEG and PNG pass, and a name whose extension promises another format is
 * refused. A name without extension gets the one of its content.
 */
export async function inspectDocument(content: Buffer, originalName: string): Promise<InspectedDocument> {
  if (content.length === 0) throw PermitErrors.documentEmpty();
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !isAccepted(detected.mime)) throw PermitErrors.documentTypeNotAllowed();
  const format = ACCEPTED[detected.mime];
  const name = cleanFileName(originalName);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extension === '') return { fileName: `${name}.${format.extensions[0]}`, mediaType: detected.mime };
  if (!format.extensions.includes(extension)) {
    throw PermitErrors.documentContentMismatch(extension, format.description);
  }
  return { fileName: name, mediaType: detected.mime };
}
