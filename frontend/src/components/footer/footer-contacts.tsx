import type { Dictionary } from '../../i18n/dictionary';
import type { Municipality } from '../../lib/api/municipality';

/** The comune's address, phone, e-mail and PEC; the phone link keeps only what a dialler understands. */
export function FooterContacts({
  contacts,
  t,
}: {
  contacts: Municipality['contacts'] | undefined;
  t: Dictionary['footer'];
}) {
  if (!contacts) return <p>{t.contactsUnavailable}</p>;
  return (
    <dl className="portal-footer-contacts">
      <dt>{t.address}</dt>
      <dd>{contacts.address}</dd>
      <dt>{t.phone}</dt>
      <dd>
        <a href={`tel:${contacts.phone.replace(/[^+\d]/g, '')}`}>{contacts.phone}</a>
      </dd>
      <dt>{t.email}</dt>
      <dd>
        <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
      </dd>
      <dt>{t.pec}</dt>
      <dd>
        <a href={`mailto:${contacts.pec}`}>{contacts.pec}</a>
      </dd>
    </dl>
  );
}
