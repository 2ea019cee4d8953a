import { fileTypeFromBuffer } from 'file-type';
import { RegistryErrors } from '../registry-errors.js';

export type AttachmentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

const EXTENSIONS: Record<AttachmentMediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

const MAX_NAME_LENGTH = 200;

export interface InspectedAttachment {
  fileName: string;
  mediaType: AttachmentMediaType;
}

function isAccepted(mime: string): mime is AttachmentMediaType {
  return mime in EXTENSIONS;
}

/** The last path segment, without control characters, at most 200 characters, with the content's extension. */
function cleanName(original: string, extension: string): string {
  const base = (original.split(/[\\/]/).at(-1) ?? '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'allegato';
  return `${stem.slice(0, MAX_NAME_LENGTH - extension.length - 1)}.${extension}`;
}

/**
 * Decides what the evidence is from its bytes (magic numbers via `file-type`), never from its name or declared
 * type: only PDF, JPEG and PNG pass. The stored name gets the extension of the real content.
 */
export async function inspectAttachment(content: Buffer, originalName: string): Promise<InspectedAttachment> {
  if (content.length === 0) throw RegistryErrors.attachmentEmpty();
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !isAccepted(detected.mime)) throw RegistryErrors.attachmentType();
  return { fileName: cleanName(originalName, EXTENSIONS[detected.mime]), mediaType: detected.mime };
}
