import { useId } from 'react';
import { LabelValueTable } from './LabelValueTable';

export type Bar = {
  label: string;
  /** What the bar is as a number; null for a withheld figure, which draws no bar. */
  value: number | null;
  /** The value as the reader sees it ("12", "40%", "fewer than 5"). */
  text: string;
};

const ROW = 28;
const LABEL = 220;
const WIDTH = 640;
const TEXT_GAP = 8;
const VALUE_SPACE = 150;

/**
 * A horizontal bar chart for a report: the SVG shows the proportions and the table under it holds
 * the same figures as text (the chart's text alternative, read by screen readers and copied by
 * whoever needs the numbers); the SVG itself is hidden from assistive technology so nothing is
 * read twice. `max` fixes the scale (1 for shares), otherwise the largest value is the full bar.
 */
export function BarChart({ title, bars, max, labelHeading, valueHeading }: { title: string; bars: readonly Bar[]; max?: number; labelHeading: string; valueHeading: string }) {
  const id = useId();
  const most = max ?? Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const scale = WIDTH - LABEL - VALUE_SPACE;
  return (
    <figure className="coordinator-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="coordinator-chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${Math.max(1, bars.length) * ROW}`} width="100%" aria-hidden="true" focusable="false" className="coordinator-chart-svg">
        {bars.map((bar, index) => {
          const y = index * ROW;
          const length = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / most) * scale);
          return (
            <g key={bar.label}>
              <text x={LABEL - TEXT_GAP} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="coordinator-chart-label">
                {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
              </text>
              <rect x={LABEL} y={y + 5} width={length} height={ROW - 10} className="coordinator-chart-bar" />
              <text x={LABEL + length + TEXT_GAP} y={y + ROW / 2} dominantBaseline="middle" className="coordinator-chart-value">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
      <LabelValueTable className="coordinator-chart-table" labelHeading={labelHeading} valueHeading={valueHeading} rows={bars.map((bar) => ({ key: bar.label, label: bar.label, text: bar.text }))} />
    </figure>
  );
}
