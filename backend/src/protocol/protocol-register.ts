import type { EntityManager } from 'typeorm';

/** What a registration records (DPR 445/2000 art. 53: the mandatory elements of the protocol register). */
export interface ProtocolEntryRequest {
  /** `incoming` for filings (in entrata), `outgoing` for the comune's acts, `internal` between offices. */
  direction: 'incoming' | 'outgoing' | 'internal';
  subject: string;
  /** The organisational unit (UOR) the document is assigned to. */
  office: string;
  /** Sender (incoming) or recipient (outgoing): a name, never a codice fiscale. */
  correspondent: string;
  /** The portal resource the entry belongs to, for the office's search. */
  resource?: { type: string; id: string };
  registeredAt: Date;
}

export interface ProtocolRegistration {
  /** Sequential within the year, from 1, no gaps. */
  number: number;
  year: number;
  registeredAt: Date;
  /** How the number is printed: `0000042/2026`, seven digits then the year. */
  label: string;
}

export function protocolLabel(number: number, year: number): string {
  return `${String(number).padStart(7, '0')}/${year}`;
}

/**
 * The port of the protocol register. The built-in register (`LocalProtocolRegister`) keeps the numbers in the
 * portal's database inside the caller's transaction; the comune's own protocol system can take its place through
 * AgID's REST interoperability specification (see docs/sue-filing.md). `manager` is the caller's transaction:
 * a filing that rolls back must not keep its number.
 */
export abstract class ProtocolRegister {
  abstract register(entry: ProtocolEntryRequest, manager: EntityManager): Promise<ProtocolRegistration>;
}
