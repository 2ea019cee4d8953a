import type { F24LineInput } from './f24-semplificato.js';
import type { ImuYearAssessment } from './imu-calculator.js';
import type { LateSettlement } from './late-settlement.js';

export type ImuInstalment = 'first' | 'balance' | 'single';

export interface ImuF24Options {
  instalment: ImuInstalment;
  /** Cadastral code of the comune: 'I914' for Spino d'Adda. */
  entityCode: string;
  /** Tick "immobili variati": some property changed in a way that requires the IMU declaration. */
  propertiesChanged?: boolean;
}

function flags(instalment: ImuInstalment): { acconto: boolean; saldo: boolean } {
  // A single payment of the whole year ticks both boxes.
  return { acconto: instalment !== 'balance', saldo: instalment !== 'first' };
}

/** The F24 lines (section EL) that pay one instalment of an IMU assessment; lines of € 0 are left out. */
export function imuF24Lines(assessment: ImuYearAssessment, options: ImuF24Options): F24LineInput[] {
  return assessment.lines
    .map((line): F24LineInput => {
      const debit =
        options.instalment === 'first'
          ? line.firstInstalmentDueCents
          : options.instalment === 'balance'
            ? line.balanceDueCents
            : line.singlePaymentDueCents;
      const deduction =
        options.instalment === 'first'
          ? line.deductionFirstInstalmentCents
          : options.instalment === 'balance'
            ? Math.max(0, line.deductionAnnualCents - line.deductionFirstInstalmentCents)
            : line.deductionAnnualCents;
      return {
        section: 'EL',
        taxCode: line.taxCode,
        entityCode: options.entityCode,
        ravv: false,
        propertiesChanged: options.propertiesChanged ?? false,
        ...flags(options.instalment),
        propertiesCount: line.propertiesCount,
        year: assessment.year,
        ...(deduction > 0 ? { deduction } : {}),
        debit,
      };
    })
    .filter((line) => (line.debit ?? 0) > 0);
}

export interface LateSettlementF24Options extends ImuF24Options {
  /** Year the tax refers to (anno di riferimento). */
  year: number;
  /** Properties per codice tributo, from the assessment of the instalment. */
  propertiesCount?: Readonly<Record<string, number>>;
}

/** The F24 lines of a ravvedimento: one per codice tributo, tax + penalty + interest, "Ravv." ticked. */
export function lateSettlementF24Lines(
  settlement: LateSettlement,
  options: LateSettlementF24Options,
): F24LineInput[] {
  return settlement.lines.map((line) => ({
    section: 'EL',
    taxCode: line.taxCode,
    entityCode: options.entityCode,
    ravv: true,
    propertiesChanged: options.propertiesChanged ?? false,
    ...flags(options.instalment),
    ...(options.propertiesCount?.[line.taxCode]
      ? { propertiesCount: options.propertiesCount[line.taxCode] }
      : {}),
    year: options.year,
    debit: line.totalCents,
  }));
}
