import { registerAs } from '@nestjs/config';
import { buildConfiguration } from './configuration.js';

export const appConfig = registerAs('app', () => buildConfiguration().app);
export const databaseConfig = registerAs('database', () => buildConfiguration().database);
export const municipalityConfig = registerAs('municipality', () => buildConfiguration().municipality);
export const authConfig = registerAs('auth', () => buildConfiguration().auth);
export const mailConfig = registerAs('mail', () => buildConfiguration().mail);
export const certificatesConfig = registerAs('certificates', () => buildConfiguration().certificates);
export const permitsConfig = registerAs('permits', () => buildConfiguration().permits);
export const notificationsConfig = registerAs('notifications', () => buildConfiguration().notifications);
export const appIoConfig = registerAs('appIo', () => buildConfiguration().appIo);
export const registryConfig = registerAs('registry', () => buildConfiguration().registry);
export const demoConfig = registerAs('demo', () => buildConfiguration().demo);
export const f24Config = registerAs('f24', () => buildConfiguration().f24);
export const rateLimitConfig = registerAs('rateLimit', () => buildConfiguration().rateLimit);
export const appointmentsConfig = registerAs('appointments', () => buildConfiguration().appointments);
export const paymentsConfig = registerAs('payments', () => buildConfiguration().payments);
