import { useFormat, useT } from '../lib/i18n';

interface MeetingFactsData {
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  remote: boolean;
  open: boolean;
  closedLegalBasis: string | null;
  noticeSentAt: Date | null;
  minutesApprovedAt: Date | null;
}

/** When and where, open or closed, and when the notice went out and the minutes were approved. */
export function MeetingFacts({
  meeting,
  children,
}: {
  meeting: MeetingFactsData;
  children?: React.ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <dl className="facts">
      <dt>{t('meetings.when')}</dt>
      <dd>
        {format.dateTime(meeting.startsAt)}
        {meeting.endsAt ? `–${format.time(meeting.endsAt)}` : ''}
      </dd>
      <dt>{t('meetings.where')}</dt>
      <dd>
        {meeting.remote
          ? `${t('meetings.remoteMeeting')}${meeting.location ? ` (${meeting.location})` : ''}`
          : meeting.location || '—'}
      </dd>
      <dt>{t('doc.openness')}</dt>
      <dd>
        {meeting.open
          ? t('doc.openMeeting')
          : t('doc.closedMeeting', { basis: meeting.closedLegalBasis ?? '' })}
      </dd>
      {meeting.noticeSentAt ? (
        <>
          <dt>{t('meetings.noticeSentAt')}</dt>
          <dd>{format.dateTime(meeting.noticeSentAt)}</dd>
        </>
      ) : null}
      {meeting.minutesApprovedAt ? (
        <>
          <dt>{t('meetings.minutesApprovedAt')}</dt>
          <dd>{format.dateTime(meeting.minutesApprovedAt)}</dd>
        </>
      ) : null}
      {children}
    </dl>
  );
}
