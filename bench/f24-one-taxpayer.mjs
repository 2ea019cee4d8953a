// IMU computation plus the F24 semplificato PDF for ONE taxpayer, in one process: p50 / p95 / p99 of the
// whole path a resident's "scarica F24" takes once the data are loaded (rules → F24 lines → form → PDF).
//
//   npm run build -w backend
//   node bench/f24-one-taxpayer.mjs [--iterations 1000] [--warmup 100]      (300 runs in the quick profile)
//
// The taxpayer owns half of a home with its garage (exempt), a flat let at agreed rent, half a warehouse D/1
// (State and comune lines), agricultural land and building land: six codes on the form. Prints figures only.
import { parseArgs } from 'node:util';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { importBackend } from './lib/stack.mjs';
import { percentile } from './lib/stats.mjs';

const { computeImuYear } = await importBackend('f24/domain/imu-calculator.js');
const { imuF24Lines } = await importBackend('f24/domain/imu-f24-lines.js');
const { legalBaseImuRates } = await importBackend('f24/domain/imu-legal-base-rates.js');
const { buildF24Semplificato } = await importBackend('f24/domain/f24-semplificato.js');
const { renderF24SemplificatoPdf } = await importBackend('f24/pdf/f24-semplificato-pdf.js');

const { values: options } = parseArgs({
  options: {
    iterations: { type: 'string', default: String(sized({ quick: 300, full: 1000 })) },
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

for (let i = 0; i < Number(options.warmup); i++) await once();
const timings = [];
let bytes = 0;
for (let i = 0; i < Number(options.iterations); i++) {
  const started = performance.now();
  bytes = (await once()).length;
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const note = `${timings.length} runs, PDF ${Math.round(bytes / 1024)} KiB, one process`;
report({
  bench: 'f24-one-taxpayer',
  metric: 'p95',
  value: percentile(timings, 95),
  unit: 'ms',
  p50: percentile(timings, 50),
  p99: percentile(timings, 99),
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  note,
});
report({
  bench: 'f24-one-taxpayer',
  metric: 'throughput',
  value: 1000 / (timings.reduce((sum, t) => sum + t, 0) / timings.length),
  unit: 'taxpayers/s',
  note: 'one core, sequential',
});
