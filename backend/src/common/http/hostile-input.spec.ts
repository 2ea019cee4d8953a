import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { findHostileInput, HostileInputPipe } from './hostile-input.js';

describe('findHostileInput', () => {
  it('should let ordinary bodies and queries through', () => {
    expect(
      findHostileInput({ comment: 'Tutto chiaro, grazie', rating: 5, tags: ['a', null] }),
    ).toBeUndefined();
    expect(findHostileInput(undefined)).toBeUndefined();
    expect(findHostileInput('text')).toBeUndefined();
  });

  it('should name the field holding a NUL character, however deep', () => {
    expect(findHostileInput({ comment: 'a\u0000b' })?.field).toBe('comment');
    expect(findHostileInput({ owners: [{ fiscalCode: 'ok' }, { fiscalCode: 'RSS\u0000' }] })?.field).toBe(
      'owners.1.fiscalCode',
    );
    expect(findHostileInput('ROSSI\u0000', 'q')).toEqual({
      field: 'q',
      reason: 'contiene un carattere non ammesso (NUL)',
    });
  });

  it('should refuse a NUL character in a key', () => {
    expect(findHostileInput({ 'a\u0000b': 1 })?.field).toBe('ab');
  });

  it('should refuse text that is not well-formed Unicode, as JSON escapes can carry it', () => {
    const body = JSON.parse('{"slotId":"-1","email":"\\ud800","phone":[{}]}');
    expect(findHostileInput(body)).toEqual({
      field: 'email',
      reason: 'contiene un carattere non valido (surrogato Unicode isolato)',
    });
    expect(findHostileInput(JSON.parse('{"a\\udc00b": 1}'))).toEqual({
      field: 'a\ufffdb',
      reason: 'non è un campo previsto',
    });
    expect(findHostileInput({ name: 'Caffè ☕ 𝔸' })).toBeUndefined();
  });

  it('should refuse `__proto__` and `constructor` keys as JSON.parse and query parsers keep them', () => {
    expect(findHostileInput(JSON.parse('{"__proto__": {"isAdmin": true}}'))?.field).toBe('__proto__');
    expect(findHostileInput(JSON.parse('{"owners": [{"constructor": {"prototype": {}}}]}'))?.field).toBe(
      'owners.0.constructor',
    );
    expect(findHostileInput(Object.assign(Object.create(null), { constructor: 'x' }))?.field).toBe(
      'constructor',
    );
  });

  it('should walk a body nested far beyond the stack without overflowing', () => {
    const deep = JSON.parse(
      `${'{"a":'.repeat(50_000)}"\u0000"${'}'.repeat(50_000)}`.replace('\u0000', '\\u0000'),
    );
    expect(findHostileInput(deep)?.field.split('.')).toHaveLength(50_000);
  });
});

describe('HostileInputPipe', () => {
  const pipe = new HostileInputPipe();

  it('should refuse a path parameter with a NUL character, naming it', () => {
    try {
      pipe.transform('00000000-0000-0000-0000-000000000000\u0000', { type: 'param', data: 'id' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'id' });
      expect((error as DomainError).detail).toBe('Il campo «id» contiene un carattere non ammesso (NUL).');
    }
  });

  it('should pass clean values through unchanged, and leave custom decorators alone', () => {
    const body = { comment: 'ok' };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform('a\u0000', { type: 'custom' })).toBe('a\u0000');
  });
});
