import type { PropertyKind, PropertyReductions } from '../../f24/domain/imu-types.js';
import { addDays, type IsoDate, toDayNumber } from '../../f24/domain/iso-date.js';
import { DemoRandom } from '../demo-random.js';
import { DEMO_STREET_REGISTER } from '../registry/demo-street-register.js';

export interface DemoHousehold {
  headFiscalCode: string;
  /** The other adult members, the head's spouse or partner first. */
  memberFiscalCodes: string[];
  /** The household's registered address, the home most households own. */
  address: string;
}

export interface DemoPropertyRow {
  id: string;
  kind: PropertyKind;
  cadastralCategory: string | null;
  cadastralIncomeCents: number | null;
  dominicalIncomeCents: number | null;
  marketValueCents: number | null;
  foglio: string;
  particella: string;
  subalterno: string | null;
  address: string | null;
  reductions: PropertyReductions;
}

export interface DemoOwnershipRow {
  propertyId: string;
  ownerFiscalCode: string;
  sharePercent: string;
  from: IsoDate;
  to: IsoDate | null;
  mainResidence: boolean;
}

export interface DemoProperties {
  properties: DemoPropertyRow[];
  ownerships: DemoOwnershipRow[];
}

/** Map sheets (fogli) of the demo comune: units are spread over them. */
const SHEETS = 38;

/**
 * Properties for a demo population, deterministic for a seed and a day: most households own their home
 * (spouses 50/50, often with a garage as its appurtenance), some own more (a let flat, sometimes at agreed
 * rent, agricultural land, a shop, a building plot, a warehouse, a share of an inherited house, a flat sold
 * last year), a few live in an A/1 or A/8. The first household (put the demo login's there) always owns
 * its home with a garage, a let flat and land, so the demo shows every part of the computation.
 */
