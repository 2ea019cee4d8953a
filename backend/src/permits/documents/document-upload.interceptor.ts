import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { permitsConfig } from '../../config/app.config.js';
import { BoundedFileInterceptor, type UploadedFileInMemory } from '../../storage/bounded-file.interceptor.js';
import { PermitErrors } from '../permit-errors.js';

export type UploadedDocumentFile = UploadedFileInMemory;

/** A practice document: the multipart field `file`, within `PERMITS_UPLOAD_MAX_BYTES`. */
@Injectable()
export class DocumentUploadInterceptor extends BoundedFileInterceptor {
  constructor(@Inject(permitsConfig.KEY) config: ConfigType<typeof permitsConfig>) {
    super({
      field: 'file',
      maxBytes: config.uploadMaxBytes,
      textFields: 5,
      tooLarge: (maxBytes) => PermitErrors.documentTooLarge(maxBytes),
    });
  }
}
