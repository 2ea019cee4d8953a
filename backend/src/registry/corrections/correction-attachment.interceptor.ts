import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { registryConfig } from '../../config/app.config.js';
import { RegistryErrors } from '../registry-errors.js';

/** Room for the multipart boundaries, headers and the text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** The evidence as multer's memory storage hands it over. */
export interface UploadedAttachment {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * Reads the optional multipart file `attachment` of a rettifica request into memory, within the configured size:
 * a declared length already too large is refused before the body is read, a lying one is cut by multer.
 */
@Injectable()
export class CorrectionAttachmentInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;
  private readonly maxBytes: number;

  constructor(@Inject(registryConfig.KEY) config: ConfigType<typeof registryConfig>) {
    this.maxBytes = config.attachmentMaxBytes;
    const Multer = FileInterceptor('attachment', {
      limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 8, parts: 9 },
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxBytes + MULTIPART_OVERHEAD) {
      throw RegistryErrors.attachmentTooLarge(this.maxBytes);
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw RegistryErrors.attachmentTooLarge(this.maxBytes);
      }
      throw error;
    }
  }
}
