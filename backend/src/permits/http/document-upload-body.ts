import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';

/** OpenAPI description of the multipart upload of one document. */
export const ApiDocumentUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description:
              'PDF, JPEG or PNG (checked on the content), at most PERMITS_UPLOAD_MAX_BYTES (10 MB).',
          },
        },
      },
    }),
  );
