import { routes } from '../routes';

/** Pages of the building-permit feature: the resident's area and the office's back office. */
export const permitRoutes = {
  home: routes.permits,
  practice: (id: string) => `${routes.permits}/${encodeURIComponent(id)}`,
  queue: `${routes.backOffice}/pratiche`,
  staffPractice: (id: string) => `${routes.backOffice}/pratiche/${encodeURIComponent(id)}`,
} as const;
