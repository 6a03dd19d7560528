import { Button } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { can } from '../../../src/domain/meetings/permissions';
import { scheduleMeeting } from '../../../src/domain/meetings/schedule-meeting';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors } from '../../components/form';
import { MeetingFields, meetingLabels } from '../../components/meeting-fields';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { meetingInput } from '../../lib/meeting-input.server';
import { param } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/meeting-new';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'meetings.manage'));
    const bodies = await listBodies(ctx);
    return {
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      bodyId: param(new URL(request.url), 'organ') ?? '',
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const meeting = await scheduleMeeting({
      ctx,
      input: { ...meetingInput(fields), bodyId: fields.bodyId ?? '' },
    });
    context.flash.set('meetings.scheduled', { title: meeting.title });
    throw redirect(`/app/moter/${meeting.id}`);
  });
}

export function meta() {
  return [{ title: 'Nytt møte – Samråd' }];
}

export default function MeetingNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('meetings.new')} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors failure={failure} labels={meetingLabels(t)} />
        <MeetingFields
          failure={failure}
          values={{ bodyId: loaderData.bodyId, open: true }}
          bodies={loaderData.bodies}
        />
        <div>
          <Button type="submit">{t('meetings.schedule')}</Button>
        </div>
      </Form>
    </section>
  );
}
