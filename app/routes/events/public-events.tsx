import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { listEvents } from '../../../src/domain/events/queries';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/public-events';

/** The portal's events: what is coming (with registration), and what has been. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = { ...context.ctx, actor: { kind: 'anonymous' as const } };
  const url = new URL(request.url);
  return guard(request, ctx.locale, async () => ({
    upcoming: await listEvents(ctx, { when: 'upcoming', limit: 100 }),
    past: await listEvents(ctx, { when: 'past', limit: 20, cursor: param(url, 'side') }),
  }));
}

export function meta() {
  return [{ title: 'Arrangementer' }];
}

export default function PublicEvents({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const list = (items: typeof loaderData.upcoming.items) => (
    <ul className="plain-list stack">
      {items.map((e) => (
        <li key={e.id}>
          <Link to={`/arrangementer/${e.id}`} className="ds-link">
            {e.title}
          </Link>
          <br />
          <span className="muted">
            {t(`events.kind.${e.kind}`)} · {f.dateTime(e.startsAt)}
            {e.location ? ` · ${e.location}` : ''}
            {e.registrationOpen ? ` · ${t('eventsUi.registrationOpen')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeader title={t('nav.events')} lead={t('eventsUi.publicLead')} />
      <section aria-labelledby="kommende">
        <Heading level={2} data-size="md" id="kommende">
          {t('eventsUi.upcoming')}
        </Heading>
        {loaderData.upcoming.items.length ? (
          list(loaderData.upcoming.items)
        ) : (
          <Paragraph>{t('eventsUi.noneUpcoming')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="tidligere">
        <Heading level={2} data-size="md" id="tidligere">
          {t('eventsUi.past')}
        </Heading>
        {loaderData.past.items.length ? (
          list(loaderData.past.items)
        ) : (
          <Paragraph>{t('eventsUi.nonePast')}</Paragraph>
        )}
        <Pager next={loaderData.past.nextCursor} label={t('eventsUi.past')} />
      </section>
    </>
  );
}
