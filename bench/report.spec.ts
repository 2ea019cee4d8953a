import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetsTarget } from './lib/report.mjs';
import { compareRatios, latestResultsFile } from './lib/results.mjs';
import { betweenMarkers, renderResultsTable, replaceBetweenMarkers } from './lib/results-table.mjs';

const root = path.resolve(import.meta.dirname, '..');

const run = (rows: object[], files = ['registry-visura.mjs']) => ({
  profile: 'quick',
  startedAt: '2026-12-06T18:00:00.000Z',
  machine: { cpuModel: 'AMD EPYC', cores: 2, memoryGiB: 24, node: 'v20.20.2' },
  git: { commit: 'abc', shortCommit: 'abc1234', dirty: false },
  loadAverage: { before: [0.1, 0.2, 0.3], after: [1.5, 0.9, 0.4] },
  benchmarks: files.map((file) => ({ file, ok: true })),
  rows,
  failed: [],
});

const visura = (ratio: number, file = 'registry-visura.mjs') => ({
  bench: 'registry-visura',
  metric: 'throughput',
  value: 700,
  unit: 'req/s',
  ratio,
  ratioBetter: 'higher',
  file,
});
const tail = (ratio: number) => ({
  bench: 'registry-visura',
  metric: 'p99 at 200 req/s',
  value: 12,
  unit: 'ms',
  ratio,
  ratioBetter: 'lower',
  file: 'registry-visura.mjs',
});

describe('the figures tables of the READMEs', () => {
  it('should be exactly what bench/report.mjs generates from the newest committed results file', () => {
    const file = latestResultsFile();
    const expected = renderResultsTable(file ? JSON.parse(readFileSync(file, 'utf8')) : null, file);
    for (const readme of ['bench/README.md']) {
      expect(betweenMarkers(readFileSync(path.join(root, readme), 'utf8')), readme).toBe(expected);
    }
  });

  it("should take the run that started last as the newest, whatever the commit in the files' names", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
    try {
      const write = (name: string, startedAt: string) =>
        writeFileSync(path.join(dir, name), JSON.stringify({ startedAt }));
      write('2026-12-07-c9a87e9.json', '2026-12-07T03:59:16.745Z');
      write('2026-12-07-0dc7602.json', '2026-12-07T09:56:14.353Z');
      write('2026-12-06-ffffff1.json', '2026-12-06T23:39:48.085Z');
      expect(path.basename(latestResultsFile(dir) ?? '')).toBe('2026-12-07-0dc7602.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should name the machine, the commit, the load average and every row of a results file', () => {
    const table = renderResultsTable(
      run([{ ...visura(0.52), bare: 1346, target: 500, better: 'higher', pass: true }]),
      '/x/bench/results/2026-12-06-abc1234.json',
    );
    expect(table).toContain('commit `abc1234`');
    expect(table).toContain('2 × AMD EPYC, 24 GiB');
    expect(table).toContain('0.1 / 0.2 / 0.3 before, 1.5 / 0.9 / 0.4 after');
    expect(table).toContain('`bench/results/2026-12-06-abc1234.json`');
    expect(table).toMatch(
      /\| registry-visura +\| throughput +\| +700 req\/s \| ≥ 500 +\| +1,346 \| +0\.52 \|.*\| ok +\|/,
    );
  });

  it('should refuse a README without markers rather than append a table somewhere', () => {
    expect(() => replaceBetweenMarkers('# no markers', 'table', 'x.md')).toThrow(/markers/);
  });

  it('should replace only between the markers on lines of their own, not where prose quotes them', () => {
    const readme = [
      'Tables go between `<!-- bench:begin -->` and `<!-- bench:end -->`.',
      '<!-- bench:begin -->',
      'old table',
      '<!-- bench:end -->',
      'after',
    ].join('\n');
    const updated = replaceBetweenMarkers(readme, 'new table', 'x.md');
    expect(updated).toContain('Tables go between `<!-- bench:begin -->` and `<!-- bench:end -->`.');
    expect(betweenMarkers(updated)).toBe('new table');
    expect(updated.endsWith('<!-- bench:end -->\nafter')).toBe(true);
  });
});

describe('the regression guard (--compare)', () => {
  it('should flag a throughput ratio that fell by more than the margin, and not one within it', () => {
    const [fell] = compareRatios(run([visura(0.5)]), run([visura(0.41)]), 0.15);
    expect(fell?.regressed).toBe(true);
    const [held] = compareRatios(run([visura(0.5)]), run([visura(0.44)]), 0.15);
    expect(held?.regressed).toBe(false);
  });

  it('should flag a latency ratio that rose by more than the margin', () => {
    const [rose] = compareRatios(run([tail(1.5)]), run([tail(1.8)]), 0.15);
    expect(rose?.regressed).toBe(true);
    const [fell] = compareRatios(run([tail(1.5)]), run([tail(1.0)]), 0.15);
    expect(fell?.regressed).toBe(false);
  });

  it('should count a ratio that the same benchmark no longer produces as a regression', () => {
    const [missing] = compareRatios(run([visura(0.5)]), run([]), 0.15);
    expect(missing).toMatchObject({ current: null, regressed: true });
  });

  it('should ignore the rows of benchmarks the run did not run', () => {
    expect(compareRatios(run([visura(0.5)]), run([], ['permits-staff.mjs']), 0.15)).toEqual([]);
  });
});

describe('a row with a ratio target', () => {
  it('should pass only when both its value and its ratio to bare meet their targets', () => {
    const row = { value: 5, target: 10, better: 'lower', ratio: 2.5, ratioTarget: 2, ratioBetter: 'lower' };
    expect(meetsTarget(row)).toBe(false);
    expect(meetsTarget({ ...row, ratio: 1.9 })).toBe(true);
    expect(meetsTarget({ ...row, value: 11, ratio: 1.9 })).toBe(false);
  });
});
