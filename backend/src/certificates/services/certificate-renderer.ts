import { readFile } from 'node:fs/promises';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Piscina } from 'piscina';
import { appConfig, certificatesConfig } from '../../config/app.config.js';
import type { CertificateContent } from '../domain/certificate-content.js';
import { CertificateSealKeyring } from '../keys/certificate-seal-keyring.js';
import { exportSealKeyPem } from '../seal/seal-key.js';
import type { SealingWorkerData } from './certificate-sealing.worker.js';
import { type SealedCertificate, type SealingMaterials, sealCertificate } from './seal-certificate.js';

/**
 * Seals, renders and signs certificates. Layout and signing are CPU work (about 15 ms a certificate): on
 * worker threads they leave the event loop free for requests and use the other cores of the machine.
 * With `CERTIFICATES_RENDER_THREADS=0` they run on the event loop.
 */
@Injectable()
export class CertificateRenderer implements OnModuleInit, OnApplicationShutdown {
  private materials: SealingMaterials | undefined;
  private pool: Piscina | undefined;

  constructor(
    private readonly keyring: CertificateSealKeyring,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(certificatesConfig.KEY) private readonly config: ConfigType<typeof certificatesConfig>,
  ) {}

  async onModuleInit(): Promise<void> {
    const logo = this.config.logoFile ? await readFile(this.config.logoFile) : undefined;
    const { sealKey, pades } = this.keyring;
    this.materials = {
      sealKey,
      p12: pades.p12,
      passphrase: pades.passphrase,
      publicUrl: this.app.publicUrl,
      logo,
    };
    if (this.config.renderThreads === 0) return;
    const workerData: SealingWorkerData = {
      sealKeyPem: exportSealKeyPem(sealKey).privateKeyPem,
      p12: pades.p12,
      passphrase: pades.passphrase,
      publicUrl: this.app.publicUrl,
      logo,
    };
    this.pool = new Piscina({
      filename: new URL('./certificate-sealing.worker.js', import.meta.url).href,
      minThreads: this.config.renderThreads,
      maxThreads: this.config.renderThreads,
      workerData,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }

  async seal(content: CertificateContent): Promise<SealedCertificate> {
    if (!this.pool) return sealCertificate(content, this.materials!);
    const sealed = (await this.pool.run(content)) as SealedCertificate;
    // Structured cloning turns the worker's Buffer into a plain Uint8Array.
    return { ...sealed, pdf: Buffer.from(sealed.pdf.buffer, sealed.pdf.byteOffset, sealed.pdf.byteLength) };
  }
}
