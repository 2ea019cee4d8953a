'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { DraftSections } from '../../lib/api/sue';
import { saveDraft } from '../../lib/api/sue-client';
import { coTitolariFromForm, savedCoTitolari } from '../../lib/sue/co-titolari';
import {
  type FieldSpec,
  fieldValue,
  SECTION_FIELDS,
  type SectionStep,
  sectionFromForm,
  sueRoutes,
  type WizardStep,
} from '../../lib/sue/wizard-steps';
import { ProblemAlert } from '../permits/problem-alert';
import { CoTitolariFields } from './co-titolari-fields';

interface Props {
  draftId: string;
  version: number;
  step: SectionStep;
  next: WizardStep;
  section: Record<string, unknown> | undefined;
  required: boolean;
  t: Dictionary['sue'];
}

function invalidFields(problem: Problem | null, step: SectionStep): Set<string> {
  const fields = [problem?.field, ...(problem?.errors ?? []).map((error) => error.field)].filter(
    Boolean,
  ) as string[];
  return new Set(
    fields.filter((field) => field.startsWith(`${step}.`)).map((field) => field.slice(step.length + 1)),
  );
}

/** One section of the filing: saved whole, then on to the next step. */
export function SectionForm({ draftId, version, step, next, section, required, t }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [coRows, setCoRows] = useState(() => savedCoTitolari(section).length);
  const fields = SECTION_FIELDS[step];
  const invalid = invalidFields(problem, step);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const form = new FormData(event.currentTarget);
      const value = sectionFromForm(fields, form, section ?? {});
      if (step === 'titolare') value.coTitolari = coTitolariFromForm(form, coRows);
      await saveDraft(draftId, { [step]: value, expectedVersion: version } as DraftSections);
      router.push(sueRoutes.draft(draftId, next));
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {!required && <p className="alert alert-info">{t.wizard.notRequired}</p>}
      {problem && <ProblemAlert problem={problem} />}
      <fieldset>
        <legend className="h4">{t.steps[step]}</legend>
        {fields.map((field) => (
          <Field
            key={field.path}
            field={field}
            step={step}
            section={section}
            invalid={invalid.has(field.path)}
            t={t}
          />
        ))}
      </fieldset>
      {step === 'titolare' && (
        <CoTitolariFields saved={savedCoTitolari(section)} invalid={invalid} onRowsChange={setCoRows} t={t} />
      )}
      <div className="d-flex flex-wrap gap-2 mt-4">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t.wizard.save}
        </button>
      </div>
    </form>
  );
}

function Field({
  field,
  step,
  section,
  invalid,
  t,
}: {
  field: FieldSpec;
  step: SectionStep;
  section: Record<string, unknown> | undefined;
  invalid: boolean;
  t: Dictionary['sue'];
}) {
  const id = `${step}-${field.path.replace('.', '-')}`;
  const label = t.fields[field.label] as string;
  const value = fieldValue(section, field.path);
  const common = { id, name: field.path, 'aria-invalid': invalid || undefined, required: !field.optional };
  const className = (base: string) => (invalid ? `${base} is-invalid` : base);
  if (field.kind === 'checkbox') {
    return (
      <div className="form-check mb-3">
        <input
          {...common}
          className={className('form-check-input')}
          type="checkbox"
          defaultChecked={value === true}
        />
        <label className="form-check-label" htmlFor={id}>
          {label}
        </label>
      </div>
    );
  }
  const hint = field.optional ? ` (${t.wizard.optional})` : '';
  return (
    <div className="mb-3">
      <label className="form-label d-block" htmlFor={id}>
        {label}
        {hint}
      </label>
      {field.kind === 'select' && field.options ? (
        <select {...common} className={className('form-select')} defaultValue={String(value)}>
          {field.options.values.map((option) => (
            <option key={option} value={option}>
              {(t.fields[field.options!.set] as Record<string, string>)[option]}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' ? (
        <textarea {...common} className={className('form-control')} rows={5} defaultValue={String(value)} />
      ) : (
        <input
          {...common}
          className={className('form-control')}
          type={field.kind}
          defaultValue={String(value)}
          autoComplete={field.autoComplete}
          style={field.upper ? { textTransform: 'uppercase' } : undefined}
        />
      )}
    </div>
  );
}
