import { describe, expect, it } from 'vitest';
import { likeLiteral } from './like-literal.js';

describe('likeLiteral', () => {
  it("escapes LIKE's wildcards and its escape character, and nothing else", () => {
    expect(likeLiteral('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(likeLiteral("via d'annunzio, 3/a")).toBe("via d'annunzio, 3/a");
  });
});
