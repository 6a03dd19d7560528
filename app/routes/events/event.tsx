import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addSession } from '../../../src/domain/events/add-session';
import { cancelRegistration } from '../../../src/domain/events/cancel-registration';
import { markAttendance } from '../../../src/domain/events/mark-attendance';
import { can } from '../../../src/domain/events/permissions';
import { getEvent, listRegistrations } from '../../../src/domain/events/queries';
import { removeSession } from '../../../src/domain/events/remove-session';
import { updateEvent } from '../../../src/domain/events/update-event';
import { toOsloLocal } from '../../../src/kernel/dates';
import { EventForm, eventInput } from '../../components/event-form';
import { EventProgramme } from '../../components/event-programme';
import { CsrfField, FormErrors, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { RowAction } from '../../components/row-action';
import { TableDownloads } from '../../components/table-downloads';
import { networkChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/event';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const { event, internal } = await getEvent(ctx, params.id);
    const manage = can(ctx.actor, 'events.manage');
    const [registrations, networks] = manage
      ? await Promise.all([listRegistrations(ctx, params.id), networkChoices(ctx)])
      : [null, []];
    return {
      event,
      internal: internal!,
      manage,
      registrations,
      networks,
      form: internal && {
        ...internal.row,
        startsAt: toOsloLocal(internal.row.startsAt),
        endsAt: toOsloLocal(internal.row.endsAt),
        capacity: internal.row.capacity?.toString() ?? '',
        networkId: internal.row.networkId ?? '',
      },
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  const back = `/app/arrangementer/${params.id}`;
  const baseUrl = context.publicUrl;
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      switch (fields.intent) {
        case 'event':
          await updateEvent({
            ctx,
            input: { ...eventInput(fields), id: params.id, version: fields.version ?? '', baseUrl },
          });
          break;
        case 'session':
          await addSession({
            ctx,
            input: {
              eventId: params.id,
              startsAt: fields.sessionStartsAt ?? '',
              endsAt: fields.sessionEndsAt ?? null,
              title: fields.sessionTitle ?? '',
              speakers: (fields.speakers ?? '')
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            },
          });
          break;
        case 'removeSession':
          await removeSession({ ctx, input: { id: fields.sessionId ?? '' } });
          break;
        case 'cancel':
          await cancelRegistration({ ctx, input: { id: fields.registrationId ?? '', baseUrl } });
          break;
        case 'attendance':
          await markAttendance({
            ctx,
            input: { eventId: params.id, present: form.getAll('present').map(String) },
          });
          break;
      }
      context.flash.set('common.saved');
      throw redirect(back);
    },
    { startsAt: 'sessionStartsAt', endsAt: 'sessionEndsAt', title: 'sessionTitle' },
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.event.title ?? 'Arrangement'} – Samråd` }];
}

export default function Event({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const failure = actionData as FormFailure | undefined;
  const intent = failure?.values.intent;
  const { event, internal, manage, registrations } = loaderData;
  const sessionLabels = {
    sessionStartsAt: t('eventsUi.sessionStartsAt'),
    sessionEndsAt: t('eventsUi.sessionEndsAt'),
    sessionTitle: t('eventsUi.sessionTitle'),
    speakers: t('eventsUi.speakers'),
  };
  return (
    <>
      <PageHeader title={event.title} lead={t(`events.kind.${event.kind}`)}>
        <Link to="/app/arrangementer" className="ds-link">
          {t('nav.events')}
        </Link>
      </PageHeader>
      <dl className="facts">
        <dt>{t('eventsUi.when')}</dt>
        <dd>
          {f.dateTime(event.startsAt)}–{f.dateTime(event.endsAt)}
        </dd>
        <dt>{t('eventsUi.where')}</dt>
        <dd>{event.location || t('events.placeTba')}</dd>
        <dt>{t('eventsUi.confirmed')}</dt>
        <dd>
          {f.number(internal.confirmed)}
          {event.capacity ? ` / ${f.number(event.capacity)}` : ''}
          {internal.waiting ? ` (${t('eventsUi.onWaitingList', { count: internal.waiting })})` : ''}
        </dd>
        {internal.network ? (
          <>
            <dt>{t('eventsUi.network')}</dt>
            <dd>
              <Link className="ds-link" to={`/app/nettverk/${internal.network.id}`}>
                {internal.network.name}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t('eventsUi.status')}</dt>
        <dd>
          {internal.row.published ? (
            <Link className="ds-link" to={`/arrangementer/${event.id}`}>
              {t('eventsUi.isPublished')}
            </Link>
          ) : (
            t('eventsUi.notPublished')
          )}
          {' · '}
          {event.registrationOpen ? t('eventsUi.registrationOpen') : t('eventsUi.registrationClosed')}
        </dd>
      </dl>
      <Paragraph>
        <a className="ds-link" href={`/arrangementer/${event.id}/kalender.ics`}>
          {t('eventsUi.addToCalendar')}
        </a>
      </Paragraph>

      <EventProgramme
        sessions={event.sessions}
        remove={
          manage
            ? (id, title) => (
                <RowAction
                  intent="removeSession"
                  fields={{ sessionId: id }}
                  label={t('common.delete')}
                  what={title}
                />
              )
            : undefined
        }
      />
      {manage ? (
        <Form method="post" className="stack narrow panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="session" />
          <Heading level={3} data-size="xs">
            {t('eventsUi.addSession')}
          </Heading>
          <FormErrors failure={intent === 'session' ? failure : undefined} labels={sessionLabels} />
          <TextField
            name="sessionStartsAt"
            type="datetime-local"
            label={sessionLabels.sessionStartsAt}
            required
            defaultValue={loaderData.form?.startsAt}
            failure={intent === 'session' ? failure : undefined}
          />
          <TextField
            name="sessionEndsAt"
            type="datetime-local"
            label={sessionLabels.sessionEndsAt}
            failure={intent === 'session' ? failure : undefined}
          />
          <TextField
            name="sessionTitle"
            label={sessionLabels.sessionTitle}
            required
            failure={intent === 'session' ? failure : undefined}
          />
          <TextareaField
            name="speakers"
            label={sessionLabels.speakers}
            description={t('eventsUi.speakersHint')}
            rows={3}
            failure={intent === 'session' ? failure : undefined}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('eventsUi.addSession')}
            </Button>
          </div>
        </Form>
      ) : null}

      {registrations ? (
        <section aria-labelledby="pameldte">
          <Heading level={2} data-size="md" id="pameldte">
            {t('eventsUi.registrations')}
          </Heading>
          <TableDownloads href={`/api/v1/events/${event.id}/participants`} />
          {registrations.confirmed.length ? (
            <Form method="post" id="attendance">
              <CsrfField />
              <input type="hidden" name="intent" value="attendance" />
            </Form>
          ) : null}
          {registrations.confirmed.length ? (
            <Table zebra>
              <caption>{t('eventsUi.confirmedList', { count: registrations.confirmed.length })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('events.column.attended')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.column.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.column.organisation')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.column.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.column.dietaryNeeds')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="visually-hidden">{t('eventsUi.cancelButton')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {registrations.confirmed.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>
                      <input
                        type="checkbox"
                        className="ds-input"
                        form="attendance"
                        name="present"
                        value={r.id}
                        defaultChecked={r.attended === true}
                        aria-label={t('eventsUi.came', { name: r.name })}
                      />
                    </Table.Cell>
                    <Table.Cell>{r.name}</Table.Cell>
                    <Table.Cell>{r.organisation}</Table.Cell>
                    <Table.Cell>{r.email}</Table.Cell>
                    <Table.Cell>{r.dietaryNeeds}</Table.Cell>
                    <Table.Cell>
                      <RowAction
                        intent="cancel"
                        fields={{ registrationId: r.id }}
                        label={t('eventsUi.cancelButton')}
                        what={r.name}
                      />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Paragraph>{t('eventsUi.noRegistrations')}</Paragraph>
          )}
          {registrations.confirmed.length ? (
            <div>
              <Button type="submit" form="attendance" variant="secondary">
                {t('eventsUi.saveAttendance')}
              </Button>
            </div>
          ) : null}
          <Heading level={3} data-size="xs">
            {t('eventsUi.waitingList')}
          </Heading>
          {registrations.waiting.length ? (
            <ol>
              {registrations.waiting.map((r) => (
                <li key={r.id}>
                  {r.name}
                  {r.organisation ? `, ${r.organisation}` : ''} ({f.dateTime(r.registeredAt)})
                </li>
              ))}
            </ol>
          ) : (
            <Paragraph>{t('eventsUi.noWaiting')}</Paragraph>
          )}
          {registrations.cancelled.length ? (
            <Paragraph>{t('eventsUi.cancelledCount', { count: registrations.cancelled.length })}</Paragraph>
          ) : null}
        </section>
      ) : null}

      {manage && loaderData.form ? (
        <section aria-labelledby="rediger">
          <Heading level={2} data-size="md" id="rediger">
            {t('eventsUi.edit')}
          </Heading>
          <EventForm
            values={loaderData.form}
            failure={intent === 'event' ? failure : undefined}
            networks={loaderData.networks}
            submit={t('common.save')}
          />
        </section>
      ) : null}
    </>
  );
}
