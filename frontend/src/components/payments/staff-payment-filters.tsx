import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { StaffPaymentFilters } from '../../lib/api/payments';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { OFFICES, PAYMENT_KINDS, PAYMENT_STATUSES } from '../../lib/payments/staff-payment-query';

function Choice({
  id,
  label,
  value,
  options,
  any,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  any: string;
}) {
  return (
    <div className="col-12 col-md-4">
      <label className="form-label d-block" htmlFor={`filter-${id}`}>
        {label}
      </label>
      <select id={`filter-${id}`} name={id} className="form-select" defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filters as a plain GET form: they live in the address, so a filtered list can be bookmarked. */
export function StaffPaymentFiltersForm({
  filters,
  t,
}: {
  filters: StaffPaymentFilters;
  t: Dictionary['payments'];
}) {
  const s = t.staff;
  return (
    <form
      method="get"
      action={paymentRoutes.staff}
      aria-label={s.filters}
      className="row g-3 align-items-end"
    >
      <Choice
        id="office"
        label={s.office}
        value={filters.office}
        options={OFFICES.map((office) => [office, s.offices[office]])}
        any={s.any}
      />
      <Choice
        id="kind"
        label={s.kind}
        value={filters.kind}
        options={PAYMENT_KINDS.map((kind) => [kind, t.kinds[kind]])}
        any={s.any}
      />
      <Choice
        id="status"
        label={s.status}
        value={filters.status}
        options={PAYMENT_STATUSES.map((status) => [status, t.status[status]])}
        any={s.any}
      />
      <div className="col-6 col-md-3">
        <label className="form-label d-block" htmlFor="filter-from">
          {s.from}
        </label>
        <input
          id="filter-from"
          name="from"
          type="date"
          className="form-control"
          defaultValue={filters.from}
        />
      </div>
      <div className="col-6 col-md-3">
        <label className="form-label d-block" htmlFor="filter-to">
          {s.to}
        </label>
        <input id="filter-to" name="to" type="date" className="form-control" defaultValue={filters.to} />
      </div>
      <div className="col-12 col-md-6">
        <label className="form-label d-block" htmlFor="filter-q">
          {s.q}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          className="form-control"
          maxLength={64}
          defaultValue={filters.q}
        />
      </div>
      <div className="col-12 d-flex flex-wrap gap-3 align-items-center">
        <button type="submit" className="btn btn-primary">
          {s.apply}
        </button>
        <Link href={paymentRoutes.staff}>{s.reset}</Link>
      </div>
    </form>
  );
}
