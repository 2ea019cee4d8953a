// The figures table of the READMEs, generated from a results file (bench/report.mjs), never typed by hand.
import path from 'node:path';

export const BEGIN = '<!-- bench:begin -->';
export const END = '<!-- bench:end -->';

const number = (value) =>
  value === undefined || value === null ? '' : value.toLocaleString('en', { maximumFractionDigits: 3 });
const cell = (text) => String(text).replaceAll('|', '\\|');

function target(row) {
  const parts = [];
  if (row.target !== undefined) parts.push(`${row.better === 'lower' ? '≤' : '≥'} ${number(row.target)}`);
  if (row.ratioTarget !== undefined) {
    parts.push(`${row.ratioBetter === 'lower' ? '≤' : '≥'} ${number(row.ratioTarget)}× bare`);
  }
  return parts.join(', ');
}

function verdict(row) {
  if (row.notRun) return '**not run**';
  if (row.pass === undefined) return '';
  return row.pass ? 'ok' : '**missed**';
}

/**
 * The Markdown between the bench markers: where and when the figures were measured, then one line per row.
 * `results` is a parsed results file (null when none is committed yet), `file` its path.
 */
export function renderResultsTable(results, file) {
  if (!results) {
    return [
      '_Not yet measured with the new harness: no results file is committed under `bench/results/`._',
      '_Run `npm run bench -- --json` on a quiet machine, commit the file it writes, then `node bench/report.mjs`._',
    ].join('\n');
  }
  const { machine, git, loadAverage } = results;
  const lines = [
    `Measured ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${results.profile} profile, commit ` +
      `\`${git.shortCommit}\`${git.dirty ? ' (with changes not committed)' : ''}, on ${machine.cores} × ` +
      `${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ` +
      `${loadAverage.before.join(' / ')} before, ${loadAverage.after.join(' / ')} after. ` +
      `Generated from \`bench/results/${path.basename(file)}\` by \`node bench/report.mjs\`.`,
    '',
  ];
  const header = [
    'benchmark',
    'metric',
    'value',
    'target',
    'bare',
    '×bare',
    'p50 ms',
    'p99 ms',
    'peak RSS',
    '',
    'note',
  ];
  const rightAligned = [false, false, true, false, true, true, true, true, true, false, false];
  const body = results.rows.map((row) =>
    [
      row.bench,
      row.metric,
      row.notRun ? `not run: ${row.notRun}` : `${number(row.value)} ${row.unit}`,
      target(row),
      number(row.bare),
      number(row.ratio),
      number(row.p50),
      number(row.p99),
      row.peakRssMiB === undefined ? '' : `${Math.round(row.peakRssMiB)} MiB`,
      verdict(row),
      row.note ?? '',
    ].map(cell),
  );
  for (const failed of results.failed ?? []) {
    body.push([cell(failed), 'FAILED', '', '', '', '', '', '', '', '**failed**', "see the run's output"]);
  }
  // Padded as the repository's Markdown formatter (Biome) writes tables, so `npm run check` accepts the output.
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...body.map((cells) => cells[column].length)),
  );
  const line = (cells) =>
    `| ${cells
      .map((text, column) =>
        rightAligned[column] ? text.padStart(widths[column]) : text.padEnd(widths[column]),
      )
      .join(' | ')} |`;
  lines.push(line(header));
  lines.push(
    `| ${widths
      .map((width, column) => (rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
      .join(' | ')} |`,
  );
  for (const cells of body) lines.push(line(cells));
  return lines.join('\n');
}

/** Where the markers are: each alone on its line (prose may quote them); null when either is missing. */
export function markerPositions(text) {
  const begin = new RegExp(`^${BEGIN}$`, 'm').exec(text);
  const end = new RegExp(`^${END}$`, 'm').exec(text);
  if (!begin || !end || end.index < begin.index) return null;
  return { contentStart: begin.index + BEGIN.length, contentEnd: end.index };
}

/** What lies between the markers, trimmed. */
export function betweenMarkers(text) {
  const at = markerPositions(text);
  return at ? text.slice(at.contentStart, at.contentEnd).trim() : null;
}

/** `text` with what lies between the markers replaced by `table`; throws when the markers are missing. */
export function replaceBetweenMarkers(text, table, label) {
  const at = markerPositions(text);
  if (!at) throw new Error(`${label}: no ${BEGIN} … ${END} markers, each alone on its line`);
  return `${text.slice(0, at.contentStart)}\n${table}\n${text.slice(at.contentEnd)}`;
}
