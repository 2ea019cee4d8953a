import { routes } from '../routes';

/** Pages of the certificates feature, under the `Certificati` entry of the navigation. */
export const certificateRoutes = {
  home: routes.certificates,
  request: `${routes.certificates}/richiesta`,
  preview: `${routes.certificates}/anteprima`,
  /** Public: where the QR code of every certificate points. */
  verify: '/verifica',
  /** Public: where the code form lands, redirecting to `/verifica/{code}`. */
  verifySearch: '/verifica/cerca',
} as const;
