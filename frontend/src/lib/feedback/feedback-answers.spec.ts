import { describe, expect, it } from 'vitest';
import { answerFor, NEGATIVE_ANSWERS, POSITIVE_ANSWERS } from './feedback-answers';

describe('answerFor', () => {
  it('should keep an answer of the rating’s polarity and drop one of the other', () => {
    expect(answerFor(5, 'clear')).toBe('clear');
    expect(answerFor(3, 'clear')).toBeUndefined();
    expect(answerFor(1, 'technical-problems')).toBe('technical-problems');
    expect(answerFor(4, 'technical-problems')).toBeUndefined();
  });

  it('should drop unknown and inherited names', () => {
    expect(answerFor(5, '')).toBeUndefined();
    expect(answerFor(5, '__proto__')).toBeUndefined();
    expect(answerFor(5, 'toString')).toBeUndefined();
  });

  it('should list five answers per polarity, ending with «other»', () => {
    expect(POSITIVE_ANSWERS).toHaveLength(5);
    expect(NEGATIVE_ANSWERS).toHaveLength(5);
    expect(POSITIVE_ANSWERS.at(-1)).toBe('other-positive');
    expect(NEGATIVE_ANSWERS.at(-1)).toBe('other-negative');
  });
});
