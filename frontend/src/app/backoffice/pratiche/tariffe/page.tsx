import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForm } from '../../../../components/f24/office-form';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { FeeTariffFields } from '../../../../components/payments/fee-tariff-fields';
import { getI18n } from '../../../../i18n/get-i18n';
import { getFeeTariffs } from '../../../../lib/api/payments';
import { requireUser } from '../../../../lib/auth/require-user';
import { paymentRoutes } from '../../../../lib/payments/payment-routes';
import { permitRoutes } from '../../../../lib/permits/permit-routes';
import { saveFeeTariffsAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.payments.tariffs.title };
}

/**
 * The diritti di segreteria per practice type: legal data the SUE edits when the council changes them, never a
 * constant in the code. A practice gets the tariff of its type when the clerk charges it.
 */
export default async function FeeTariffsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, { t }, user] = await Promise.all([
    searchParams,
    getI18n(),
    requireUser(paymentRoutes.feeTariffs),
  ]);
  const r = t.payments.tariffs;
  if (!user.roles.includes('permits')) return <OfficeForbidden title={r.title} text={r.forbidden} />;
  const tariffs = await getFeeTariffs();

  return (
    <div className="container portal-page">
      <Link className="d-inline-block mb-3" href={permitRoutes.queue}>
        {t.permits.staff.back}
      </Link>
      <h1 className="mb-3">{r.title}</h1>
      <p className="lead">{r.lead}</p>
      {params.salvato === '1' && (
        <div className="alert alert-success" role="status">
          {r.saved}
        </div>
      )}
      <p id="tariff-amount-hint" className="small">
        {r.amountHint}
      </p>
      <OfficeForm
        action={saveFeeTariffsAction}
        labels={{ submit: r.save, pending: r.saving, refused: r.refused, field: t.f24.office.field }}
      >
        <FeeTariffFields tariffs={tariffs} types={t.permits.types} t={r} />
      </OfficeForm>
    </div>
  );
}
