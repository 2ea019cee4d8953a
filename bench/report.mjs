// Regenerates the figures table of bench/README.md (between `<!-- bench:begin -->` and
// `<!-- bench:end -->`) from the newest results file under bench/results/, or from the one named.
//
//   node bench/report.mjs                      rewrite the table
//   node bench/report.mjs --check              exit 1 when a table differs from what the file gives
//   node bench/report.mjs bench/results/x.json use that file
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { latestResultsFile } from './lib/results.mjs';
import { renderResultsTable, replaceBetweenMarkers } from './lib/results-table.mjs';

export const READMES = ['bench/README.md'];
const root = path.resolve(import.meta.dirname, '..');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean', default: false } },
});
const file = positionals[0] ? path.resolve(positionals[0]) : latestResultsFile();
const table = renderResultsTable(file ? JSON.parse(readFileSync(file, 'utf8')) : null, file);
let stale = 0;
for (const readme of READMES) {
  const at = path.join(root, readme);
  const before = readFileSync(at, 'utf8');
  const after = replaceBetweenMarkers(before, table, readme);
  if (before === after) continue;
  if (values.check) {
    console.error(`${readme}: its figures table is not the one ${file ?? 'no results file'} gives`);
    stale += 1;
  } else {
    writeFileSync(at, after);
    console.error(
      `${readme}: table regenerated from ${file ? path.relative(root, file) : 'no results file'}`,
    );
  }
}
process.exitCode = stale > 0 ? 1 : 0;
