import type { MilestoneView } from '../../src/domain/cycle/present';
import { useFormat, useT } from '../lib/i18n';

const SIZE = 520;
const C = SIZE / 2;
const MONTH_OUTER = 190;
const MONTH_INNER = 130;
const MEETING_RING = 115;
const MILESTONE_RING = 212;

/** The angle (radians, 0 at the top, clockwise) of a day of the year. */
function angleOf(date: string, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const day = (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000;
  return (Math.min(Math.max(day, 0), days) / days) * 2 * Math.PI;
}

const point = (angle: number, r: number) => [C + r * Math.sin(angle), C - r * Math.cos(angle)] as const;

function arc(from: number, to: number, r: number): string {
  const [x1, y1] = point(from, r);
  const [x2, y2] = point(to, r);
  const large = to - from > Math.PI ? 1 : 0;
  return `M ${x1.toFixed(1)} ${y1.toFixed(1)} A ${r} ${r} 0 ${large} 1 ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

function sector(from: number, to: number): string {
  const [ox1, oy1] = point(from, MONTH_OUTER);
  const [ox2, oy2] = point(to, MONTH_OUTER);
  const [ix2, iy2] = point(to, MONTH_INNER);
  const [ix1, iy1] = point(from, MONTH_INNER);
  return [
    `M ${ox1.toFixed(1)} ${oy1.toFixed(1)}`,
    `A ${MONTH_OUTER} ${MONTH_OUTER} 0 0 1 ${ox2.toFixed(1)} ${oy2.toFixed(1)}`,
    `L ${ix2.toFixed(1)} ${iy2.toFixed(1)}`,
    `A ${MONTH_INNER} ${MONTH_INNER} 0 0 0 ${ix1.toFixed(1)} ${iy1.toFixed(1)}`,
    'Z',
  ].join(' ');
}

const MONTHS = Array.from({ length: 12 }, (_, m) => m);

export interface WheelMeeting {
  id: string;
  title: string;
  bodyName: string;
  day: string;
}

/**
 * The year as a wheel (årshjul), drawn on the server: the months around the circle, each milestone
 * an arc over its window (numbered, coloured by its state), the year's meetings as dots inside, and
 * today as a hand. A picture only: the numbered table beside it says the same in words.
 */
export function AnnualWheel({
  year,
  milestones,
  meetings,
  today,
}: {
  year: number;
  milestones: MilestoneView[];
  meetings: WheelMeeting[];
  today: string;
}) {
  const t = useT();
  const format = useFormat();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return (
    <svg
      role="img"
      aria-labelledby="wheel-title wheel-desc"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className="annual-wheel"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="wheel-title">{t('cycleUi.wheelTitle', { year })}</title>
      <desc id="wheel-desc">
        {t('cycleUi.wheelDesc', { milestones: milestones.length, meetings: meetings.length })}
      </desc>
      {MONTHS.map((m) => {
        const start = angleOf(`${year}-${String(m + 1).padStart(2, '0')}-01`, year);
        const end = m === 11 ? 2 * Math.PI : angleOf(`${year}-${String(m + 2).padStart(2, '0')}-01`, year);
        const [lx, ly] = point((start + end) / 2, (MONTH_OUTER + MONTH_INNER) / 2);
        return (
          <g key={`month-${m}`}>
            <path d={sector(start, end)} className={`wheel-month wheel-month--${m % 2 ? 'odd' : 'even'}`} />
            <text x={lx} y={ly} className="wheel-month-label" textAnchor="middle" dominantBaseline="middle">
              {format
                .month(`${year}-${String(m + 1).padStart(2, '0')}`)
                .split(' ')[0]!
                .slice(0, 3)}
            </text>
          </g>
        );
      })}
      {milestones.map((m, i) => {
        const start = angleOf(m.windowFrom < from ? from : m.windowFrom, year);
        const end = Math.min(angleOf(m.windowTo > to ? to : m.windowTo, year) + 0.02, 2 * Math.PI - 0.001);
        const r = MILESTONE_RING + (i % 3) * 16;
        const [nx, ny] = point((start + end) / 2, r);
        return (
          <g key={m.id} className={`wheel-milestone wheel-milestone--${m.state}`}>
            <path d={arc(start, end, r)} />
            <circle cx={nx} cy={ny} r={10} />
            <text x={nx} y={ny} textAnchor="middle" dominantBaseline="central">
              {i + 1}
            </text>
          </g>
        );
      })}
      {meetings.map((m) => {
        const [x, y] = point(angleOf(m.day, year), MEETING_RING);
        return <circle key={m.id} cx={x} cy={y} r={5} className="wheel-meeting" />;
      })}
      {today >= from && today <= to ? (
        <line
          x1={C}
          y1={C}
          x2={point(angleOf(today, year), MONTH_OUTER + 4)[0]}
          y2={point(angleOf(today, year), MONTH_OUTER + 4)[1]}
          className="wheel-today"
        />
      ) : null}
      <text x={C} y={C} textAnchor="middle" dominantBaseline="middle" className="wheel-year">
        {year}
      </text>
    </svg>
  );
}
