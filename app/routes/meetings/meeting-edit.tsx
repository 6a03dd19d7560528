import { Button } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { can } from '../../../src/domain/meetings/permissions';
import { getMeeting } from '../../../src/domain/meetings/queries';
import { updateMeeting } from '../../../src/domain/meetings/update-meeting';
import { toOsloLocal } from '../../../src/kernel/dates';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors } from '../../components/form';
import { MeetingFields, meetingLabels } from '../../components/meeting-fields';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { meetingInput } from '../../lib/meeting-input.server';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/meeting-edit';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'meetings.manage'));
    const { meeting, body } = await getMeeting(ctx, params.id);
    return {
      id: meeting.id,
      version: meeting.version,
      bodyName: body.name,
      values: {
        title: meeting.title,
        startsAt: toOsloLocal(meeting.startsAt),
        endsAt: meeting.endsAt ? toOsloLocal(meeting.endsAt) : '',
        location: meeting.location,
        remote: meeting.remote,
        open: meeting.open,
        closedLegalBasis: meeting.closedLegalBasis ?? '',
      },
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    await updateMeeting({
      ctx,
      input: { ...meetingInput(fields), id: params.id, version: fields.version ?? '' },
    });
    context.flash.set('common.saved');
    throw redirect(`/app/moter/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Rediger ${data?.values.title ?? 'møte'} – Samråd` }];
}

export default function MeetingEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('meetings.editTitle')} lead={loaderData.bodyName} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={loaderData.version} />
        <FormErrors failure={failure} labels={meetingLabels(t)} />
        <MeetingFields failure={failure} values={loaderData.values} />
        <div className="page-actions">
          <Button type="submit">{t('common.save')}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/app/moter/${loaderData.id}`}>{t('common.cancel')}</Link>
          </Button>
        </div>
      </Form>
    </section>
  );
}
