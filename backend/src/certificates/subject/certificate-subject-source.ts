import type { EntityManager } from 'typeorm';
import type { CertificateSubject, IsoDate } from '../domain/certificate-subject.js';

/** A person the requester may ask certificates for: themself or a member of their famiglia anagrafica. */
export interface RequestableSubject {
  personId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  /** Relationship to the household head as printed (`intestatario`, `moglie`, `figlio` ...); empty when none. */
  relationship: string;
  self: boolean;
}

/** A registry person as the certificates core needs it, with the identifiers the archive keeps. */
export interface SourcedSubject {
  personId: string;
  fiscalCode: string;
  subject: CertificateSubject;
}

/**
 * Where certificate subjects come from. The certificates module depends on this port only; the registry
 * adapter reads the anagrafe tables, tests and other deployments (ANPR) can provide their own.
 * Pass the transaction's manager so everything a certificate prints is read in its snapshot.
 */
export abstract class CertificateSubjectSource {
  /** The requester first, then the other members of their famiglia anagrafica on `asOf`; empty when unknown. */
  abstract listRequestable(
    requesterFiscalCode: string,
    asOf: IsoDate,
    manager?: EntityManager,
  ): Promise<RequestableSubject[]>;

  /**
   * The person as recorded on `asOf`, when it is the requester or a member of the requester's famiglia
   * anagrafica on that day; `null` otherwise, so that strangers and unknown ids look the same.
   */
  abstract findForRequester(
    requesterFiscalCode: string,
    personId: string,
    asOf: IsoDate,
    manager?: EntityManager,
  ): Promise<SourcedSubject | null>;
}
