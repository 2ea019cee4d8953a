import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { PRACTICE_TYPES, type QueueFilters } from '../../lib/api/permits';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { PRACTICE_STATES } from '../../lib/permits/practice-states';

/** The queue's filters as a plain GET form: they live in the address, so a filtered queue can be bookmarked. */
export function QueueFiltersForm({ filters, t }: { filters: QueueFilters; t: Dictionary['permits'] }) {
  const s = t.staff;
  return (
    <form
      method="get"
      action={permitRoutes.queue}
      aria-label={s.filters}
      className="row g-3 align-items-end mt-2"
    >
      <div className="col-12 col-md-6 col-lg-3">
        <label className="form-label d-block" htmlFor="filter-state">
          {s.state}
        </label>
        <select id="filter-state" name="state" className="form-select" defaultValue={filters.state ?? ''}>
          <option value="">{s.anyState}</option>
          {PRACTICE_STATES.map((state) => (
            <option value={state} key={state}>
              {t.states[state]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-6 col-lg-3">
        <label className="form-label d-block" htmlFor="filter-type">
          {s.type}
        </label>
        <select id="filter-type" name="type" className="form-select" defaultValue={filters.type ?? ''}>
          <option value="">{s.anyType}</option>
          {PRACTICE_TYPES.map((type) => (
            <option value={type} key={type}>
              {t.types[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-6 col-lg-2">
        <label className="form-label d-block" htmlFor="filter-officer">
          {s.officer}
        </label>
        <select
          id="filter-officer"
          name="officer"
          className="form-select"
          defaultValue={filters.officer ?? ''}
        >
          <option value="">{s.officerAny}</option>
          <option value="me">{s.officerMe}</option>
          <option value="none">{s.officerNone}</option>
        </select>
      </div>
      <div className="col-12 col-md-6 col-lg-4">
        <label className="form-label d-block" htmlFor="filter-q">
          {s.text}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          className="form-control"
          defaultValue={filters.q ?? ''}
          maxLength={100}
        />
      </div>
      <div className="col-12 col-md-6">
        <div className="form-check">
          <input
            id="filter-overdue"
            name="overdue"
            type="checkbox"
            value="true"
            className="form-check-input"
            defaultChecked={filters.overdue === true}
          />
          <label className="form-check-label" htmlFor="filter-overdue">
            {s.overdueOnly}
          </label>
        </div>
      </div>
      <div className="col-12 col-md-6 d-flex gap-3 justify-content-md-end">
        <Link className="btn btn-outline-primary" href={permitRoutes.queue}>
          {s.reset}
        </Link>
        <button type="submit" className="btn btn-primary">
          {s.apply}
        </button>
      </div>
    </form>
  );
}
