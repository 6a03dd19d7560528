import { useFormat } from '../lib/i18n';

const W = 640;
const H = 300;
const PAD = { top: 16, right: 16, bottom: 36, left: 72 };

/** A "nice" step for about five grid lines: 1, 2 or 5 × a power of ten. */
function niceStep(span: number): number {
  const raw = span / 5 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}

/**
 * A yearly series as a line, drawn on the server as SVG. The picture is named (title, desc) for
 * screen readers, and the page shows the same numbers in a table next to it: the table is the
 * text alternative, the chart is for the eye.
 */
export function LineChart({
  points,
  title,
  description,
  id,
}: {
  points: { year: number; value: number }[];
  title: string;
  description: string;
  id: string;
}) {
  const format = useFormat();
  if (points.length === 0) return null;
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const step = niceStep(Math.max(...values) - Math.min(...values));
  const low = Math.floor(Math.min(...values) / step) * step;
  const high = Math.max(low + step, Math.ceil(Math.max(...values) / step) * step);
  const x = (year: number) =>
    PAD.left + ((year - minYear) / Math.max(1, maxYear - minYear)) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * (H - PAD.top - PAD.bottom);
  const grid: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) grid.push(v);
  const yearStep = Math.max(1, Math.ceil((maxYear - minYear) / 10));
  const labelled = years.filter((yr) => (yr - minYear) % yearStep === 0 || yr === maxYear);
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'} ${x(p.year).toFixed(1)} ${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {grid.map((v) => (
        <g key={v} className="chart-grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 8} y={y(v)} dy="0.32em" textAnchor="end">
            {format.number(v)}
          </text>
        </g>
      ))}
      {labelled.map((yr) => (
        <text key={yr} className="chart-axis" x={x(yr)} y={H - PAD.bottom + 20} textAnchor="middle">
          {yr}
        </text>
      ))}
      <path className="chart-line" d={path} />
      {points.map((p) => (
        <circle key={p.year} className="chart-point" cx={x(p.year)} cy={y(p.value)} r={3} />
      ))}
    </svg>
  );
}
