import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { computeImuYear, type ImuComputationInput, type ImuTaxLine } from './imu-calculator.js';
import { legalBaseImuRates } from './imu-legal-base-rates.js';
import type { ImuRates, Ownership, Property } from './imu-types.js';

const OWNER = 'RSSMRA80A01I914N';
const OTHER = 'BNCLRA82B41I914X';
const THIRD = 'VRDGPP50C01I914L';

function building(
  id: string,
  category: string,
  renditaEuro: number,
  extra: Partial<Property> = {},
): Property {
  return {
    id,
    kind: 'building',
    cadastralCategory: category,
    cadastralIncome: renditaEuro * 100,
    cadastralReference: { foglio: '5', particella: '120', subalterno: id },
    ...extra,
  };
}

function owns(propertyId: string, extra: Partial<Ownership> = {}): Ownership {
  return {
    propertyId,
    ownerId: OWNER,
    sharePercent: '100',
    from: '2010-01-01',
    mainResidence: false,
    ...extra,
  };
}

function rates(year: number, overrides: Partial<ImuRates> = {}): ImuRates {
  return { ...legalBaseImuRates(year), ...overrides };
}

function compute(
  input: Partial<ImuComputationInput> & Pick<ImuComputationInput, 'properties' | 'ownerships'>,
) {
  return computeImuYear({
    ownerId: OWNER,
    year: 2025,
    rates: rates(2025),
    previousYearRates: rates(2024),
    ...input,
  });
}

function line(result: ReturnType<typeof compute>, taxCode: string): ImuTaxLine {
  const found = result.lines.find((l) => l.taxCode === taxCode);
  if (!found) throw new Error(`no line ${taxCode} in ${result.lines.map((l) => l.taxCode).join(',')}`);
  return found;
}

function expectDomainError(fn: () => unknown, code: string, field?: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    if (field !== undefined) expect((error as DomainError).field).toBe(field);
    return;
  }
  throw new Error(`expected DomainError ${code}`);
}

