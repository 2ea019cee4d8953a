'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError } from '../../lib/api/api-error';
import { uploadRegistryImport } from '../../lib/api/registry-client';
import { registryRoutes } from '../../lib/registry/registry-routes';

/**
 * Sends the chosen CSV file as it is (`text/csv`): the backend checks its encoding and header at once and
 * answers with the job, whose page follows the rows being checked; a refusal shows the backend's explanation.
 * The file reaches the backend whole, streamed through the frontend, so only the backend's limit applies
 * (`REGISTRY_IMPORT_MAX_BYTES`): a larger file is refused with the backend's own explanation.
 */
export function ImportUploadForm({ t }: { t: Dictionary['registry']['office']['imports'] }) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.name === '') {
      setProblem(t.noFile);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const job = await uploadRegistryImport(file);
      router.push(registryRoutes.officeImport(job.id));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem.detail);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4">
        {t.uploadTitle}
      </h2>
      {problem && (
        <div id={`${id}-problem`} className="alert alert-danger" role="alert">
          {problem}
        </div>
      )}
      <div className="row g-3 align-items-end">
        <div className="col-12 col-md-8">
          <label className="form-label d-block" htmlFor={`${id}-file`}>
            {t.file}
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv"
            className={problem ? 'form-control is-invalid' : 'form-control'}
            required
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-help ${id}-problem` : `${id}-help`}
            onChange={() => setProblem(null)}
          />
        </div>
        <div className="col-12 col-md-4">
          <button type="submit" className="btn btn-primary w-100" disabled={busy}>
            {busy ? t.sending : t.submit}
          </button>
        </div>
        <p id={`${id}-help`} className="form-text col-12 mt-1">
          {t.fileHelp}
        </p>
      </div>
    </form>
  );
}
