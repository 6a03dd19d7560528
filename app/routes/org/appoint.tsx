import { Button } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { appointPerson } from '../../../src/domain/bodies/appoint-person';
import { can } from '../../../src/domain/bodies/permissions';
import { getAppointment, getBody } from '../../../src/domain/bodies/queries';
import { todayInOslo } from '../../../src/kernel/dates';
import { requirePermission } from '../../../src/kernel/guards';
import { AppointmentFields, appointmentLabels } from '../../components/appointment-fields';
import { CsrfField, FormErrors } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { appointmentChoices, appointmentInput } from '../../lib/appointment-input.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/appoint';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const date = dateParam(new URL(request.url)) ?? todayInOslo(ctx.now);
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'bodies.manage'));
    const body = await getBody(ctx, params.id);
    return {
      body: { id: body.id, name: body.name },
      date,
      ...(await appointmentChoices(ctx, params.id, date)),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const appointment = await appointPerson({
      ctx,
      input: { ...appointmentInput(fields), bodyId: params.id } as never,
    });
    const view = await getAppointment(ctx, appointment.id);
    context.flash.set('bodies.appointed', { person: view.personName });
    throw redirect(`/app/organer/${params.id}?dato=${appointment.validFrom}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Oppnevn til ${data?.body.name ?? 'organ'} – Samråd` }];
}

export default function Appoint({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('bodies.appointTitle', { name: loaderData.body.name })} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors failure={failure} labels={appointmentLabels(t)} />
        <AppointmentFields
          failure={failure}
          values={{ validFrom: loaderData.date }}
          people={loaderData.people}
          members={loaderData.members}
          subregions={loaderData.subregions}
          seats={loaderData.seats}
        />
        <div>
          <Button type="submit">{t('bodies.appoint')}</Button>
        </div>
      </Form>
    </section>
  );
}
