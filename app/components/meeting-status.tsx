import { Tag } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n';

type Status = 'planned' | 'notice_sent' | 'held' | 'minutes_approved' | 'cancelled';
const COLOR: Record<Status, 'neutral' | 'info' | 'warning' | 'success' | 'danger'> = {
  planned: 'neutral',
  notice_sent: 'info',
  held: 'warning',
  minutes_approved: 'success',
  cancelled: 'danger',
};

/** Where a meeting is in its course: planned → notice sent → held → minutes approved (or cancelled). */
export function MeetingStatus({ status }: { status: Status }) {
  const t = useT();
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}
