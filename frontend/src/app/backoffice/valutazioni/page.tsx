import type { Metadata } from 'next';
import Link from 'next/link';
import { FeedbackReportDetail } from '../../../components/feedback/feedback-report-detail';
import { OfficeForbidden } from '../../../components/layout/office-forbidden';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { isStaff } from '../../../lib/api/auth';
import { getFeedbackReport } from '../../../lib/api/feedback';
import { requireUser } from '../../../lib/auth/require-user';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.serviceModel.report.title };
}

const PAGE = /^\/(?:[a-z0-9-]{1,60}(?:\/[a-z0-9-]{1,60}){0,3})?$/;

/** `/backoffice/valutazioni`: the rating component's answers, per page, for every member of staff. */
export default async function FeedbackReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t }, user, params] = await Promise.all([
    getI18n(),
    requireUser(routes.feedbackReport),
    searchParams,
  ]);
  const m = t.serviceModel;
  const r = m.report;
  if (!isStaff(user)) {
    return <OfficeForbidden title={r.title} text={t.personalArea.staffHome.forbidden} />;
  }
  const asked = typeof params.page === 'string' && PAGE.test(params.page) ? params.page : undefined;
  const report = await getFeedbackReport(asked);
  return (
    <div className="container portal-page">
      <h1 className="mb-3">{r.title}</h1>
      <p className="lead">{r.lead}</p>
      <h2 className="h4 mt-4">{r.pagesTitle}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{r.page}</th>
            <th scope="col">{r.count}</th>
            <th scope="col">{r.average}</th>
          </tr>
        </thead>
        <tbody>
          {report.pages.map((row) => (
            <tr key={row.page}>
              <th scope="row">
                <Link
                  href={`${routes.feedbackReport}?${new URLSearchParams({ page: row.page })}`}
                  aria-current={row.page === asked ? 'true' : undefined}
                >
                  {row.page}
                </Link>
              </th>
              <td>{row.count}</td>
              <td>{row.average.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="h4 mt-5">{asked ? formatMessage(r.detailTitle, { page: asked }) : r.allPages}</h2>
      {asked && (
        <p>
          <Link href={routes.feedbackReport}>{r.allPages}</Link>
        </p>
      )}
      <FeedbackReportDetail report={report} m={m} />
    </div>
  );
}
