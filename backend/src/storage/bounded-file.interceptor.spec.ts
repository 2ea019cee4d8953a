import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors/domain-error.js';
import { type BoundedFileOptions, uploadRefused } from './bounded-file.interceptor.js';

const options: BoundedFileOptions = {
  field: 'file',
  maxBytes: 1024,
  textFields: 2,
  tooLarge: () => new Error('too large'),
};

describe('uploadRefused', () => {
  it('should name the field that carried a file where none was expected', () => {
    const refused = uploadRefused({ code: 'LIMIT_UNEXPECTED_FILE', field: 'documento' }, options);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'UPLOAD_UNEXPECTED_FILE', status: 400, field: 'documento' });
    expect(refused.detail).toContain('«file»');
  });

  it('should say that only one file goes in the expected field', () => {
    const refused = uploadRefused({ code: 'LIMIT_FILE_COUNT', field: 'file' }, options);
    expect(refused).toMatchObject({ code: 'UPLOAD_UNEXPECTED_FILE', field: 'file' });
    expect(refused.detail).toBe('Si può inviare un solo file per volta, nel campo «file».');
  });

  it('should give the number of text fields allowed when there are too many', () => {
    const refused = uploadRefused({ code: 'LIMIT_FIELD_COUNT' }, options);
    expect(refused).toMatchObject({ code: 'UPLOAD_TOO_MANY_FIELDS', field: 'file' });
    expect(refused.detail).toContain('al più 2');
  });

  it('should name a field whose name or value is too long', () => {
    const refused = uploadRefused({ code: 'LIMIT_FIELD_VALUE', field: 'note' }, options);
    expect(refused).toMatchObject({ code: 'UPLOAD_FIELD_INVALID', field: 'note' });
    expect(refused.detail).toContain('«note»');
  });

  it('should call anything else a broken form, on the file field', () => {
    for (const cause of [new Error('Unexpected end of form'), undefined, 'text']) {
      expect(uploadRefused(cause, options)).toMatchObject({
        code: 'UPLOAD_MALFORMED',
        status: 400,
        field: 'file',
      });
    }
  });
});
