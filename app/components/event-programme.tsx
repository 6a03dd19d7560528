import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PublicEvent } from '../../src/domain/events/present';
import { useFormat, useT } from '../lib/i18n';

/** The event's programme: each session's time, title and speakers, in order. */
export function EventProgramme({
  sessions,
  remove,
}: {
  sessions: PublicEvent['sessions'];
  /** The secretariat's remove button for a session. */
  remove?: (id: string, title: string) => React.ReactNode;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <section aria-labelledby="program">
      <Heading level={2} data-size="md" id="program">
        {t('eventsUi.programme')}
      </Heading>
      {sessions.length ? (
        <ol className="plain-list stack">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>
                {f.time(s.startsAt)}
                {s.endsAt ? `–${f.time(s.endsAt)}` : ''}
              </strong>{' '}
              {s.title}
              {s.speakers.length ? (
                <>
                  <br />
                  <span className="muted">{s.speakers.join('; ')}</span>
                </>
              ) : null}
              {remove ? remove(s.id, s.title) : null}
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('eventsUi.noProgramme')}</Paragraph>
      )}
    </section>
  );
}
