import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { FeedbackReport } from '../../lib/api/feedback';
import { type FeedbackAnswer, POSITIVE_ANSWERS } from '../../lib/feedback/feedback-answers';
import { FeedbackDayChart } from './feedback-day-chart';

type Labels = Dictionary['serviceModel'];

function answerLabel(answer: FeedbackAnswer, m: Labels): string {
  if (answer === 'other-positive' || answer === 'other-negative') {
    const polarity = POSITIVE_ANSWERS.includes(answer) ? m.report.positive : m.report.negative;
    return formatMessage(m.report.other, { polarity });
  }
  return m.rating.answers[answer];
}

/** One page's ratings (or all pages'): totals, stars, follow-up answers, and the answers over time. */
export function FeedbackReportDetail({ report, m }: { report: FeedbackReport; m: Labels }) {
  const r = m.report;
  if (report.count === 0) return <p>{r.empty}</p>;
  return (
    <>
      <p className="lead">
        {formatMessage(r.summary, { count: String(report.count), average: report.average.toFixed(2) })}
      </p>
      <h3 className="h5 mt-4">{r.starsTitle}</h3>
      <table className="table table-sm w-auto">
        <thead>
          <tr>
            <th scope="col">{r.stars}</th>
            <th scope="col">{r.count}</th>
          </tr>
        </thead>
        <tbody>
          {report.stars
            .map((count, index) => ({ star: index + 1, count }))
            .map((row) => (
              <tr key={row.star}>
                <th scope="row">{row.star}</th>
                <td>{row.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h3 className="h5 mt-4">{r.answersTitle}</h3>
      <table className="table table-sm w-auto">
        <thead>
          <tr>
            <th scope="col">{r.answer}</th>
            <th scope="col">{r.count}</th>
          </tr>
        </thead>
        <tbody>
          {report.answers.map((row) => (
            <tr key={row.answer}>
              <th scope="row">{answerLabel(row.answer, m)}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="h5 mt-4">{r.daysTitle}</h3>
      <FeedbackDayChart days={report.days} labels={r} />
      <table className="table table-sm w-auto" data-testid="feedback-days">
        <caption className="visually-hidden">{r.daysTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{r.day}</th>
            <th scope="col">{r.count}</th>
            <th scope="col">{r.average}</th>
          </tr>
        </thead>
        <tbody>
          {report.days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{day.count}</td>
              <td>{day.average.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
