'use client';

import { useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { SignedPracticeDocument } from '../../lib/api/permits';
import { uploadSignedPracticeDocument } from '../../lib/api/permits-client';
import { FileUploadForm } from '../permits/file-upload-form';

type Texts = Dictionary['permits']['signedUpload'];

function signerOf(document: SignedPracticeDocument, t: Texts): string {
  if (!document.signerFiscalCode) return document.signerName;
  return `${document.signerName} (${formatMessage(t.fiscalCode, { code: document.signerFiscalCode })})`;
}

/** The signed documents uploaded from this page, each with who signed it as the certificate says. */
function SignedList({ id, documents, t }: { id: string; documents: SignedPracticeDocument[]; t: Texts }) {
  if (documents.length === 0) return null;
  return (
    <>
      <h4 className="h6 mt-3" id={id}>
        {t.listTitle}
      </h4>
      <ul className="list-unstyled" aria-labelledby={id}>
        {documents.map((document) => (
          <li key={document.id} className="mb-2 text-break">
            <strong>{document.fileName}</strong>
            <br />
            {formatMessage(t.signedBy, { signer: signerOf(document, t) })}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A party answers the office's integration request with signed documents: each file is verified (PAdES or CAdES)
 * before it joins the request; a refused signature shows the backend's Italian reason.
 */
export function SignedIntegrationForm({ practiceId, t }: { practiceId: string; t: Texts }) {
  const [uploaded, setUploaded] = useState<SignedPracticeDocument[]>([]);
  const inputId = `signed-upload-${practiceId}`;
  return (
    <FileUploadForm
      inputId={inputId}
      accept="application/pdf,application/pkcs7-mime,.pdf,.p7m"
      texts={t}
      send={(file) => uploadSignedPracticeDocument(practiceId, file)}
      doneLine={(document) =>
        formatMessage(t.done, { name: document.fileName, signer: signerOf(document, t) })
      }
      onUploaded={(document) => setUploaded((previous) => [...previous, document])}
    >
      <SignedList id={`${inputId}-list`} documents={uploaded} t={t} />
    </FileUploadForm>
  );
}
