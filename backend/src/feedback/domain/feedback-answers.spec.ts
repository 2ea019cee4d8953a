import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import {
  checkFollowUpAnswer,
  FEEDBACK_PAGE_PATTERN,
  NEGATIVE_ANSWERS,
  POSITIVE_ANSWERS,
} from './feedback-answers.js';

describe('checkFollowUpAnswer', () => {
  it('should accept every positive answer with 4 or 5 stars and every negative one with 1 to 3', () => {
    for (const rating of [4, 5])
      for (const a of POSITIVE_ANSWERS) expect(() => checkFollowUpAnswer(rating, a)).not.toThrow();
    for (const rating of [1, 2, 3])
      for (const a of NEGATIVE_ANSWERS) expect(() => checkFollowUpAnswer(rating, a)).not.toThrow();
  });

  it('should refuse a positive answer after three stars, naming the field', () => {
    try {
      checkFollowUpAnswer(3, 'clear');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('FEEDBACK_ANSWER_MISMATCH');
      expect((error as DomainError).field).toBe('answer');
    }
  });

  it('should refuse a negative answer after four stars', () => {
    expect(() => checkFollowUpAnswer(4, 'technical-problems')).toThrow(DomainError);
  });

  it('should accept a rating without a follow-up answer', () => {
    expect(() => checkFollowUpAnswer(1, undefined)).not.toThrow();
  });
});

describe('FEEDBACK_PAGE_PATTERN', () => {
  it('should accept portal paths and refuse anything else', () => {
    for (const ok of ['/', '/servizi/certificati-anagrafici', '/faq', '/pagamenti/imu'])
      expect(FEEDBACK_PAGE_PATTERN.test(ok)).toBe(true);
    for (const bad of [
      '',
      'servizi',
      '/Servizi',
      '/a//b',
      '/__proto__',
      '/x\u0000',
      'https://x.it/',
      '/a/b/c/d/e',
    ])
      expect(FEEDBACK_PAGE_PATTERN.test(bad)).toBe(false);
  });
});
