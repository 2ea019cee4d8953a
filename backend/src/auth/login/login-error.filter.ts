import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-error.js';
import { appConfig } from '../../config/app.config.js';

/**
 * The callback is a browser navigation coming back from the OP: a failure there is shown as the
 * portal's Italian error page (`/errore-accesso?code=...`), never as JSON. Nobody is logged in.
 */
@Catch()
export class LoginErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Login');

  constructor(@Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const code = exception instanceof DomainError ? exception.code : 'LOGIN_FAILED';
    this.logger.warn(
      `SPID/CIE login refused: ${code}: ${exception instanceof Error ? exception.message : exception}`,
    );
    response.redirect(303, `${this.app.publicUrl}/errore-accesso?code=${encodeURIComponent(code)}`);
  }
}
