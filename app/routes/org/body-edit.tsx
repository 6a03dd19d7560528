import { redirect } from 'react-router';
import { can } from '../../../src/domain/bodies/permissions';
import { getBody, listBodies } from '../../../src/domain/bodies/queries';
import { updateBody } from '../../../src/domain/bodies/update-body';
import { listMembers } from '../../../src/domain/members/queries';
import { requirePermission } from '../../../src/kernel/guards';
import { BodyForm } from '../../components/body-form';
import { PageHeader } from '../../components/page-header';
import { bodyInput } from '../../lib/body-input.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/body-edit';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'bodies.manage'));
    const [body, bodies, members] = await Promise.all([
      getBody(ctx, params.id),
      listBodies(ctx, { includeInactive: true }),
      listMembers(ctx, { limit: 500 }),
    ]);
    return {
      body,
      bodies: bodies.items.filter((b) => b.id !== body.id).map((b) => ({ value: b.id, label: b.name })),
      members: members.items.map((m) => ({ value: m.id, label: m.name })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    await updateBody({
      ctx,
      input: { ...bodyInput(fields, form), id: params.id, version: fields.version } as never,
    });
    context.flash.set('common.saved');
    throw redirect(`/app/organer/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.body.name ?? 'Organ'} – Samråd` }];
}

export default function EditBody({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="narrow">
      <PageHeader title={t('bodies.editTitle', { name: loaderData.body.name })} />
      <BodyForm
        failure={actionData as FormFailure | undefined}
        body={loaderData.body}
        bodies={loaderData.bodies}
        members={loaderData.members}
      />
    </section>
  );
}
