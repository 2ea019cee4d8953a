'use client';

import { useRef, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { CO_TITOLARE_FIELDS, type CoTitolare, coTitolareFieldName } from '../../lib/sue/co-titolari';

interface Row {
  key: number;
  person: CoTitolare | null;
}

/**
 * The co-titolari of the titolare step: one fieldset per person (fiscal code, name, surname), plain form fields
 * named `coTitolari.<n>.<field>` that the section form reads; rows are added and removed with buttons.
 */
export function CoTitolariFields({
  saved,
  invalid,
  onRowsChange,
  t,
}: {
  saved: CoTitolare[];
  invalid: Set<string>;
  onRowsChange: (rows: number) => void;
  t: Dictionary['sue'];
}) {
  const nextKey = useRef(saved.length);
  const [rows, setRows] = useState<Row[]>(() => saved.map((person, key) => ({ key, person })));

  function update(next: Row[]) {
    setRows(next);
    onRowsChange(next.length);
  }

  return (
    <fieldset className="mt-4">
      <legend className="h5">{t.coTitolari.title}</legend>
      <p className="small">{t.coTitolari.lead}</p>
      {rows.map((row, index) => {
        const title = formatMessage(t.coTitolari.person, { n: String(index + 1) });
        return (
          <fieldset key={row.key} className="border rounded p-3 mb-3">
            <legend className="h6 float-none w-auto px-1">{title}</legend>
            {CO_TITOLARE_FIELDS.map((field) => {
              const name = coTitolareFieldName(index, field);
              const id = `titolare-co-${row.key}-${field}`;
              const bad = invalid.has(name);
              return (
                <div className="mb-3" key={field}>
                  <label className="form-label d-block" htmlFor={id}>
                    {t.fields[field]}
                  </label>
                  <input
                    id={id}
                    name={name}
                    className={bad ? 'form-control is-invalid' : 'form-control'}
                    aria-invalid={bad || undefined}
                    required
                    defaultValue={row.person?.[field] ?? ''}
                    autoComplete="off"
                    style={field === 'fiscalCode' ? { textTransform: 'uppercase' } : undefined}
                  />
                </div>
              );
            })}
            <button
              type="button"
              className="btn btn-outline-danger btn-sm"
              onClick={() => update(rows.filter((other) => other.key !== row.key))}
            >
              {formatMessage(t.coTitolari.remove, { n: String(index + 1) })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn-outline-primary"
        onClick={() => update([...rows, { key: nextKey.current++, person: null }])}
      >
        {t.coTitolari.add}
      </button>
    </fieldset>
  );
}
