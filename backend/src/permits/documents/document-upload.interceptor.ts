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
import { permitsConfig } from '../../config/app.config.js';
import { PermitErrors } from '../permit-errors.js';

/** Room for the multipart boundaries and headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** The uploaded file as multer's memory storage hands it over. */
export interface UploadedDocumentFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * Reads one file from the multipart field `file` into memory, within the configured size. A request whose
 * declared length is already too large is refused before its body is read; one that lies about its length
 * is cut off by multer at the limit.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;
  private readonly maxBytes: number;

  constructor(@Inject(permitsConfig.KEY) config: ConfigType<typeof permitsConfig>) {
    this.maxBytes = config.uploadMaxBytes;
    const Multer = FileInterceptor('file', {
      limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5, parts: 6 },
      // Browsers send file names as UTF-8: «Relazione tecnica – verità.pdf» must not come out garbled.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxBytes + MULTIPART_OVERHEAD) {
      throw PermitErrors.documentTooLarge(this.maxBytes);
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw PermitErrors.documentTooLarge(this.maxBytes);
      }
      throw error;
    }
  }
}
