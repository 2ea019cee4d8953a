import type { Metadata } from 'next';
import { OfficeForbidden } from '../../../components/layout/office-forbidden';
import { ReconciliationReportView } from '../../../components/payments/reconciliation-report';
import { StaffPaymentFiltersForm } from '../../../components/payments/staff-payment-filters';
import { StaffPaymentTable } from '../../../components/payments/staff-payment-table';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import {
  getReconciliation,
  getStaffPayments,
  type ReconciliationReport,
  type StaffPaymentPage,
} from '../../../lib/api/payments';
import { requireUser } from '../../../lib/auth/require-user';
import { paymentRoutes } from '../../../lib/payments/payment-routes';
import { readStaffPaymentFilters, staffPaymentQuery } from '../../../lib/payments/staff-payment-query';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.payments.staff.title };
}

/** The roles whose offices have payments (each sees its own kinds; admin sees all). */
const PAYMENT_ROLES = ['registry', 'permits', 'taxes', 'admin'];

/** A part of the page that cannot be loaded says so instead of failing the whole page. */
async function orNull<T>(read: Promise<T>, what: string): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`${what} unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/** Payments of the clerk's offices with filters and totals, and the reconciliation report with pagoPA. */
export default async function StaffPaymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, { locale, t }, user] = await Promise.all([
    searchParams,
    getI18n(),
    requireUser(paymentRoutes.staff),
  ]);
  const s = t.payments.staff;
  if (!user.roles.some((role) => PAYMENT_ROLES.includes(role))) {
    return <OfficeForbidden title={s.title} text={s.forbidden} />;
  }
  const filters = readStaffPaymentFilters(params);
  const [result, report]: [StaffPaymentPage | null, ReconciliationReport | null] = await Promise.all([
    orNull(getStaffPayments(filters), 'Staff payments'),
    orNull(getReconciliation(), 'Reconciliation report'),
  ]);

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{s.eyebrow}</p>
      <h1 className="mb-3">{s.title}</h1>
      <p className="lead">{s.lead}</p>
      <section aria-labelledby="staff-payments-title">
        <h2 id="staff-payments-title" className="visually-hidden">
          {s.tableCaption}
        </h2>
        <StaffPaymentFiltersForm filters={filters} t={t.payments} />
        {result === null ? (
          <div className="alert alert-warning mt-3" role="alert">
            {s.unavailable}
          </div>
        ) : (
          <StaffPaymentTable
            result={result}
            query={staffPaymentQuery(filters)}
            t={t.payments}
            locale={locale}
          />
        )}
      </section>
      <ReconciliationReportView report={report} t={t.payments} locale={locale} />
    </div>
  );
}
