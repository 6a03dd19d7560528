import { useFormat } from '../lib/i18n';

const W = 640;
const ROW = 44;
const LABEL = 220;
const PAD_RIGHT = 96;

/**
 * Budget against actual per group as paired horizontal bars, drawn on the server as SVG. The two
 * bars differ in pattern as well as colour (solid and outlined), and the numbers are in the table
 * beside it, which is the text alternative.
 */
export function BudgetActualChart({
  rows,
  title,
  description,
  id,
  legend,
}: {
  rows: { label: string; budgetOre: number; actualOre: number }[];
  title: string;
  description: string;
  id: string;
  legend: { budget: string; actual: string };
}) {
  const format = useFormat();
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((r) => [Math.abs(r.budgetOre), Math.abs(r.actualOre)]));
  const width = (ore: number) => (Math.abs(ore) / max) * (W - LABEL - PAD_RIGHT);
  const height = rows.length * ROW + 40;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="chart-legend">
        <rect className="chart-bar-budget" x={LABEL} y={6} width={14} height={10} />
        <text x={LABEL + 20} y={15}>
          {legend.budget}
        </text>
        <rect className="chart-bar-actual" x={LABEL + 140} y={6} width={14} height={10} />
        <text x={LABEL + 160} y={15}>
          {legend.actual}
        </text>
      </g>
      {rows.map((r, i) => {
        const top = 32 + i * ROW;
        return (
          <g key={r.label}>
            <text className="chart-axis" x={LABEL - 8} y={top + 16} textAnchor="end">
              {r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label}
            </text>
            <rect className="chart-bar-budget" x={LABEL} y={top} width={width(r.budgetOre)} height={14} />
            <rect
              className="chart-bar-actual"
              x={LABEL}
              y={top + 18}
              width={width(r.actualOre)}
              height={14}
            />
            <text className="chart-value" x={LABEL + width(r.budgetOre) + 6} y={top + 11}>
              {format.money(Math.round(r.budgetOre / 100) * 100)}
            </text>
            <text className="chart-value" x={LABEL + width(r.actualOre) + 6} y={top + 29}>
              {format.money(Math.round(r.actualOre / 100) * 100)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
