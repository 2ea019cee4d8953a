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
import { DomainError } from '../common/errors/domain-error.js';

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
      if (error instanceof HttpException && error.getStatus() === HttpStatus.BAD_REQUEST) {
        throw uploadRefused(error.cause, this.options);
      }
      throw error;
    }
  }
}

/** What multer or busboy said, kept by Nest as the `cause` of its 400. */
interface MultipartFailure {
  code?: string;
  field?: string;
  message?: string;
}

/** Multer's and busboy's refusals as the portal's problems: which field, and why, in Italian. */
export function uploadRefused(cause: unknown, { field, textFields }: BoundedFileOptions): DomainError {
  const failure = (typeof cause === 'object' && cause !== null ? cause : {}) as MultipartFailure;
  const named = failure.field || undefined;
  const refuse = (code: string, detail: string) =>
    new DomainError({ code, status: 400, field: named ?? field, detail });
  switch (failure.code) {
    case 'LIMIT_UNEXPECTED_FILE':
    case 'LIMIT_FILE_COUNT':
      return refuse(
        'UPLOAD_UNEXPECTED_FILE',
        named && named !== field
          ? `Il campo «${named}» non accetta file: invia il documento nel campo «${field}».`
          : `Si può inviare un solo file per volta, nel campo «${field}».`,
      );
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
      return refuse(
        'UPLOAD_TOO_MANY_FIELDS',
        `Il modulo ha troppi campi: oltre al file «${field}» se ne accettano al più ${textFields}.`,
      );
    case 'LIMIT_FIELD_KEY':
    case 'LIMIT_FIELD_VALUE':
    case 'LIMIT_FIELD_NESTING':
    case 'LIMIT_FIELD_ARRAY_INDEX':
    case 'INVALID_FIELD_NAME':
    case 'MISSING_FIELD_NAME':
      return refuse(
        'UPLOAD_FIELD_INVALID',
        named
          ? `Il campo «${named}» del modulo ha un nome o un valore non valido o troppo lungo.`
          : 'Un campo del modulo non ha nome o ha un nome non valido.',
      );
    default:
      // Busboy: no boundary, a malformed part header, a body that ends before the form does.
      return refuse(
        'UPLOAD_MALFORMED',
        'Il modulo inviato è incompleto o non leggibile: riprova a caricare il file.',
      );
  }
}
