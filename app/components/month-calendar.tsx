import { Link } from 'react-router';
import { addDays } from '../../src/kernel/dates';
import { useFormat, useT } from '../lib/i18n';

export interface CalendarEntry {
  id: string;
  day: string;
  startsAt: Date;
  label: string;
  cancelled: boolean;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The weeks (Monday first) that cover a month (YYYY-MM), as ISO dates. */
function weeksOf(month: string): string[][] {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7;
  let day = addDays(first, -weekday);
  const weeks: string[][] = [];
  while (weeks.length === 0 || day.slice(0, 7) === month) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

/**
 * A month as a table of weeks with each day's meetings as links: a real table (caption, column
 * headers), so a screen reader can move by day and week; days of other months are left empty.
 */
export function MonthCalendar({
  month,
  entries,
  hrefFor,
}: {
  month: string;
  entries: CalendarEntry[];
  hrefFor: (id: string) => string;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="month-calendar">
        <caption>{format.month(month)}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                <abbr title={t(`calendar.weekday.${d}`)}>{t(`calendar.weekdayShort.${d}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                if (day.slice(0, 7) !== month) return <td key={day} className="month-calendar__other" />;
                const today = entries.filter((e) => e.day === day);
                return (
                  <td key={day} className={today.length ? 'month-calendar__busy' : undefined}>
                    <span className="month-calendar__day">
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="visually-hidden">{format.date(day)}</span>
                    </span>
                    {today.length ? (
                      <ul>
                        {today.map((e) => (
                          <li key={e.id}>
                            <Link to={hrefFor(e.id)} className="ds-link">
                              {e.cancelled ? (
                                <s>{`${format.time(e.startsAt)} ${e.label}`}</s>
                              ) : (
                                `${format.time(e.startsAt)} ${e.label}`
                              )}
                            </Link>
                            {e.cancelled ? ` (${t('meetings.status.cancelled')})` : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
