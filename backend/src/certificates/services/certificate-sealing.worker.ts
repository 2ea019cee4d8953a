import { workerData } from 'node:worker_threads';
import type { CertificateContent } from '../domain/certificate-content.js';
import { loadSealKeyFromPem } from '../seal/seal-key.js';
import { type SealedCertificate, type SealingMaterials, sealCertificate } from './seal-certificate.js';

/** Handed to each worker once, at start: keys travel as PEM and bytes, not as objects. */
export interface SealingWorkerData {
  sealKeyPem: string;
  p12: Uint8Array;
  passphrase: string;
  publicUrl: string;
  logo?: Uint8Array;
}

const data = workerData as SealingWorkerData;
const materials: SealingMaterials = {
  sealKey: loadSealKeyFromPem(data.sealKeyPem),
  // One Buffer for the worker's life: the PAdES signer opened from it is cached per Buffer.
  p12: Buffer.from(data.p12),
  passphrase: data.passphrase,
  publicUrl: data.publicUrl,
  logo: data.logo ? Buffer.from(data.logo) : undefined,
};

/** A piscina task: one certificate sealed, rendered and signed off the event loop. */
export default function seal(content: CertificateContent): Promise<SealedCertificate> {
  return sealCertificate(content, materials);
}
