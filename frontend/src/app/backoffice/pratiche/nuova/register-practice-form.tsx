'use client';

import { useActionState } from 'react';
import type { Dictionary } from '../../../../i18n/dictionary';
import { type RegisterPracticeState, registerPracticeAction } from './actions';

type Texts = Dictionary['personalArea']['newPractice'];

const CONSTRAINTS = ['none', 'cleared', 'pending'] as const;

/** The permits office's form to register a practice filed at the protocol; refusals name the field. */
export function RegisterPracticeForm({
  t,
  practiceTypes,
  today,
}: {
  t: Texts;
  practiceTypes: Record<string, string>;
  today: string;
}) {
  const [state, action, pending] = useActionState<RegisterPracticeState, FormData>(registerPracticeAction, {
    values: {},
  });
  const value = (name: string, fallback = '') => state.values[name] ?? fallback;
  const invalid = (name: string) => state.field === name;

  const field = (
    name: string,
    label: string,
    options: {
      required?: boolean;
      type?: string;
      hint?: string;
      className?: string;
      autoComplete?: string;
    } = {},
  ) => {
    const id = `practice-${name}`;
    const describedBy = [options.hint && `${id}-hint`, invalid(name) && 'practice-error'].filter(Boolean);
    return (
      <div className={`${options.className ?? 'col-12 col-md-6'} form-group mb-3`}>
        <label htmlFor={id} className="active">
          {label}
        </label>
        <input
          id={id}
          name={name}
          type={options.type ?? 'text'}
          className={invalid(name) ? 'form-control is-invalid' : 'form-control'}
          defaultValue={value(name, options.type === 'date' ? today : '')}
          required={options.required}
          autoComplete={options.autoComplete ?? 'off'}
          aria-invalid={invalid(name) || undefined}
          aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}
        />
        {options.hint && (
          <small id={`${id}-hint`} className="form-text">
            {options.hint}
          </small>
        )}
      </div>
    );
  };

  const person = (prefix: 'applicant' | 'technician', required: boolean) => (
    <div className="row">
      {field(`${prefix}FiscalCode`, t.fiscalCode, { required })}
      {field(`${prefix}Email`, t.email, { type: 'email' })}
      {field(`${prefix}GivenName`, t.givenName, { required })}
      {field(`${prefix}FamilyName`, t.familyName, { required })}
    </div>
  );

  // Remounting on each answer puts the submitted values back after React resets the form.
  return (
    <form action={action} key={JSON.stringify(state)}>
      <p className="small">{t.required}</p>
      {state.error && (
        <div id="practice-error" className="alert alert-danger" role="alert">
          <p className="fw-semibold mb-1">{t.errorTitle}</p>
          <p className="mb-0">{state.error}</p>
        </div>
      )}
      <fieldset className="mb-4">
        <legend className="h5">{t.protocolLegend}</legend>
        <div className="row">
          <div className="col-12 col-md-6 form-group mb-3">
            <label htmlFor="practice-type" className="active">
              {t.type}
            </label>
            <select
              id="practice-type"
              name="type"
              className="form-select"
              defaultValue={value('type', 'CILA')}
              required
            >
              {Object.entries(practiceTypes).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {field('protocolNumber', t.protocolNumber, { required: true, hint: t.protocolNumberHint })}
          {field('protocolDate', t.protocolDate, { required: true, type: 'date' })}
        </div>
      </fieldset>

      <fieldset className="mb-4">
        <legend className="h5">{t.propertyLegend}</legend>
        <div className="row">
          {field('address', t.address, {
            required: true,
            className: 'col-12',
            autoComplete: 'street-address',
          })}
          {field('sheet', t.sheet, { required: true, className: 'col-12 col-md-4' })}
          {field('parcel', t.parcel, { required: true, className: 'col-12 col-md-4' })}
          {field('subaltern', t.subaltern, { className: 'col-12 col-md-4' })}
          <div className="col-12 form-group mb-3">
            <label htmlFor="practice-description" className="active">
              {t.description}
            </label>
            <textarea
              id="practice-description"
              name="description"
              className={invalid('description') ? 'form-control is-invalid' : 'form-control'}
              rows={3}
              required
              defaultValue={value('description')}
            />
          </div>
          <div className="col-12 col-md-6 form-group mb-3">
            <label htmlFor="practice-constraints" className="active">
              {t.constraints}
            </label>
            <select
              id="practice-constraints"
              name="constraints"
              className="form-select"
              defaultValue={value('constraints', 'none')}
            >
              {CONSTRAINTS.map((option) => (
                <option key={option} value={option}>
                  {t.constraintOptions[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-6 mb-3">
            <div className="form-check">
              <input
                id="practice-doubledTerms"
                name="doubledTerms"
                type="checkbox"
                defaultChecked={value('doubledTerms') === 'on'}
              />
              <label htmlFor="practice-doubledTerms">{t.doubledTerms}</label>
            </div>
          </div>
        </div>
      </fieldset>

      <fieldset className="mb-4">
        <legend className="h5">{t.applicantLegend}</legend>
        {person('applicant', true)}
      </fieldset>

      <fieldset className="mb-4">
        <legend className="h5">{t.technicianLegend}</legend>
        {person('technician', false)}
      </fieldset>

      <div className="form-group mb-4">
        <label htmlFor="practice-publicNote" className="active">
          {t.publicNote}
        </label>
        <textarea
          id="practice-publicNote"
          name="publicNote"
          className="form-control"
          rows={2}
          defaultValue={value('publicNote')}
        />
      </div>

      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}
