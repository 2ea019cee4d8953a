import type { CertificatePreview } from '../../lib/api/certificates';

/**
 * The certificate's text as it will be printed, in reading order, so a screen reader hears what the
 * paper will say. Tables scroll on their own at 360 px instead of widening the page.
 */
export function CertificatePreviewDocument({
  preview,
  label,
}: {
  preview: CertificatePreview;
  label: string;
}) {
  return (
    <article className="card card-bg rounded no-after" aria-label={label}>
      <div className="card-body">
        <p className="fw-semibold mb-1">{preview.heading}</p>
        <h2 className="h4 text-center mt-3 mb-1">{preview.title}</h2>
        {preview.subtitle && <p className="text-center mb-3">di {preview.subtitle}</p>}
        <p className="text-center mb-1">{preview.preamble}</p>
        <p className="text-center fw-bold mb-0">{preview.subject.name}</p>
        {preview.subject.details.map((detail) => (
          <p className="text-center mb-0" key={detail}>
            {detail}
          </p>
        ))}
        {preview.sections.map((section) => (
          <section className="mt-3" key={section.type}>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {section.table && (
              <div className="table-responsive">
                <table className="table table-sm">
                  <thead>
                    <tr>
                      {section.table.columns.map((column) => (
                        <th scope="col" key={column}>
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {section.table.rows.map((row) => (
                      <tr key={row.join('|')}>
                        {row.map((cell, index) => (
                          <td key={section.table?.columns[index]}>{cell}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {section.notes?.map((note) => (
              <p className="small" key={note}>
                {note}
              </p>
            ))}
          </section>
        ))}
        <p className="small text-secondary">{preview.dataAsOf}</p>
        <p className="mb-1">{preview.placeAndDate}</p>
        <hr />
        <p className="small mb-1">{preview.stampDuty}</p>
        <p className="small fw-semibold mb-0">{preview.legalNotice}</p>
      </div>
    </article>
  );
}
