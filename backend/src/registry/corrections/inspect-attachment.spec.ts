import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { inspectAttachment } from './inspect-attachment.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe('inspectAttachment', () => {
  it('should accept a PDF and a PNG by their content, whatever the name says', async () => {
    expect(await inspectAttachment(PDF, 'atto di nascita.pdf')).toEqual({
      fileName: 'atto di nascita.pdf',
      mediaType: 'application/pdf',
    });
    expect(await inspectAttachment(PNG, 'C:\\scansioni\\carta.jpg')).toEqual({
      fileName: 'carta.png',
      mediaType: 'image/png',
    });
  });

  it('should refuse a text file renamed to .pdf and an empty file', async () => {
    await expect(inspectAttachment(Buffer.from('ciao'), 'finto.pdf')).rejects.toMatchObject({
      code: 'CORRECTION_ATTACHMENT_TYPE',
      status: 415,
    });
    await expect(inspectAttachment(Buffer.alloc(0), 'vuoto.pdf')).rejects.toBeInstanceOf(DomainError);
  });
});
