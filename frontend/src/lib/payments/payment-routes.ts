import { routes } from '../routes';

/** Pages of the payments feature: the resident's positions and the staff's view. */
export const paymentRoutes = {
  home: routes.payments,
  payment: (id: string) => `${routes.payments}/${encodeURIComponent(id)}`,
  staff: `${routes.backOffice}/pagamenti`,
  feeTariffs: `${routes.backOffice}/pratiche/tariffe`,
} as const;
