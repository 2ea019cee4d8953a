import type { MigrationInterface } from 'typeorm';
import { Foundation1764140000000 } from './1764140000000-foundation.js';
import { Auth1764140100000 } from './1764140100000-auth.js';
import { Permits1764141000000 } from './1764141000000-permits.js';
import { Registry1764142000000 } from './1764142000000-registry.js';
import { Certificates1764143000000 } from './1764143000000-certificates.js';
import { F24Imu1764143600000 } from './1764143600000-f24.js';
import { PersonalArea1764145000000 } from './1764145000000-personal-area.js';
import { ImuLegalData1765000200000 } from './1765000200000-imu-legal-data.js';
import { Payments1766100000000 } from './1766100000000-payments.js';
import { AppIo1766200000000 } from './1766200000000-app-io.js';
import { RegistrySource1766300000000 } from './1766300000000-registry-source.js';
import { ServiceFeedback1766400000000 } from './1766400000000-service-feedback.js';
import { Appointments1766500000000 } from './1766500000000-appointments.js';
import { SueFiling1766600000000 } from './1766600000000-sue-filing.js';
import { RequestProtocol1766700000000 } from './1766700000000-request-protocol.js';
import { PartyRegistryNames1766800000000 } from './1766800000000-party-registry-names.js';
import { SueEndOfWorks1767000000000 } from './1767000000000-sue-end-of-works.js';
import { PracticeDocumentSigner1767000100000 } from './1767000100000-practice-document-signer.js';
import { PermitQueueIndexes1767100000000 } from './1767100000000-permit-queue-indexes.js';
import { CertificatePdfStorage1767200000000 } from './1767200000000-certificate-pdf-storage.js';
import { PermitSearchIndexFastupdate1767300000000 } from './1767300000000-permit-search-index-fastupdate.js';
import { SessionChangeNotifications1767400000000 } from './1767400000000-session-change-notifications.js';
import { PermitQueueSearchCovering1767500000000 } from './1767500000000-permit-queue-search-covering.js';

/** Every migration, in order. A new migration is appended here. */
export const migrations: (new () => MigrationInterface)[] = [
  Foundation1764140000000,
  Auth1764140100000,
  Permits1764141000000,
  Registry1764142000000,
  Certificates1764143000000,
  F24Imu1764143600000,
  PersonalArea1764145000000,
  ImuLegalData1765000200000,
  Payments1766100000000,
  AppIo1766200000000,
  RegistrySource1766300000000,
  ServiceFeedback1766400000000,
  Appointments1766500000000,
  SueFiling1766600000000,
  RequestProtocol1766700000000,
  PartyRegistryNames1766800000000,
  SueEndOfWorks1767000000000,
  PracticeDocumentSigner1767000100000,
  PermitQueueIndexes1767100000000,
  CertificatePdfStorage1767200000000,
  PermitSearchIndexFastupdate1767300000000,
  SessionChangeNotifications1767400000000,
  PermitQueueSearchCovering1767500000000,
];
