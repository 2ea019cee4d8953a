import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForm } from '../../../../../components/f24/office-form';
import { PropertyDataFieldset } from '../../../../../components/f24/property-data-fieldset';
import { PropertyOwnerFieldset } from '../../../../../components/f24/property-owner-fieldset';
import { PropertyReductionsFieldset } from '../../../../../components/f24/property-reductions-fieldset';
import { OfficeForbidden } from '../../../../../components/layout/office-forbidden';
import { getI18n } from '../../../../../i18n/get-i18n';
import { f24Routes } from '../../../../../lib/f24/f24-routes';
import { OWNER_ROWS } from '../../../../../lib/f24/office-forms';
import { taxesOfficeUser } from '../../../../../lib/f24/taxes-office';
import { createPropertyAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.newProperty.title };
}

/** A new property with its owners, or new owners of a registered one; every check is the backend's. */
export default async function NewPropertyPage() {
  const [{ t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.newProperty)]);
  const n = t.f24.office.newProperty;
  if (!allowed) return <OfficeForbidden title={n.title} text={t.f24.office.forbidden} />;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{n.title}</h1>
      <p className="lead">{n.lead}</p>
      <OfficeForm
        action={createPropertyAction}
        labels={{ submit: n.save, pending: n.saving, refused: n.refused, field: t.f24.office.field }}
      >
        <PropertyDataFieldset t={t.f24} />
        {OWNER_ROWS.map((row, index) => (
          <PropertyOwnerFieldset key={row} row={row} index={index} t={n} />
        ))}
        <PropertyReductionsFieldset t={n} />
      </OfficeForm>
      <p className="mt-4">
        <Link href={f24Routes.properties}>{t.f24.office.properties.title}</Link>
      </p>
    </div>
  );
}
