'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef } from 'react';
import { PropertyDetails } from '../../../../components/f24/property-details';
import type { Dictionary } from '../../../../i18n/dictionary';
import { formatMessage } from '../../../../i18n/format-message';
import type { Locale } from '../../../../i18n/locale';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { type PropertySearchState, searchPropertiesAction } from '../actions';

/**
 * The search by owner and its results. The form posts to a server action, so the codice fiscale stays out of
 * the address; after a property is registered the owner arrives in the fragment (never sent to a server), is
 * searched at once and the fragment is cleared.
 */
export function PropertySearchForm({ t, locale }: { t: Dictionary['f24']; locale: Locale }) {
  const p = t.office.properties;
  const [state, action, pending] = useActionState<PropertySearchState, FormData>(searchPropertiesAction, {
    owner: '',
    found: null,
  });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const owner = new URLSearchParams(window.location.hash.slice(1)).get('proprietario');
    if (!owner || !form.current) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const data = new FormData();
    data.set('proprietario', owner);
    const input = form.current.elements.namedItem('proprietario');
    if (input instanceof HTMLInputElement) input.value = owner;
    startTransition(() => action(data));
  }, [action]);

  const { found, owner } = state;
  return (
    <>
      <search>
        <form
          ref={form}
          action={action}
          className="d-flex flex-wrap align-items-end gap-2 mt-5"
          aria-busy={pending}
        >
          <div className="form-group mb-0 flex-grow-1">
            <label htmlFor="proprietario" className="active">
              {p.searchLabel}
            </label>
            <input
              id="proprietario"
              name="proprietario"
              defaultValue={owner}
              className="form-control text-uppercase"
              autoComplete="off"
              maxLength={16}
              required
            />
          </div>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {p.search}
          </button>
          <Link className="btn btn-outline-primary" href={f24Routes.newProperty}>
            {p.newProperty}
          </Link>
        </form>
      </search>

      {found && 'refused' in found && (
        <div className="alert alert-danger mt-4" role="alert">
          {found.refused}
        </div>
      )}
      {found && !('refused' in found) && (
        <section className="mt-5" aria-labelledby="results-title">
          <h2 id="results-title" className="h4">
            {formatMessage(p.resultsTitle, { fiscalCode: owner })}
          </h2>
          {found.length === 0 ? (
            <p className="portal-empty">{p.none}</p>
          ) : (
            <ul className="list-unstyled row g-4">
              {found.map((property) => (
                <li key={property.id} className="col-12 col-lg-6">
                  <PropertyDetails property={property} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
