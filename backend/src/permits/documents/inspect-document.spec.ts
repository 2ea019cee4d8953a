import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { cleanFileName, inspectDocument } from './inspect-document.js';

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1a5520000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.concat([
  Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  Buffer.alloc(64),
  Buffer.from('ffd9', 'hex'),
]);

async function refusal(content: Buffer, name: string): Promise<DomainError> {
  try {
    await inspectDocument(content, name);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('inspectDocument', () => {
  it.each([
    [PDF, 'relazione.pdf', 'application/pdf'],
    [PNG, 'pianta.PNG', 'image/png'],
    [JPEG, 'foto.jpeg', 'image/jpeg'],
    [JPEG, 'foto.jpg', 'image/jpeg'],
  ])('should accept %#: %s as %s from its content', async (content, name, mediaType) => {
    expect(await inspectDocument(content, name)).toEqual({ fileName: name, mediaType });
  });

  it('should refuse an image renamed to .pdf, naming what it really is', async () => {
    const error = await refusal(PNG, 'relazione.pdf');
    expect(error).toMatchObject({ code: 'DOCUMENT_CONTENT_MISMATCH', status: 422, field: 'file' });
    expect(error.detail).toContain('immagine PNG');
  });

  it('should refuse content that is none of the accepted formats, whatever its name', async () => {
    expect(await refusal(Buffer.from('MZ\x90\x00 not really a pdf'), 'relazione.pdf')).toMatchObject({
      code: 'DOCUMENT_TYPE_NOT_ALLOWED',
      status: 415,
    });
    const gif = Buffer.from(
      '47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b',
      'hex',
    );
    expect(await refusal(gif, 'foto.png')).toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
  });

  it('should refuse an empty file', async () => {
    expect(await refusal(Buffer.alloc(0), 'vuoto.pdf')).toMatchObject({
      code: 'DOCUMENT_EMPTY',
      status: 422,
    });
  });

  it('should give a name without extension the extension of its content', async () => {
    expect(await inspectDocument(PDF, 'relazione')).toEqual({
      fileName: 'relazione.pdf',
      mediaType: 'application/pdf',
    });
  });
});

describe('cleanFileName', () => {
  it('should keep only the last path segment and drop control characters', () => {
    expect(cleanFileName('C:\\Users\\mario\\Tavola\u0007 3.pdf')).toBe('Tavola 3.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('..')).toBe('documento');
  });

  it('should shorten long names keeping the extension', () => {
    const name = cleanFileName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
