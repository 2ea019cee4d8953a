import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/** Room for the multipart boundaries, headers and the text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** An uploaded file as multer's memory storage hands it over. */
export interface UploadedFileInMemory {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface BoundedFileOptions {
  /** The multipart field that carries the file. */
  field: string;
  maxBytes: number;
  /** How many text fields may come with the file. */
  textFields: number;
  /** The module's own error for a file over `maxBytes`. */
  tooLarge(maxBytes: number): Error;
}

/**
 * Reads one multipart file into memory within a size limit. A request whose declared length is already too
 * large is refused before its body is read; one that lies about its length is cut off by multer at the limit.
 * Modules extend it with their field, limit and error.
 */
export abstract class BoundedFileInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  protected constructor(private readonly options: BoundedFileOptions) {
    const Multer = FileInterceptor(options.field, {
      limits: {
        fileSize: options.maxBytes,
        files: 1,
        fields: options.textFields,
        parts: options.textFields + 1,
      },
      // Browsers send file names as UTF-8: «Relazione tecnica – verità.pdf» must not come out garbled.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const { maxBytes, tooLarge } = this.options;
    const request = context.switchToHttp().getRequest<Request>();
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes);
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw tooLarge(maxBytes);
      }
      throw error;
    }
  }
}
