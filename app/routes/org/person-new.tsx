import { Button } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { listMembers } from '../../../src/domain/members/queries';
import { addPerson } from '../../../src/domain/people/add-person';
import { can } from '../../../src/domain/people/permissions';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { PersonFields, personLabels } from '../../components/person-fields';
import { PrivacyNote } from '../../components/privacy-note';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/person-new';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'people.manage'));
    const members = await listMembers(ctx, { limit: 500 });
    return { members: members.items.map((m) => ({ value: m.id, label: m.name })) };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const person = await addPerson({ ctx, input: fields as never });
    context.flash.set('people.created', { name: person.name });
    throw redirect(`/app/personer/${person.id}`);
  });
}

export function meta() {
  return [{ title: 'Ny person – Samråd' }];
}

export default function NewPerson({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('people.add')} />
      <PrivacyNote />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors failure={failure} labels={personLabels(t)} />
        <PersonFields failure={failure} members={loaderData.members} />
        <div>
          <Button type="submit">{t('common.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
