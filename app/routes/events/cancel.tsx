import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { cancelRegistration } from '../../../src/domain/events/cancel-registration';
import { registrationForToken } from '../../../src/domain/events/queries';
import { CsrfField, FormErrors } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/cancel';

/**
 * The cancel link from the registration mail. Opening it changes nothing (mail scanners open
 * links); the button does.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, async () => ({
    csrfToken: context.csrfToken,
    registration: await registrationForToken(context.ctx, params.token),
    done: new URL(request.url).searchParams.has('avmeldt'),
  }));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    await cancelRegistration({
      ctx: context.ctx,
      input: { token: params.token, baseUrl: context.publicUrl },
    });
    throw redirect(`/arrangementer/avmelding/${params.token}?avmeldt=1`);
  });
}

export function meta() {
  return [{ title: 'Avmelding' }, { name: 'robots', content: 'noindex' }];
}

export default function CancelRegistration({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { registration, done } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const what = `${registration.event.title}, ${f.dateTime(registration.event.startsAt)}`;
  return (
    <>
      <PageHeader title={t('eventsUi.cancelTitle')} lead={what} />
      {registration.status === 'cancelled' ? (
        <Alert data-color={done ? 'success' : 'info'} role="status">
          {t(done ? 'eventsUi.cancelDone' : 'events.alreadyCancelled')}
        </Alert>
      ) : (
        <Form method="post" className="stack narrow">
          <CsrfField />
          <FormErrors failure={failure} labels={{}} />
          <Paragraph>
            {t(registration.status === 'waiting' ? 'eventsUi.cancelWaiting' : 'eventsUi.cancelConfirmed', {
              name: registration.name,
            })}
          </Paragraph>
          <div>
            <Button type="submit" data-color="danger">
              {t('eventsUi.cancelButton')}
            </Button>
          </div>
        </Form>
      )}
      <Paragraph>
        <Link className="ds-link" to={`/arrangementer/${registration.event.id}`}>
          {t('eventsUi.toEvent')}
        </Link>
      </Paragraph>
    </>
  );
}
