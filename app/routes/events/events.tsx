import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link, redirect } from 'react-router';
import { createEvent } from '../../../src/domain/events/create-event';
import { listEvents } from '../../../src/domain/events/queries';
import { EventForm, eventInput } from '../../components/event-form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { networkChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/events';

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const page = await listEvents(ctx, { when: 'all', cursor: param(url, 'side'), limit: 50 });
    return { page, networks: await networkChoices(ctx) };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const event = await createEvent({ ctx: context.ctx, input: eventInput(fields) });
    context.flash.set('common.saved');
    throw redirect(`/app/arrangementer/${event.id}`);
  });
}

export function meta() {
  return [{ title: 'Arrangementer – Samråd' }];
}

export default function Events({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const canEdit = useCanEdit();
  const { page } = loaderData;
  return (
    <>
      <PageHeader title={t('nav.events')} lead={t('eventsUi.lead')} />
      {page.items.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('nav.events')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('eventsUi.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('eventsUi.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('eventsUi.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('eventsUi.confirmed')}</Table.HeaderCell>
              <Table.HeaderCell>{t('eventsUi.waiting')}</Table.HeaderCell>
              <Table.HeaderCell>{t('eventsUi.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/arrangementer/${e.id}`}>
                    {e.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{f.dateTime(e.startsAt)}</Table.Cell>
                <Table.Cell>{t(`events.kind.${e.kind}`)}</Table.Cell>
                <Table.Cell>
                  {'confirmed' in e ? f.number(e.confirmed) : ''}
                  {e.capacity ? ` / ${f.number(e.capacity)}` : ''}
                </Table.Cell>
                <Table.Cell>{'waiting' in e ? f.number(e.waiting) : ''}</Table.Cell>
                <Table.Cell>
                  {'published' in e && e.published ? t('eventsUi.isPublished') : t('eventsUi.notPublished')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('eventsUi.none')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('nav.events')} />
      {canEdit ? (
        <section aria-labelledby="nytt-arrangement">
          <Heading level={2} data-size="md" id="nytt-arrangement">
            {t('eventsUi.new')}
          </Heading>
          <EventForm
            failure={actionData as FormFailure | undefined}
            networks={loaderData.networks}
            submit={t('eventsUi.create')}
          />
        </section>
      ) : null}
    </>
  );
}
