import { Button, Heading } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { addUser } from '../../../src/domain/accounts/add-user';
import { can } from '../../../src/domain/accounts/permissions';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors, SelectField, TextField } from '../../components/form';
import { roleOptions } from '../../components/role-options';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/user-new';

export async function loader({ request, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, async () => {
    requirePermission(context.ctx, can(context.ctx.actor, 'users.manage'));
    return null;
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const user = await addUser({ ctx: context.ctx, input: fields as never });
    context.flash.set('users.created', { email: user.email });
    throw redirect(`/admin/brukere/${user.id}`);
  });
}

export function meta() {
  return [{ title: 'Ny bruker – Samråd' }];
}

export default function NewUser({ actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  const labels = {
    name: t('users.name'),
    email: t('users.email'),
    role: t('users.role'),
    password: t('users.password'),
  };
  return (
    <section className="narrow">
      <Heading level={1} data-size="lg">
        {t('users.newTitle')}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors failure={failure} labels={labels} />
        <TextField name="name" label={labels.name} autoComplete="off" required failure={failure} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          required
          failure={failure}
        />
        <SelectField
          name="role"
          label={labels.role}
          options={roleOptions(t)}
          defaultValue="member"
          failure={failure}
        />
        <TextField
          name="password"
          type="password"
          label={labels.password}
          description={t('users.passwordHint')}
          autoComplete="new-password"
          failure={failure}
        />
        <div>
          <Button type="submit">{t('users.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
