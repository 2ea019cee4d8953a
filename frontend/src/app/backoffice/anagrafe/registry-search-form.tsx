'use client';

import { useActionState } from 'react';
import { PersonSearchResults } from '../../../components/registry/person-search-results';
import { RegistryProblem } from '../../../components/registry/registry-problem';
import type { Dictionary } from '../../../i18n/dictionary';
import type { Locale } from '../../../i18n/locale';
import type { PersonSearchKind } from '../../../lib/api/registry';
import { type RegistrySearchState, searchRegistryAction } from './actions';

const KINDS: readonly PersonSearchKind[] = ['fiscal_code', 'name', 'address'];

/**
 * The search form and its results. The form posts to a server action, so the terms stay out of the address;
 * without JavaScript the browser posts it and the answer is the page with the results.
 */
export function RegistrySearchForm({
  t,
  locale,
}: {
  t: Dictionary['registry']['office']['search'];
  locale: Locale;
}) {
  const [state, action, pending] = useActionState<RegistrySearchState, FormData>(searchRegistryAction, {
    q: '',
    results: null,
  });
  return (
    <>
      <search>
        <form action={action} className="row g-3 align-items-end" aria-busy={pending}>
          <div className="col-12 col-md-7">
            <label className="form-label d-block" htmlFor="registry-q">
              {t.label}
            </label>
            <input
              id="registry-q"
              name="q"
              className="form-control"
              defaultValue={state.q}
              minLength={2}
              maxLength={100}
              required
              autoComplete="off"
              aria-describedby="registry-q-help"
            />
          </div>
          <div className="col-12 col-md-3">
            <label className="form-label d-block" htmlFor="registry-by">
              {t.by}
            </label>
            <select id="registry-by" name="by" className="form-select" defaultValue={state.by ?? ''}>
              <option value="">{t.kinds.auto}</option>
              {KINDS.map((kind) => (
                <option value={kind} key={kind}>
                  {t.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-2">
            <button type="submit" className="btn btn-primary w-100" disabled={pending}>
              {t.submit}
            </button>
          </div>
          <p id="registry-q-help" className="form-text col-12 mt-1">
            {t.help}
          </p>
        </form>
      </search>
      {state.results &&
        (state.results.ok ? (
          <PersonSearchResults
            page={state.results.data}
            q={state.q}
            by={state.by}
            pageAction={action}
            t={t}
            locale={locale}
          />
        ) : (
          <RegistryProblem problem={state.results.problem} />
        ))}
    </>
  );
}