export function generateDemoProperties(options: {
  seed: number;
  today: IsoDate;
  households: readonly DemoHousehold[];
}): DemoProperties {
  const dice = new DemoRandom(options.seed);
  const today = toDayNumber(options.today);
  const thisYear = Number(options.today.slice(0, 4));
  const properties: DemoPropertyRow[] = [];
  const ownerships: DemoOwnershipRow[] = [];
  let buildingSites = 0;
  let landParcels = 0;

  const euro = (min: number, max: number) => dice.int(min, max) * 100 + dice.int(0, 99);
  const pastDay = (minDaysAgo: number, maxDaysAgo: number): IsoDate =>
    addDays(options.today, -dice.int(minDaysAgo, maxDaysAgo));
  const streetAddress = () => {
    const street = dice.pick(DEMO_STREET_REGISTER);
    return `${street.toponym} ${street.name} ${dice.int(1, street.maxCivic)}`;
  };
  const newSite = () => {
    buildingSites++;
    return {
      foglio: String(1 + (buildingSites % SHEETS)),
      particella: String(100 + Math.floor(buildingSites / SHEETS)),
    };
  };
  const newParcel = () => {
    landParcels++;
    return {
      foglio: String(1 + (landParcels % SHEETS)),
      particella: String(1000 + Math.floor(landParcels / SHEETS)),
    };
  };
  const add = (
    property: Omit<DemoPropertyRow, 'id' | 'reductions'> & { reductions?: PropertyReductions },
    owners: readonly string[],
    held: { from: IsoDate; to?: IsoDate; mainResidence?: boolean; share?: string },
  ) => {
    const id = dice.uuid();
    properties.push({ ...property, id, reductions: property.reductions ?? {} });
    const share = held.share ?? (owners.length === 2 ? '50' : '100');
    for (const owner of owners) {
      ownerships.push({
        propertyId: id,
        ownerFiscalCode: owner,
        sharePercent: share,
        from: held.from,
        to: held.to ?? null,
        mainResidence: held.mainResidence ?? false,
      });
    }
  };
  const building = (
    category: string,
    income: number,
    site: { foglio: string; particella: string },
    sub: string,
    address: string | null,
  ) => ({
    kind: 'building' as const,
    cadastralCategory: category,
    cadastralIncomeCents: income,
    dominicalIncomeCents: null,
    marketValueCents: null,
    ...site,
    subalterno: sub,
    address,
  });

  for (const [index, household] of options.households.entries()) {
    const showcase = index === 0;
    const spouse = household.memberFiscalCodes[0];
    const couple =
      spouse && dice.chance(0.85) ? [household.headFiscalCode, spouse] : [household.headFiscalCode];
    const head = [household.headFiscalCode];

    if (dice.chance(0.72) || showcase) {
      const bought = pastDay(400, Math.max(400, today - toDayNumber('1980-01-01')));
      const site = newSite();
      const [category, income] = dice.chance(0.015)
        ? [dice.chance(0.8) ? 'A/8' : 'A/1', euro(1_800, 4_500)]
        : dice.pick([
            ['A/2', euro(450, 1_100)],
            ['A/2', euro(450, 1_100)],
            ['A/3', euro(300, 750)],
            ['A/3', euro(300, 750)],
            ['A/7', euro(700, 1_500)],
          ] as const);
      add(building(category, income, site, '1', household.address), couple, {
        from: bought,
        mainResidence: true,
      });
      if (dice.chance(0.6) || showcase) {
        add(building('C/6', euro(45, 160), site, '2', household.address), couple, {
          from: bought,
          mainResidence: true,
        });
      }
    }
    if (dice.chance(0.14) || showcase) {
      const agreedRent = dice.chance(0.35);
      const uninhabitable = !agreedRent && dice.chance(0.07);
      add(
        {
          ...building(dice.chance(0.6) ? 'A/2' : 'A/3', euro(350, 900), newSite(), '1', streetAddress()),
          ...(agreedRent ? { reductions: { agreedRent: true } } : {}),
          ...(uninhabitable ? { reductions: { uninhabitable: { from: pastDay(200, 900) } } } : {}),
        },
        couple,
        { from: pastDay(200, 9_000) },
      );
    }
    if (dice.chance(0.07) || showcase) {
      add(
        {
          kind: 'land',
          cadastralCategory: null,
          cadastralIncomeCents: null,
          dominicalIncomeCents: euro(15, 350),
          marketValueCents: null,
          ...newParcel(),
          subalterno: null,
          address: null,
        },
        head,
        { from: pastDay(200, 12_000) },
      );
    }
    if (dice.chance(0.03)) {
      add(building('C/1', euro(700, 3_200), newSite(), '1', streetAddress()), head, {
        from: pastDay(200, 8_000),
      });
    }
    if (dice.chance(0.01)) {
      add(
        {
          kind: 'buildingLand',
          cadastralCategory: null,
          cadastralIncomeCents: null,
          dominicalIncomeCents: null,
          marketValueCents: euro(25_000, 220_000),
          ...newParcel(),
          subalterno: null,
          address: null,
        },
        head,
        { from: pastDay(200, 6_000) },
      );
    }
    if (dice.chance(0.006)) {
      add(
        building(dice.pick(['D/7', 'D/8', 'D/1']), euro(2_500, 9_000), newSite(), '1', 'Via delle Industrie'),
        head,
        {
          from: pastDay(200, 7_000),
        },
      );
    }
    if (dice.chance(0.03)) {
      // A third of a parent's house, inherited with two siblings who live elsewhere.
      add(building('A/4', euro(250, 600), newSite(), '1', streetAddress()), head, {
        from: pastDay(200, 5_000),
        share: '33.333333',
      });
    }
    if (dice.chance(0.02)) {
      // Sold during last year: taxed for the months held.
      const sold = `${thisYear - 1}-${String(dice.int(2, 11)).padStart(2, '0')}-${String(dice.int(1, 28)).padStart(2, '0')}`;
      add(building('A/2', euro(400, 900), newSite(), '1', streetAddress()), couple, {
        from: addDays(sold, -dice.int(1_000, 8_000)),
        to: sold,
      });
    }
  }
  return { properties, ownerships };
}
