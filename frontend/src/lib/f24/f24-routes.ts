import { routes } from '../routes';

/** Pages of the IMU service (personal area, under "Pagamenti") and of the taxes office. */
export const f24Routes = {
  payments: routes.payments,
  imu: routes.imu,
  summary: `${routes.imu}/riepilogo`,
  form: `${routes.imu}/f24`,
  latePayment: `${routes.imu}/ravvedimento`,
  office: `${routes.backOffice}/tributi`,
  rates: `${routes.backOffice}/tributi/aliquote`,
  legalInterestRates: `${routes.backOffice}/tributi/tassi-legali`,
  properties: `${routes.backOffice}/tributi/immobili`,
  newProperty: `${routes.backOffice}/tributi/immobili/nuovo`,
  bulkJobs: `${routes.backOffice}/tributi/elaborazioni`,
} as const;
