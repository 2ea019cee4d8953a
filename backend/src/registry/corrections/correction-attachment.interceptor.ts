import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { registryConfig } from '../../config/app.config.js';
import { BoundedFileInterceptor, type UploadedFileInMemory } from '../../storage/bounded-file.interceptor.js';
import { RegistryErrors } from '../registry-errors.js';

export type UploadedAttachment = UploadedFileInMemory;

/** The optional evidence of a rettifica request: the multipart field `attachment`, within its size limit. */
@Injectable()
export class CorrectionAttachmentInterceptor extends BoundedFileInterceptor {
  constructor(@Inject(registryConfig.KEY) config: ConfigType<typeof registryConfig>) {
    super({
      field: 'attachment',
      maxBytes: config.attachmentMaxBytes,
      textFields: 8,
      tooLarge: (maxBytes) => RegistryErrors.attachmentTooLarge(maxBytes),
    });
  }
}
