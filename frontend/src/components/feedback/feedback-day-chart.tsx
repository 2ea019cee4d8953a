import type { Dictionary } from '../../i18n/dictionary';
import type { FeedbackReport } from '../../lib/api/feedback';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = 24;

/**
 * Answers per day as an SVG bar chart with the average above each bar. The same numbers are in the table that
 * follows it, the text alternative for anyone who cannot see the chart.
 */
export function FeedbackDayChart({
  days,
  labels,
}: {
  days: FeedbackReport['days'];
  labels: Dictionary['serviceModel']['report'];
}) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const slot = (WIDTH - PAD * 2) / Math.max(days.length, 1);
  const bar = Math.max(4, Math.min(40, slot * 0.6));
  return (
    <figure className="mb-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby="feedback-chart-caption"
        className="portal-feedback-chart"
      >
        <title>{labels.chartLabel}</title>
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#5c6f82" />
        {days.map((day, index) => {
          const height = ((HEIGHT - PAD * 3) * day.count) / max;
          const x = PAD + index * slot + (slot - bar) / 2;
          const y = HEIGHT - PAD - height;
          return (
            <g key={day.day}>
              <rect x={x} y={y} width={bar} height={height} fill="#0066cc" />
              <text x={x + bar / 2} y={y - 4} textAnchor="middle" fontSize="11" fill="#1a1a1a">
                {day.average.toFixed(1)}
              </text>
              <text x={x + bar / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="10" fill="#1a1a1a">
                {day.day.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="feedback-chart-caption" className="small">
        {labels.chartLabel}
      </figcaption>
    </figure>
  );
}
