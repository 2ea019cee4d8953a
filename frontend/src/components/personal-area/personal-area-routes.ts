import { routes } from '../../lib/routes';

/** Pages of the personal area beyond the home, and the staff home. */
export const personalAreaRoutes = {
  home: routes.home,
  messages: '/messaggi',
  staffHome: routes.backOffice,
  registerPractice: `${routes.backOffice}/pratiche/nuova`,
} as const;
