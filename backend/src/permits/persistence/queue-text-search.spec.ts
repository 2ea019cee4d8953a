import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likeLiteral } from '../../common/sql/like-literal.js';
import { countTextCondition, indexPattern } from './queue-text-search.js';

/** PostgreSQL's LIKE with `\` as escape, as a regular expression over the whole value. */
function likeToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index] as string;
    if (character === '\\') source += (pattern[++index] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (character === '%') source += '.*';
    else if (character === '_') source += '.';
    else source += character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'su');
}

describe('the queue text search index pattern', () => {
  it('leaves out frequent words and the signs around them', () => {
    expect(indexPattern('via roma')).toBe('%roma%');
    expect(indexPattern('roma via')).toBe('%roma%');
    expect(indexPattern('via roma 12')).toBe('%roma 12%');
    expect(indexPattern('piazza della vittoria, 3')).toBe('%vittoria, 3%');
    expect(indexPattern('rifacimento della copertura')).toBe('%rifacimento%copertura%');
    expect(indexPattern('50%_ sconto di')).toBe('%50\\%\\_ sconto%');
  });

  it("keeps the text's own pattern when nothing would be left out or nothing indexable would remain", () => {
    expect(indexPattern('roma')).toBeNull();
    expect(indexPattern('12/2025')).toBeNull();
    expect(indexPattern('mario rossi')).toBeNull();
    expect(indexPattern('via')).toBeNull();
    expect(indexPattern('via 12')).toBeNull();
    expect(indexPattern('della via')).toBeNull();
    expect(indexPattern('--')).toBeNull();
  });

  it('matches every value that contains the text (the count finds the same rows)', () => {
    const word = fc.constantFrom(
      'via',
      'roma',
      'della',
      '12',
      'di',
      'copertura',
      'a',
      'x%',
      '_y',
      'è',
      'piazza',
    );
    const separator = fc.constantFrom(' ', ', ', '/', '-', '\\', '');
    const phrase = fc
      .array(fc.tuple(word, separator), { minLength: 1, maxLength: 5 })
      .map((pairs) => pairs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(phrase, fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (text, left, right) => {
        const value = `${left}${text}${right}`;
        const pattern = indexPattern(text) ?? `%${likeLiteral(text)}%`;
        expect(likeToRegExp(pattern).test(value)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('binds the index pattern and the whole text, or the text alone', () => {
    const bound: string[] = [];
    const bind = (value: string) => {
      bound.push(value);
      return `$${bound.length}`;
    };
    expect(countTextCondition('via roma', bind)).toBe(
      'p.search_text LIKE $1 AND strpos(p.search_text, $2) > 0',
    );
    expect(bound).toEqual(['%roma%', 'via roma']);
    expect(countTextCondition('rossi', bind)).toBe('p.search_text LIKE $3');
    expect(bound[2]).toBe('%rossi%');
  });
});
