'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { TechnicianProfile } from '../../lib/api/sue';
import { saveTechnicianProfile } from '../../lib/api/sue-client';
import { ProblemAlert } from '../permits/problem-alert';

type Texts = Dictionary['sue']['technicianProfile'];

const FIELDS: readonly {
  name: keyof TechnicianProfile;
  type: 'text' | 'email';
  autoComplete?: string;
  upper?: boolean;
}[] = [
  { name: 'professionalOrder', type: 'text', autoComplete: 'organization' },
  { name: 'registrationNumber', type: 'text', autoComplete: 'off' },
  { name: 'province', type: 'text', autoComplete: 'off', upper: true },
  { name: 'pec', type: 'email', autoComplete: 'email' },
];

function invalidField(problem: Problem | null): Set<string> {
  const fields = [problem?.field, ...(problem?.errors ?? []).map((error) => error.field)];
  return new Set(fields.filter((field): field is string => typeof field === 'string'));
}

/** The technician's professional details (albo/ordine, number, province, PEC), saved whole. */
export function TechnicianProfileForm({ profile, t }: { profile: TechnicianProfile | null; t: Texts }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const invalid = invalidField(problem);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      await saveTechnicianProfile({
        professionalOrder: value('professionalOrder'),
        registrationNumber: value('registrationNumber'),
        province: value('province').toUpperCase(),
        pec: value('pec'),
      });
      setSaved(true);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {problem && <ProblemAlert problem={problem} />}
      {saved && (
        <div className="alert alert-success" role="status">
          {t.saved}
        </div>
      )}
      {FIELDS.map((field) => {
        const id = `technician-${field.name}`;
        const bad = invalid.has(field.name);
        return (
          <div className="mb-3" key={field.name}>
            <label className="form-label d-block" htmlFor={id}>
              {t[field.name]}
            </label>
            <input
              id={id}
              name={field.name}
              type={field.type}
              className={bad ? 'form-control is-invalid' : 'form-control'}
              aria-invalid={bad || undefined}
              required
              autoComplete={field.autoComplete}
              defaultValue={profile?.[field.name] ?? ''}
              style={field.upper ? { textTransform: 'uppercase' } : undefined}
            />
          </div>
        );
      })}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t.saving : t.save}
      </button>
    </form>
  );
}
