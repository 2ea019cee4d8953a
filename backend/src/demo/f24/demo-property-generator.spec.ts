import { describe, expect, it } from 'vitest';
import { computeImuYear } from '../../f24/domain/imu-calculator.js';
import { legalBaseImuRates } from '../../f24/domain/imu-legal-base-rates.js';
import type { Ownership, Property } from '../../f24/domain/imu-types.js';
import { validateOwnerships, validateProperty } from '../../f24/domain/imu-validation.js';
import { type DemoHousehold, generateDemoProperties } from './demo-property-generator.js';

const households: DemoHousehold[] = Array.from({ length: 2_000 }, (_, i) => ({
  headFiscalCode: `HEAD${String(i).padStart(12, '0')}`,
  memberFiscalCodes: i % 3 === 0 ? [] : [`MATE${String(i).padStart(12, '0')}`],
  address: `Via Milano ${(i % 120) + 1}`,
}));
const options = { seed: 42, today: '2025-05-20', households };

function toDomain(generated: ReturnType<typeof generateDemoProperties>): {
  properties: Property[];
  ownerships: Ownership[];
} {
  return {
    properties: generated.properties.map((p) => ({
      id: p.id,
      kind: p.kind,
      ...(p.cadastralCategory ? { cadastralCategory: p.cadastralCategory } : {}),
      ...(p.cadastralIncomeCents !== null ? { cadastralIncome: p.cadastralIncomeCents } : {}),
      ...(p.dominicalIncomeCents !== null ? { dominicalIncome: p.dominicalIncomeCents } : {}),
      ...(p.marketValueCents !== null ? { marketValue: p.marketValueCents } : {}),
      cadastralReference: {
        foglio: p.foglio,
        particella: p.particella,
        ...(p.subalterno ? { subalterno: p.subalterno } : {}),
      },
      reductions: p.reductions,
    })),
    ownerships: generated.ownerships.map((o) => ({
      propertyId: o.propertyId,
      ownerId: o.ownerFiscalCode,
      sharePercent: o.sharePercent,
      from: o.from,
      ...(o.to ? { to: o.to } : {}),
      mainResidence: o.mainResidence,
    })),
  };
}

describe('generateDemoProperties', () => {
  it('should give the same properties for the same seed and day, and others for another seed', () => {
    expect(generateDemoProperties(options)).toEqual(generateDemoProperties(options));
    expect(generateDemoProperties({ ...options, seed: 43 }).properties[0].id).not.toBe(
      generateDemoProperties(options).properties[0].id,
    );
  });

  it('should let most households own their home, spouses 50/50, often with a garage', () => {
    const { properties, ownerships } = generateDemoProperties(options);
    const homes = ownerships.filter((o) => o.mainResidence && o.ownerFiscalCode.startsWith('HEAD'));
    const homeIds = new Set(homes.map((o) => o.propertyId));
    const dwellings = properties.filter((p) => homeIds.has(p.id) && p.cadastralCategory !== 'C/6');
    const garages = properties.filter((p) => homeIds.has(p.id) && p.cadastralCategory === 'C/6');
    expect(dwellings.length / households.length).toBeGreaterThan(0.65);
    expect(dwellings.length / households.length).toBeLessThan(0.8);
    expect(garages.length / dwellings.length).toBeGreaterThan(0.5);
    expect(ownerships.some((o) => o.mainResidence && o.sharePercent === '50')).toBe(true);
    expect(dwellings.some((p) => p.cadastralCategory === 'A/8' || p.cadastralCategory === 'A/1')).toBe(true);
    for (const category of ['C/1', 'A/4']) {
      expect(
        properties.some((p) => p.cadastralCategory === category),
        category,
      ).toBe(true);
    }
    for (const kind of ['land', 'buildingLand'] as const) {
      expect(
        properties.some((p) => p.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(properties.some((p) => p.reductions.agreedRent)).toBe(true);
  });

  it('should give the first household, the demo login’s, a home, a garage, a let flat and land', () => {
    const { properties, ownerships } = generateDemoProperties({ ...options, seed: 7 });
    const head = households[0].headFiscalCode;
    const held = new Map(ownerships.filter((o) => o.ownerFiscalCode === head).map((o) => [o.propertyId, o]));
    const mine = properties.filter((p) => held.has(p.id));
    expect(mine.some((p) => p.cadastralCategory === 'C/6' && held.get(p.id)?.mainResidence)).toBe(true);
    expect(
      mine.some(
        (p) => p.kind === 'building' && p.cadastralCategory !== 'C/6' && held.get(p.id)?.mainResidence,
      ),
    ).toBe(true);
    expect(mine.some((p) => p.kind === 'building' && !held.get(p.id)?.mainResidence)).toBe(true);
    expect(mine.some((p) => p.kind === 'land')).toBe(true);
  });

  it('should produce data the IMU rules accept, with unique cadastral references', () => {
    const generated = generateDemoProperties(options);
    const { properties, ownerships } = toDomain(generated);
    for (const property of properties) validateProperty(property);
    expect(() => validateOwnerships(ownerships, properties)).not.toThrow();
    const references = generated.properties.map(
      (p) => `${p.kind === 'building'}|${p.foglio}|${p.particella}|${p.subalterno}`,
    );
    expect(new Set(references).size).toBe(references.length);
    const owner = households[1].headFiscalCode;
    const assessment = computeImuYear({
      ownerId: owner,
      year: 2025,
      properties,
      ownerships,
      rates: legalBaseImuRates(2025),
      previousYearRates: legalBaseImuRates(2024),
    });
    expect(assessment.ownerId).toBe(owner);
  });
});
