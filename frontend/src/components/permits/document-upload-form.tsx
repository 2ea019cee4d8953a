'use client';

import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { uploadPracticeDocument } from '../../lib/api/permits-client';
import type { PermitsAudience } from '../../lib/permits/api-paths';
import { FileUploadForm } from './file-upload-form';

/** Uploads one document to the practice; the page reloads its data to list it. */
export function DocumentUploadForm({
  practiceId,
  audience,
  t,
}: {
  practiceId: string;
  audience: PermitsAudience;
  t: Dictionary['permits']['upload'];
}) {
  return (
    <FileUploadForm
      inputId={`upload-${practiceId}`}
      accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
      texts={t}
      send={(file) => uploadPracticeDocument(audience, practiceId, file)}
      doneLine={(document) => formatMessage(t.done, { name: document.fileName })}
    />
  );
}
