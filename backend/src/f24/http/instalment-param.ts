import type { ImuInstalment } from '../domain/imu-f24-lines.js';

/** The instalment as the API and the taxpayer name it. */
export const INSTALMENT_NAMES = ['acconto', 'saldo', 'unica'] as const;
export type InstalmentName = (typeof INSTALMENT_NAMES)[number];

const TO_DOMAIN: Record<InstalmentName, ImuInstalment> = {
  acconto: 'first',
  saldo: 'balance',
  unica: 'single',
};

export function toDomainInstalment(name: InstalmentName): ImuInstalment {
  return TO_DOMAIN[name];
}

export function instalmentName(instalment: ImuInstalment): InstalmentName {
  return instalment === 'first' ? 'acconto' : instalment === 'balance' ? 'saldo' : 'unica';
}

/** "l'acconto", "il saldo", "l'unica soluzione": for sentences shown to the taxpayer. */
export function instalmentLabel(instalment: ImuInstalment): string {
  return instalment === 'first' ? "l'acconto" : instalment === 'balance' ? 'il saldo' : "l'unica soluzione";
}
