import { redirect } from 'react-router';
import { addBody } from '../../../src/domain/bodies/add-body';
import { can } from '../../../src/domain/bodies/permissions';
import { listBodies } from '../../../src/domain/bodies/queries';
import { listMembers } from '../../../src/domain/members/queries';
import { requirePermission } from '../../../src/kernel/guards';
import { BodyForm } from '../../components/body-form';
import { PageHeader } from '../../components/page-header';
import { bodyInput } from '../../lib/body-input.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/body-new';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'bodies.manage'));
    const [bodies, members] = await Promise.all([
      listBodies(ctx, { includeInactive: true }),
      listMembers(ctx, { limit: 500 }),
    ]);
    return {
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      members: members.items.map((m) => ({ value: m.id, label: m.name })),
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const body = await addBody({ ctx, input: bodyInput(fields, form) as never });
    context.flash.set('bodies.created', { name: body.name });
    throw redirect(`/app/organer/${body.id}`);
  });
}

export function meta() {
  return [{ title: 'Nytt organ – Samråd' }];
}

export default function NewBody({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="narrow">
      <PageHeader title={t('bodies.add')} />
      <BodyForm
        failure={actionData as FormFailure | undefined}
        bodies={loaderData.bodies}
        members={loaderData.members}
      />
    </section>
  );
}
