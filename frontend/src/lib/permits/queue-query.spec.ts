import { describe, expect, it } from 'vitest';
import { bucketFrom, queueFiltersFrom, queueQuery } from './queue-query';

describe('queue filters from the address', () => {
  it('should keep known values and drop the rest', () => {
    expect(
      queueFiltersFrom({
        state: 'under_review',
        type: 'NOPE',
        officer: ' me ',
        overdue: 'true',
        q: ' 12/2026 ',
        page: '3',
      }),
    ).toEqual({
      state: 'under_review',
      type: undefined,
      officer: 'me',
      overdue: true,
      q: '12/2026',
      page: 3,
    });
    expect(queueFiltersFrom({ page: '-1', overdue: 'yes', q: '   ' })).toEqual({
      state: undefined,
      type: undefined,
      officer: undefined,
      overdue: undefined,
      q: undefined,
      page: undefined,
    });
  });

  it('should write the filters back without the page, for the pagination links', () => {
    expect(String(queueQuery({ state: 'submitted', overdue: true, page: 4 }))).toBe(
      'state=submitted&overdue=true',
    );
  });

  it('should read the resident filter only when it is one of the five', () => {
    expect(bucketFrom({ stato: 'da_integrare' })).toBe('da_integrare');
    expect(bucketFrom({ stato: 'tutte' })).toBeUndefined();
  });
});
