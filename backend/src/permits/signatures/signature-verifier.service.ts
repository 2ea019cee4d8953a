import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type * as pkijs from 'pkijs';
import { Clock } from '../../common/italian/clock.js';
import { appConfig, permitsConfig } from '../../config/app.config.js';
import { loadTrustAnchors } from './signature-trust-list.js';
import { type VerifiedDocument, verifySignedDocument } from './verify-signed-document.js';

/** Verifies signed filings against the CAs of SIGNATURE_TRUSTED_CAS, read once at start. */
@Injectable()
export class SignatureVerifier {
  private readonly trustAnchors: pkijs.Certificate[];

  constructor(
    @Inject(permitsConfig.KEY) permits: ConfigType<typeof permitsConfig>,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    private readonly clock: Clock,
  ) {
    this.trustAnchors = loadTrustAnchors(permits.signatureTrustedCas, app.env === 'production');
  }

  verify(bytes: Buffer): Promise<VerifiedDocument> {
    return verifySignedDocument(bytes, { trustAnchors: this.trustAnchors, now: this.clock.now() });
  }
}
