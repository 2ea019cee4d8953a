import type { Explanation } from '../domain/explanation.js';
import type { F24LineInput } from '../domain/f24-semplificato.js';
import type { ImuYearAssessment } from '../domain/imu-calculator.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import { euroString } from '../http/euro-json.js';
import { instalmentName } from '../http/instalment-param.js';
import type { HeldProperty } from '../persistence/imu-holdings.repository.js';
import type { ExplanationView, ImuYearView, InstalmentView } from './f24-views.js';

const explanationViews = (list: readonly Explanation[]): ExplanationView[] =>
  list.map(({ key, text }) => ({ key, text }));

/** The resident's IMU of a year: each property with its figures and their explanation, then the instalments. */
export function imuYearView(
  assessment: ImuYearAssessment,
  held: readonly HeldProperty[],
  linesOf: (instalment: ImuInstalment) => F24LineInput[],
  paymentIds: Partial<Record<string, string>> = {},
): ImuYearView {
  const byId = new Map(held.map((h) => [h.property.id, h]));
  const instalment = (which: ImuInstalment, dueDate: string): InstalmentView => {
    const lines = linesOf(which);
    const total = lines.reduce((sum, line) => sum + (line.debit ?? 0), 0);
    return {
      dueDate,
      lines: lines.map((line) => ({
        taxCode: line.taxCode,
        amount: euroString(line.debit ?? 0),
        deduction: euroString(line.deduction ?? 0),
        ...(line.propertiesCount ? { propertiesCount: line.propertiesCount } : {}),
      })),
      total: euroString(total),
      pdf: total > 0 ? `/api/f24/imu/${assessment.year}/${instalmentName(which)}.pdf` : null,
      paymentId: paymentIds[instalmentName(which)] ?? null,
    };
  };
  return {
    year: assessment.year,
    ratesLabel: assessment.ratesLabel,
    previousYearRatesLabel: assessment.previousYearRatesLabel,
    belowMinimum: assessment.belowMinimum,
    properties: assessment.properties.map((p) => {
      const property = byId.get(p.propertyId);
      const reference = property?.property.cadastralReference;
      return {
        id: p.propertyId,
        kind: property?.property.kind ?? 'building',
        cadastralCategory: property?.property.cadastralCategory ?? null,
        foglio: reference?.foglio ?? '',
        particella: reference?.particella ?? '',
        subalterno: reference?.subalterno ?? null,
        address: property?.address ?? null,
        base: euroString(p.taxableBaseCents),
        months: p.possessedMonths.length,
        possessedMonths: p.possessedMonths,
        annual: euroString(p.amounts.reduce((sum, a) => sum + a.annualCents, 0)),
        amounts: p.amounts.map((a) => ({
          taxCode: a.taxCode,
          annual: euroString(a.annualCents),
          acconto: euroString(a.firstInstalmentCents),
        })),
        explanation: explanationViews(p.explanations),
      };
    }),
    annual: assessment.lines.map((line) => ({
      taxCode: line.taxCode,
      amount: euroString(line.annualCents),
      deduction: euroString(line.deductionAnnualCents),
      propertiesCount: line.propertiesCount,
      explanation: explanationViews(line.explanations),
    })),
    acconto: instalment('first', assessment.dueDates.firstInstalment),
    saldo: instalment('balance', assessment.dueDates.balance),
    unica: instalment('single', assessment.dueDates.firstInstalment),
    overpaid: euroString(assessment.totals.overpaidCents),
    explanation: explanationViews(assessment.explanations),
  };
}