describe('computeImuYear', () => {
  describe('taxable base by category (c. 745-746)', () => {
    // Rendita € 1.000,00 × 1,05 × multiplier.
    it.each([
      ['A/2', 16800000],
      ['A/11', 16800000],
      ['C/2', 16800000],
      ['C/6', 16800000],
      ['C/7', 16800000],
      ['B/1', 14700000],
      ['C/3', 14700000],
      ['C/4', 14700000],
      ['C/5', 14700000],
      ['A/10', 8400000],
      ['D/5', 8400000],
      ['D/1', 6825000],
      ['D/8', 6825000],
      ['C/1', 5775000],
    ])('should apply the multiplier of %s to the revalued rendita', (category, baseCents) => {
      const result = compute({ properties: [building('p', category, 1000)], ownerships: [owns('p')] });
      expect(result.properties[0].taxableBaseCents).toBe(baseCents);
    });

    it('should value agricultural land at reddito dominicale × 1,25 × 135', () => {
      const land: Property = {
        id: 't',
        kind: 'land',
        dominicalIncome: 10000,
        cadastralReference: { foglio: '9', particella: '33' },
      };
      const result = compute({ properties: [land], ownerships: [owns('t')] });
      expect(result.properties[0].taxableBaseCents).toBe(1687500);
      // 16.875,00 × 0,76% = 128,25
      expect(line(result, '3914').annualCents).toBe(12825);
    });

    it('should value building land at its market value and tax it with code 3916', () => {
      const area: Property = {
        id: 'a',
        kind: 'buildingLand',
        marketValue: 5000000,
        cadastralReference: { foglio: '9', particella: '34' },
      };
      const result = compute({ properties: [area], ownerships: [owns('a')] });
      expect(result.properties[0].taxableBaseCents).toBe(5000000);
      expect(line(result, '3916').annualCents).toBe(43000);
    });

    it('should not tax F and E categories as buildings', () => {
      const result = compute({
        properties: [building('f', 'F/2', 0), building('e', 'E/1', 500)],
        ownerships: [owns('f'), owns('e')],
      });
      expect(result.lines).toEqual([]);
      expect(result.properties[0].explanations[0].key).toBe('imu.base.notTaxable');
    });
  });

  describe('a second home (other buildings, code 3918)', () => {
    it('should compute annual tax, acconto and saldo with euro rounding per line', () => {
      // 168.000,00 × 0,86% = 1.444,80; first semester 722,40.
      const result = compute({ properties: [building('p', 'A/2', 1000)], ownerships: [owns('p')] });
      const l = line(result, '3918');
      expect(l.annualCents).toBe(144480);
      expect(l.firstInstalmentCents).toBe(72240);
      expect(l.firstInstalmentDueCents).toBe(72200);
      expect(l.singlePaymentDueCents).toBe(144500);
      expect(l.balanceDueCents).toBe(72300);
      expect(l.propertiesCount).toBe(1);
      expect(result.totals).toEqual({
        annualCents: 144480,
        firstInstalmentDueCents: 72200,
        balanceDueCents: 72300,
        singlePaymentDueCents: 144500,
        overpaidCents: 0,
      });
      expect(result.dueDates).toEqual({ firstInstalment: '2025-06-16', balance: '2025-12-16' });
    });

    it('should explain base, months, rate and rounding in Italian', () => {
      const result = compute({ properties: [building('p', 'A/2', 1000)], ownerships: [owns('p')] });
      const texts = result.properties[0].explanations.map((e) => e.text).join('\n');
      expect(texts).toContain('rendita catastale € 1.000,00 × 1,05');
      expect(texts).toContain('× 160 (moltiplicatore della categoria A/2) = € 168.000,00');
      expect(texts).toContain('Mesi di possesso nel 2025: 12 (gennaio-dicembre)');
      expect(texts).toContain('aliquota 0,86% × 12/12 × quota 100% = € 1.444,80');
      const lineTexts = line(result, '3918')
        .explanations.map((e) => e.text)
        .join('\n');
      expect(lineTexts).toContain("€ 722,40 arrotondato all'euro € 722,00");
      expect(lineTexts).toContain("meno l'acconto € 722,00 = € 723,00");
    });

    it('should use the previous year rates for the acconto and the current ones for the saldo', () => {
      // 2024: 0,76% → acconto 168.000 × 0,76% / 2 = 638,40; 2025: 1,06% → annual 1.780,80.
      const result = compute({
        properties: [building('p', 'A/2', 1000)],
        ownerships: [owns('p')],
        rates: rates(2025, { otherBuildings: '1.06' }),
        previousYearRates: rates(2024, { otherBuildings: '0.76' }),
      });
      const l = line(result, '3918');
      expect(l.firstInstalmentCents).toBe(63840);
      expect(l.firstInstalmentDueCents).toBe(63800);
      expect(l.annualCents).toBe(178080);
      expect(l.singlePaymentDueCents).toBe(178100);
      expect(l.balanceDueCents).toBe(114300);
    });

    it('should report an overpaid acconto instead of a negative saldo when rates went down', () => {
      const result = compute({
        properties: [building('p', 'A/2', 1000)],
        ownerships: [owns('p')],
        rates: rates(2025, { otherBuildings: '0.46' }),
        previousYearRates: rates(2024, { otherBuildings: '1.06' }),
      });
      const l = line(result, '3918');
      expect(l.firstInstalmentDueCents).toBe(89000);
      expect(l.singlePaymentDueCents).toBe(77300);
      expect(l.balanceDueCents).toBe(0);
      expect(l.overpaidCents).toBe(11700);
    });

    it('should tax only the months of possession after a purchase, with the share of the buyer', () => {
      // Bought 50% on 16 April 2025: April (15/30 days, acquirer) to December = 9 months.
      const result = compute({
        properties: [building('p', 'A/2', 1000)],
        ownerships: [owns('p', { from: '2025-04-16', sharePercent: '50' })],
      });
      expect(result.properties[0].possessedMonths).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
      // 1.444,80 × 9/12 × 50% = 541,80; acconto April-June: 1.444,80 × 3/12 × 50% = 180,60.
      const l = line(result, '3918');
      expect(l.annualCents).toBe(54180);
      expect(l.firstInstalmentCents).toBe(18060);
    });

    it('should apply the share of each part of the year when the share changes', () => {
      const result = compute({
        properties: [building('p', 'A/2', 1000)],
        ownerships: [
          owns('p', { from: '2010-01-01', to: '2025-06-30', sharePercent: '50' }),
          owns('p', { from: '2025-07-01', sharePercent: '100' }),
        ],
      });
      // 1.444,80 × (6/12 × 50% + 6/12 × 100%) = 1.083,60
      expect(line(result, '3918').annualCents).toBe(108360);
    });
  });

  describe('main residence (c. 740-741, 748-749)', () => {
    it('should exempt a main residence not in A/1, A/8, A/9 with one appurtenance of each category', () => {
      const result = compute({
        properties: [
          building('home', 'A/2', 800),
          building('garage', 'C/6', 100),
          building('cellar', 'C/2', 50),
        ],
        ownerships: [
          owns('home', { mainResidence: true }),
          owns('garage', { mainResidence: true }),
          owns('cellar', { mainResidence: true }),
        ],
      });
      expect(result.lines).toEqual([]);
      expect(result.totals.singlePaymentDueCents).toBe(0);
      expect(result.properties.find((p) => p.propertyId === 'garage')?.months[0].appurtenance).toBe(
        'appurtenance',
      );
    });

    it('should tax a second appurtenance of the same category as another building, keeping the higher rendita exempt', () => {
      const result = compute({
        properties: [
          building('home', 'A/2', 800),
          building('garage1', 'C/6', 100),
          building('garage2', 'C/6', 150),
        ],
        ownerships: [
          owns('home', { mainResidence: true }),
          owns('garage1', { mainResidence: true }),
          owns('garage2', { mainResidence: true }),
        ],
      });
      // garage1: 100 × 1,05 × 160 = 16.800,00 × 0,86% = 144,48
      const l = line(result, '3918');
      expect(l.annualCents).toBe(14448);
      expect(l.propertiesCount).toBe(1);
      const garage1 = result.properties.find((p) => p.propertyId === 'garage1');
      expect(garage1?.months[0].appurtenance).toBe('appurtenanceBeyondLimit');
      expect(garage1?.explanations.map((e) => e.text).join(' ')).toContain('pertinenza oltre la prima');
    });

    it('should tax an appurtenance when the owner has no main-residence dwelling', () => {
      const result = compute({
        properties: [building('garage', 'C/6', 100)],
        ownerships: [owns('garage', { mainResidence: true })],
      });
      expect(line(result, '3918').annualCents).toBe(14448);
      expect(result.properties[0].months[0].appurtenance).toBe('appurtenanceWithoutMainDwelling');
    });

    it('should exempt only the months of main residence after moving in', () => {
      // Lives in the A/3 from 1 July 2025: January-June taxed as other building.
      const result = compute({
        properties: [building('home', 'A/3', 1000)],
        ownerships: [
          owns('home', { to: '2025-06-30', mainResidence: false }),
          owns('home', { from: '2025-07-01', mainResidence: true }),
        ],
      });
      const l = line(result, '3918');
      expect(l.annualCents).toBe(72240);
      expect(l.firstInstalmentCents).toBe(72240);
      expect(l.balanceDueCents).toBe(0);
    });

    it('should tax an A/1 main residence at its own rate with the deduction split equally among resident co-owners', () => {
      // A/1 rendita 2.000 → base 336.000,00. Owners 70% and 30%, both living there.
      // Owner 70%: 336.000 × 0,6% × 70% = 1.411,20 − 100,00 = 1.311,20.
      // Acconto at 2024 rate 0,5%: 336.000 × 0,5% × 6/12 × 70% = 588,00 − 50,00 = 538,00.
      const properties = [building('villa', 'A/1', 2000)];
      const ownerships = [
        owns('villa', { sharePercent: '70', mainResidence: true }),
        owns('villa', { ownerId: OTHER, sharePercent: '30', mainResidence: true }),
      ];
      const r = { rates: rates(2025, { mainResidence: '0.6' }), previousYearRates: rates(2024) };
      const mine = compute({ properties, ownerships, ...r });
      const l = line(mine, '3912');
      expect(l.grossAnnualCents).toBe(141120);
      expect(l.deductionAnnualCents).toBe(10000);
      expect(l.annualCents).toBe(131120);
      expect(l.deductionFirstInstalmentCents).toBe(5000);
      expect(l.firstInstalmentCents).toBe(53800);
      expect(l.firstInstalmentDueCents).toBe(53800);
      expect(l.balanceDueCents).toBe(77300);
      expect(l.explanations.map((e) => e.text).join(' ')).toContain('÷ 2 contitolari che vi dimorano');

      // Owner 30%: 604,80 − 100,00 = 504,80 → 505; acconto 252,00 − 50,00 = 202,00.
      const theirs = computeImuYear({ ownerId: OTHER, year: 2025, properties, ownerships, ...r });
      const t = line(theirs, '3912');
      expect(t.annualCents).toBe(50480);
      expect(t.firstInstalmentDueCents).toBe(20200);
      expect(t.balanceDueCents).toBe(30300);
    });

    it('should give the whole deduction to the only resident co-owner and tax the others as other buildings', () => {
      const properties = [building('villa', 'A/8', 2000)];
      const ownerships = [
        owns('villa', { sharePercent: '50', mainResidence: true }),
        owns('villa', { ownerId: THIRD, sharePercent: '50', mainResidence: false }),
      ];
      const mine = compute({ properties, ownerships });
      // 336.000 × 0,5% × 50% = 840,00 − 200,00 = 640,00
      expect(line(mine, '3912').annualCents).toBe(64000);
      const theirs = computeImuYear({
        ownerId: THIRD,
        year: 2025,
        properties,
        ownerships,
        rates: rates(2025),
        previousYearRates: rates(2024),
      });
      // 336.000 × 0,86% × 50% = 1.444,80
      expect(line(theirs, '3918').annualCents).toBe(144480);
    });

    it('should scale the deduction to the months of main residence and cap it at the tax', () => {
      // A/9 rendita 100 → base 16.800,00 × 0,5% = 84,00 a year; resident from 1 July: 42,00;
      // deduction 200 × 6/12 = 100,00 capped at 42,00.
      const result = compute({
        properties: [building('castle', 'A/9', 100)],
        ownerships: [
          owns('castle', { to: '2025-06-30' }),
          owns('castle', { from: '2025-07-01', mainResidence: true }),
        ],
      });
      const l = line(result, '3912');
      expect(l.grossAnnualCents).toBe(4200);
      expect(l.deductionAnnualCents).toBe(4200);
      expect(l.annualCents).toBe(0);
      expect(l.deductionFirstInstalmentCents).toBe(0);
      // January-June as other building: 16.800 × 0,86% × 6/12 = 72,24.
      expect(line(result, '3918').annualCents).toBe(7224);
    });

    it('should let the deduction of an A/1 absorb the tax of its appurtenance on code 3912', () => {
      // A/1 rendita 200 → 33.600 × 0,5% = 168,00; C/6 rendita 100 → 16.800 × 0,5% = 84,00; total 252,00 − 200,00.
      const result = compute({
        properties: [building('villa', 'A/1', 200), building('garage', 'C/6', 100)],
        ownerships: [owns('villa', { mainResidence: true }), owns('garage', { mainResidence: true })],
      });
      const l = line(result, '3912');
      expect(l.grossAnnualCents).toBe(25200);
      expect(l.annualCents).toBe(5200);
      expect(l.propertiesCount).toBe(2);
    });
  });

  describe('group D (c. 753) and rural buildings (c. 750)', () => {
    it('should split a group D building between the State share (3925) and the comune share (3930)', () => {
      // D/1 rendita 10.000 → 682.500,00. 2025 at 1,06%: State 0,76% = 5.187,00, comune 0,30% = 2.047,50.
      // Acconto at 2024 0,86%: State 2.593,50, comune 341,25.
      const result = compute({
        properties: [building('plant', 'D/1', 10000)],
        ownerships: [owns('plant')],
        rates: rates(2025, { groupD: '1.06' }),
      });
      const state = line(result, '3925');
      const comune = line(result, '3930');
      expect(state.annualCents).toBe(518700);
      expect(state.firstInstalmentCents).toBe(259350);
      expect(state.firstInstalmentDueCents).toBe(259400);
      expect(state.balanceDueCents).toBe(259300);
      expect(comune.annualCents).toBe(204750);
      expect(comune.singlePaymentDueCents).toBe(204800);
      expect(comune.firstInstalmentDueCents).toBe(34100);
      expect(comune.balanceDueCents).toBe(170700);
    });

    it('should send all of a group D rate of 0,76% to the State', () => {
      const result = compute({
        properties: [building('plant', 'D/7', 10000)],
        ownerships: [owns('plant')],
        rates: rates(2025, { groupD: '0.76' }),
        previousYearRates: rates(2024, { groupD: '0.76' }),
      });
      expect(result.lines.map((l) => l.taxCode)).toEqual(['3925']);
    });

    it('should tax a rural instrumental D/10 with code 3913 at its own rate, all to the comune', () => {
      // D/10 rendita 1.000 → 68.250,00 × 0,1% = 68,25
      const result = compute({
        properties: [building('barn', 'D/10', 1000, { ruralInstrumental: true })],
        ownerships: [owns('barn')],
      });
      expect(result.lines.map((l) => l.taxCode)).toEqual(['3913']);
      expect(line(result, '3913').annualCents).toBe(6825);
    });

    it('should treat a D/10 as rural instrumental even without the flag', () => {
      const result = compute({ properties: [building('barn', 'D/10', 1000)], ownerships: [owns('barn')] });
      expect(result.lines.map((l) => l.taxCode)).toEqual(['3913']);
    });
  });

  describe('reductions (c. 747, 760)', () => {
    const base = { properties: [building('p', 'A/2', 1000)], ownerships: [owns('p')] };

    it('should halve the base of a historic building', () => {
      const result = compute({
        ...base,
        properties: [building('p', 'A/2', 1000, { reductions: { historic: true } })],
      });
      expect(line(result, '3918').annualCents).toBe(72240);
    });

    it('should halve the base only in the months the building is uninhabitable', () => {
      // Uninhabitable 10 March - 20 August: March (22 days) to August (20 days) = 6 months.
      // Annual 1.444,80 × (6/12 × 50% + 6/12) = 1.083,60; acconto 1.444,80 × (2/12 + 4/12 × 50%) = 481,60.
      const result = compute({
        ...base,
        properties: [
          building('p', 'A/2', 1000, {
            reductions: { uninhabitable: { from: '2025-03-10', to: '2025-08-20' } },
          }),
        ],
      });
      const l = line(result, '3918');
      expect(l.annualCents).toBe(108360);
      expect(l.firstInstalmentCents).toBe(48160);
      expect(
        result.properties[0].months.filter((m) => m.baseReductions.includes('uninhabitable')).length,
      ).toBe(6);
    });

    it('should halve the base of a dwelling lent free to a child', () => {
      const result = compute({
        ...base,
        properties: [building('p', 'A/2', 1000, { reductions: { freeLoanToRelative: true } })],
      });
      expect(line(result, '3918').annualCents).toBe(72240);
    });

    it('should combine historic and free-loan reductions to a quarter of the base', () => {
      const result = compute({
        ...base,
        properties: [
          building('p', 'A/2', 1000, { reductions: { historic: true, freeLoanToRelative: true } }),
        ],
      });
      expect(line(result, '3918').annualCents).toBe(36120);
    });

    it('should cut the tax to 75% for an agreed-rent lease', () => {
      const result = compute({
        ...base,
        properties: [building('p', 'A/2', 1000, { reductions: { agreedRent: true } })],
      });
      expect(line(result, '3918').annualCents).toBe(108360);
      expect(result.properties[0].explanations.map((e) => e.text).join(' ')).toContain('canone concordato');
    });
  });

  describe('rounding per line and minimum amount', () => {
    const area = (marketValue: number): Property => ({
      id: `area-${marketValue}`,
      kind: 'buildingLand',
      marketValue,
      cadastralReference: { foglio: '1', particella: String(marketValue) },
    });
    const onePercent = {
      rates: rates(2025, { buildingLand: '1', land: '1' }),
      previousYearRates: rates(2024, { buildingLand: '1', land: '1' }),
    };

    it('should round 100,49 down and 100,50 up', () => {
      const down = compute({
        properties: [area(1004900)],
        ownerships: [owns('area-1004900')],
        ...onePercent,
      });
      expect(line(down, '3916').annualCents).toBe(10049);
      expect(line(down, '3916').singlePaymentDueCents).toBe(10000);
      const up = compute({ properties: [area(1005000)], ownerships: [owns('area-1005000')], ...onePercent });
      expect(line(up, '3916').singlePaymentDueCents).toBe(10100);
      // Acconto 50,25 → 50; saldo = 101 − 50 = 51.
      expect(line(up, '3916').firstInstalmentDueCents).toBe(5000);
      expect(line(up, '3916').balanceDueCents).toBe(5100);
    });

    it('should round each codice tributo on its own, not the total', () => {
      // Land: 8,00 × 1,25 × 135 = 1.350,00 × 1% = 13,50 → 14; area 100,50 → 101: 115, not round(114,00).
      const land: Property = {
        id: 't',
        kind: 'land',
        dominicalIncome: 800,
        cadastralReference: { foglio: '2', particella: '3' },
      };
      const result = compute({
        properties: [land, area(1005000)],
        ownerships: [owns('t'), owns('area-1005000')],
        ...onePercent,
      });
      expect(result.totals.annualCents).toBe(11400);
      expect(result.totals.singlePaymentDueCents).toBe(11500);
    });

    it('should ask nothing when the annual total is below the minimum of € 12', () => {
      // Land: 1.350,00 × 0,76% = 10,26.
      const land: Property = {
        id: 't',
        kind: 'land',
        dominicalIncome: 800,
        cadastralReference: { foglio: '2', particella: '3' },
      };
      const result = compute({ properties: [land], ownerships: [owns('t')] });
      expect(result.belowMinimum).toBe(true);
      expect(line(result, '3914').annualCents).toBe(1026);
      expect(result.totals.singlePaymentDueCents).toBe(0);
      expect(result.totals.firstInstalmentDueCents).toBe(0);
      expect(result.explanations.map((e) => e.key)).toContain('imu.minimum.notDue');
    });

    it('should ask the tax when the annual total equals the minimum', () => {
      const result = compute({
        properties: [area(120000)],
        ownerships: [owns('area-120000')],
        ...onePercent,
      });
      expect(result.belowMinimum).toBe(false);
      expect(result.totals.singlePaymentDueCents).toBe(1200);
    });

    it('should apply a minimum set by the comune', () => {
      const result = compute({
        properties: [area(1004900)],
        ownerships: [owns('area-1004900')],
        rates: rates(2025, { buildingLand: '1', minimumAmount: 20000 }),
        previousYearRates: onePercent.previousYearRates,
      });
      expect(result.belowMinimum).toBe(true);
    });
  });

  describe('input validation', () => {
    it('should refuse rates of another year', () => {
      expectDomainError(
        () => compute({ properties: [], ownerships: [], previousYearRates: rates(2023) }),
        'IMU_RATES_YEAR_MISMATCH',
        'previousYearRates.year',
      );
    });

    it('should refuse an unknown category before computing', () => {
      expectDomainError(
        () => compute({ properties: [building('p', 'A/12', 1000)], ownerships: [owns('p')] }),
        'UNKNOWN_CADASTRAL_CATEGORY',
        'properties.0.cadastralCategory',
      );
    });

    it('should ignore properties the taxpayer does not hold', () => {
      const result = compute({
        properties: [building('p', 'A/2', 1000), building('q', 'A/2', 1000)],
        ownerships: [owns('p'), owns('q', { ownerId: OTHER })],
      });
      expect(result.properties.map((p) => p.propertyId)).toEqual(['p']);
    });
  });
});
