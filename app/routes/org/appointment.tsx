import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { can } from '../../../src/domain/bodies/permissions';
import { getAppointment } from '../../../src/domain/bodies/queries';
import { removeAppointment } from '../../../src/domain/bodies/remove-appointment';
import { updateAppointment } from '../../../src/domain/bodies/update-appointment';
import { requirePermission } from '../../../src/kernel/guards';
import { AppointmentFields, appointmentLabels } from '../../components/appointment-fields';
import { CsrfField, FormErrors } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { appointmentChoices, appointmentInput } from '../../lib/appointment-input.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/appointment';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'bodies.manage'));
    const appointment = await getAppointment(ctx, params.id);
    const choices = await appointmentChoices(ctx, appointment.bodyId, appointment.validFrom);
    return { appointment, ...choices, seats: choices.seats.filter((s) => s.value !== appointment.id) };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const current = await getAppointment(ctx, params.id);
    if (fields.intent === 'remove') {
      await removeAppointment({ ctx, input: { id: params.id } });
      context.flash.set('bodies.appointmentRemoved');
    } else {
      await updateAppointment({
        ctx,
        input: {
          ...appointmentInput(fields),
          id: params.id,
          bodyId: current.bodyId,
          version: fields.version,
        } as never,
      });
      context.flash.set('common.saved');
    }
    throw redirect(`/app/organer/${current.bodyId}?dato=${current.validFrom}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.appointment.personName ?? 'Verv'} – Samråd` }];
}

export default function Appointment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { appointment: a } = loaderData;
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('bodies.appointmentTitle', { person: a.personName, body: a.bodyName })} />
      <Heading level={2} data-size="md">
        {t('bodies.appointmentEnd')}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="version" value={a.version} />
        <FormErrors failure={failure} labels={appointmentLabels(t)} />
        <AppointmentFields
          failure={failure}
          values={{
            personId: a.personId,
            role: a.role,
            onBehalfMemberId: a.onBehalf?.kind === 'member' ? a.onBehalf.id : null,
            onBehalfSubregionId: a.onBehalf?.kind === 'subregion' ? a.onBehalf.id : null,
            deputyForId: a.deputyForId,
            votingRight: a.votingRight,
            validFrom: a.validFrom,
            validTo: a.validTo,
            notes: a.notes,
          }}
          people={loaderData.people}
          members={loaderData.members}
          subregions={loaderData.subregions}
          seats={loaderData.seats}
        />
        <div>
          <Button type="submit">{t('common.save')}</Button>
        </div>
      </Form>
      <Heading level={2} data-size="md">
        {t('bodies.appointmentRemove')}
      </Heading>
      <Paragraph>{t('bodies.appointmentRemoveHint')}</Paragraph>
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value="remove" />
        <Button type="submit" variant="secondary" data-color="danger">
          {t('bodies.appointmentRemove')}
        </Button>
      </Form>
    </section>
  );
}
