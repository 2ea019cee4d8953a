// The result rows every benchmark prints and bench/run.mjs collects: one JSON object per stdout line.

const NUMERIC = ['value', 'target', 'bare', 'ratio', 'p50', 'p99', 'peakRssMiB'];

/**
 * Prints one figure as a JSON line on stdout (the runner ignores every other line).
 * `bare` is the same figure of the bare server in the same run and `ratio` the portal's value divided by it
 * (`ratioBetter`: `higher` for a throughput, the default; `lower` for a latency); `p50`/`p99` in ms;
 * `peakRssMiB` of the backend.
 */
export function report({
  bench,
  metric,
  value,
  unit,
  target,
  better,
  bare,
  ratio,
  ratioTarget,
  ratioBetter,
  p50,
  p99,
  peakRssMiB,
  note,
  notRun,
}) {
  const row = { bench, metric, value: notRun ? null : round(value), unit };
  if (notRun) row.notRun = notRun;
  if (target !== undefined) Object.assign(row, { target, better });
  for (const [key, number] of Object.entries({ bare, ratio, ratioTarget, p50, p99, peakRssMiB })) {
    if (number !== undefined && number !== null) row[key] = round(number);
  }
  if (row.ratio !== undefined) row.ratioBetter = ratioBetter ?? 'higher';
  if (note) row.note = note;
  const problem = invalid(row);
  if (problem) throw new Error(`bad result row (${problem}): ${JSON.stringify(row)}`);
  console.log(JSON.stringify(row));
  return row;
}

/** The row a stdout line carries, or null for any other line. */
export function parseReportLine(line) {
  const text = line.trim();
  if (!text.startsWith('{')) return null;
  try {
    const row = JSON.parse(text);
    return invalid(row) ? null : row;
  } catch {
    return null;
  }
}

/** Whether a row meets its target and its ratio target; undefined when it has neither; false when not run. */
export function meetsTarget(row) {
  if (row.notRun) return false;
  if (row.target === undefined && row.ratioTarget === undefined) return undefined;
  const value =
    row.target === undefined || (row.better === 'lower' ? row.value <= row.target : row.value >= row.target);
  const ratio =
    row.ratioTarget === undefined ||
    (row.ratioBetter === 'lower' ? row.ratio <= row.ratioTarget : row.ratio >= row.ratioTarget);
  return value && ratio;
}

function invalid(row) {
  if (typeof row !== 'object' || row === null) return 'not an object';
  for (const key of ['bench', 'metric', 'unit']) if (typeof row[key] !== 'string') return `${key} missing`;
  for (const key of NUMERIC) {
    if (key === 'value' && row.notRun !== undefined) continue;
    if (row[key] !== undefined && !Number.isFinite(row[key])) return `${key} not a finite number`;
  }
  if (row.notRun !== undefined) {
    return typeof row.notRun === 'string' && row.value === null
      ? null
      : 'notRun needs value null and a reason';
  }
  if (row.value === undefined) return 'value missing';
  if (row.target !== undefined && row.better !== 'higher' && row.better !== 'lower') return 'better missing';
  if (row.ratio !== undefined && row.ratioBetter !== 'higher' && row.ratioBetter !== 'lower') {
    return 'ratioBetter missing';
  }
  if (row.ratioTarget !== undefined && row.ratio === undefined) return 'ratioTarget without ratio';
  return null;
}

/** Three significant decimals at most: the table is for reading, not for re-computing. */
function round(number) {
  if (typeof number !== 'number') return number;
  const digits = Math.abs(number) >= 100 ? 1 : Math.abs(number) >= 1 ? 2 : 3;
  return Number(number.toFixed(digits));
}
