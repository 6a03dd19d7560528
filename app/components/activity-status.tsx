import { Tag } from '@digdir/designsystemet-react';
import type { ActivityStatus } from '../../src/domain/programme/fields';
import { useT } from '../lib/i18n';

const COLOR: Record<ActivityStatus, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  planned: 'neutral',
  ongoing: 'info',
  done: 'success',
  postponed: 'warning',
  cancelled: 'danger',
};

/** An activity's status as a tag: the word says it, the colour only repeats it. */
export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const t = useT();
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`activity.status.${status}`)}
    </Tag>
  );
}

const ORDER: ActivityStatus[] = ['done', 'ongoing', 'planned', 'postponed', 'cancelled'];

/**
 * How far a focus area (or the programme) has come: a bar of the statuses, drawn for the eye, and
 * the same counts in words for everyone.
 */
export function ProgressBar({ progress }: { progress: Record<ActivityStatus, number> }) {
  const t = useT();
  const total = ORDER.reduce((n, s) => n + progress[s], 0);
  const present = ORDER.filter((s) => progress[s] > 0);
  return (
    <div className="progress">
      <div className="progress__bar" aria-hidden="true">
        {present.map((s) => (
          <span
            key={s}
            className={`progress__part progress__part--${s}`}
            style={{ width: `${(progress[s] / total) * 100}%` }}
          />
        ))}
      </div>
      <p className="progress__text">
        {total === 0
          ? t('programmeUi.noActivities')
          : present
              .map((s) => `${progress[s]} ${t(`activity.status.${s}`).toLocaleLowerCase('nb')}`)
              .join(', ')}
      </p>
    </div>
  );
}
