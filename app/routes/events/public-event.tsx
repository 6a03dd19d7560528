import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { getEvent } from '../../../src/domain/events/queries';
import { registerForEvent } from '../../../src/domain/events/register-for-event';
import { EventProgramme } from '../../components/event-programme';
import { CheckboxField, CsrfField, FormErrors, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/public-event';

/** An event on the portal: what, when, where, the programme, and the registration form. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = { ...context.ctx, actor: { kind: 'anonymous' as const } };
  return guard(request, ctx.locale, async () => ({
    csrfToken: context.csrfToken,
    event: (await getEvent(ctx, params.id)).event,
    received: new URL(request.url).searchParams.has('mottatt'),
  }));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    await registerForEvent({
      ctx: context.ctx,
      input: {
        eventId: params.id,
        baseUrl: context.publicUrl,
        name: fields.name ?? '',
        organisation: fields.organisation,
        email: fields.email ?? '',
        dietaryNeeds: fields.dietaryNeeds,
        consent: (fields.consent === 'on') as true,
        website: fields.website,
      },
    });
    throw redirect(`/arrangementer/${params.id}?mottatt=1#pamelding`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.event.title ?? 'Arrangement' }];
}

export default function PublicEvent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { event, received } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const labels = {
    name: t('eventsUi.name'),
    organisation: t('eventsUi.organisation'),
    email: t('eventsUi.email'),
    dietaryNeeds: t('eventsUi.dietaryNeeds'),
    consent: t('eventsUi.consent'),
    website: t('eventsUi.honeypot'),
  };
  return (
    <>
      <PageHeader title={event.title} lead={t(`events.kind.${event.kind}`)} />
      <dl className="facts">
        <dt>{t('eventsUi.when')}</dt>
        <dd>
          {f.dateTime(event.startsAt)}–{f.time(event.endsAt)}
        </dd>
        <dt>{t('eventsUi.where')}</dt>
        <dd>{event.location || t('events.placeTba')}</dd>
        {event.seatsLeft !== null ? (
          <>
            <dt>{t('eventsUi.seatsLeft')}</dt>
            <dd>{event.seatsLeft ? f.number(event.seatsLeft) : t('eventsUi.full')}</dd>
          </>
        ) : null}
      </dl>
      <Paragraph>
        <a className="ds-link" href={`/arrangementer/${event.id}/kalender.ics`}>
          {t('eventsUi.addToCalendar')}
        </a>
      </Paragraph>
      {event.description ? <Paragraph className="prewrap">{event.description}</Paragraph> : null}
      <EventProgramme sessions={event.sessions} />
      <section aria-labelledby="pamelding">
        <Heading level={2} data-size="md" id="pamelding">
          {t('eventsUi.register')}
        </Heading>
        {received ? (
          <Alert data-color="success" role="status">
            {t('eventsUi.received')}
          </Alert>
        ) : null}
        {event.registrationOpen ? (
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <FormErrors failure={failure} labels={labels} />
            {event.seatsLeft === 0 ? <Paragraph>{t('eventsUi.fullWaitingList')}</Paragraph> : null}
            <TextField name="name" label={labels.name} required autoComplete="name" failure={failure} />
            <TextField
              name="organisation"
              label={labels.organisation}
              autoComplete="organization"
              failure={failure}
            />
            <TextField
              name="email"
              type="email"
              label={labels.email}
              required
              autoComplete="email"
              description={t('eventsUi.emailHint')}
              failure={failure}
            />
            <TextareaField name="dietaryNeeds" label={labels.dietaryNeeds} rows={2} failure={failure} />
            <div className="honeypot" aria-hidden="true">
              <label htmlFor="field-website">{labels.website}</label>
              <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
            </div>
            <Paragraph data-size="sm">{event.consentText}</Paragraph>
            <CheckboxField name="consent" label={labels.consent} required failure={failure} />
            <div>
              <Button type="submit">{t('eventsUi.registerButton')}</Button>
            </div>
          </Form>
        ) : (
          <Paragraph>{t('eventsUi.registrationClosed')}</Paragraph>
        )}
      </section>
    </>
  );
}
