// IMU computation plus the F24 semplificato PDF for ONE taxpayer, in one process: p50 / p95 / p99 of the
// whole path a resident's "scarica F24" takes once the data are loaded (rules → F24 lines → form → PDF).
//
//   npm run build -w backend
//   node bench/f24-one-taxpayer.mjs [--iterations 1000] [--warmup 100]
//
// 300 runs with BENCH_PROFILE=quick (the runner's default). One JSON line per figure on stdout (bench/README.md).
//
// The taxpayer owns half of a home with its garage (exempt), a flat let at agreed rent, half a warehouse D/1
// (State and comune lines), agricultural land and building land: six codes on the form. Prints figures only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'backend/dist/backend/src/f24');
const modules = {
  calculator: path.join(dist, 'domain/imu-calculator.js'),
  lines: path.join(dist, 'domain/imu-f24-lines.js'),
  rates: path.join(dist, 'domain/imu-legal-base-rates.js'),
  form: path.join(dist, 'domain/f24-semplificato.js'),
  pdf: path.join(dist, 'pdf/f24-semplificato-pdf.js'),
};
for (const file of Object.values(modules)) {
  if (!existsSync(file)) {
    console.error(`Missing ${path.relative(root, file)}: run \`npm run build -w backend\` first.`);
    process.exit(1);
  }
}
const { computeImuYear } = await import(modules.calculator);
const { imuF24Lines } = await import(modules.lines);
const { legalBaseImuRates } = await import(modules.rates);
const { buildF24Semplificato } = await import(modules.form);
const { renderF24SemplificatoPdf } = await import(modules.pdf);

const { values: options } = parseArgs({
  options: {
    iterations: { type: 'string', default: process.env.BENCH_PROFILE === 'quick' ? '300' : '1000' },
    warmup: { type: 'string', default: '100' },
  },
});

const owner = 'RSSMRA75D21I914Y';
const spouse = 'BNCNNA78P43I914Z';
const building = (id, category, income, sub, reductions = {}) => ({
  id,
  kind: 'building',
  cadastralCategory: category,
  cadastralIncome: income,
  cadastralReference: { foglio: '12', particella: '345', subalterno: sub },
  reductions,
});
const properties = [
  building('home', 'A/2', 85_000, '1'),
  building('garage', 'C/6', 9_500, '2'),
  building('flat', 'A/3', 62_000, '7', { agreedRent: true }),
  building('warehouse', 'D/1', 310_000, '9'),
  {
    id: 'field',
    kind: 'land',
    dominicalIncome: 14_500,
    cadastralReference: { foglio: '30', particella: '77' },
  },
  {
    id: 'plot',
    kind: 'buildingLand',
    marketValue: 8_500_000,
    cadastralReference: { foglio: '31', particella: '12' },
  },
];
const held = (propertyId, ownerId, sharePercent, mainResidence = false) => ({
  propertyId,
  ownerId,
  sharePercent,
  from: '2012-05-10',
  mainResidence,
});
const ownerships = [
  held('home', owner, '50', true),
  held('home', spouse, '50', true),
  held('garage', owner, '50', true),
  held('garage', spouse, '50', true),
  held('flat', owner, '100'),
  held('warehouse', owner, '50'),
  held('field', owner, '100'),
  held('plot', owner, '100'),
];
const taxpayer = {
  fiscalCode: owner,
  familyName: 'ROSSI',
  givenName: 'MARIO',
  birthDate: '1975-04-21',
  sex: 'M',
  birthPlace: "SPINO D'ADDA",
  birthProvince: 'CR',
};

async function once() {
  const assessment = computeImuYear({
    ownerId: owner,
    year: 2025,
    properties,
    ownerships,
    rates: legalBaseImuRates(2025),
    previousYearRates: legalBaseImuRates(2024),
  });
  const lines = imuF24Lines(assessment, { instalment: 'first', entityCode: 'I914' });
  return renderF24SemplificatoPdf(buildF24Semplificato({ taxpayer, lines }));
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

for (let i = 0; i < Number(options.warmup); i++) await once();
const timings = [];
let bytes = 0;
for (let i = 0; i < Number(options.iterations); i++) {
  const started = performance.now();
  bytes = (await once()).length;
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
for (const p of [50, 95, 99]) {
  const value = Number(percentile(timings, p).toFixed(2));
  console.log(JSON.stringify({ bench: 'f24-one-taxpayer', metric: `p${p}`, value, unit: 'ms' }));
}
const format = (ms) => `${ms.toFixed(2)} ms`;
console.log(
  `IMU + F24 semplificato PDF, one taxpayer, ${timings.length} runs (PDF ${Math.round(bytes / 1024)} KiB):`,
);
console.log(
  `  p50 ${format(percentile(timings, 50))}  p95 ${format(percentile(timings, 95))}  p99 ${format(percentile(timings, 99))}`,
);
console.log(
  `  ${(1000 / (timings.reduce((sum, t) => sum + t, 0) / timings.length)).toFixed(0)} taxpayers/s on one core`,
);
