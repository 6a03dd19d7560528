import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { getUser } from '../../../src/domain/accounts/queries';
import { setUserPassword } from '../../../src/domain/accounts/set-user-password';
import { updateUser } from '../../../src/domain/accounts/update-user';
import { CheckboxField, CsrfField, FormErrors, SelectField, TextField } from '../../components/form';
import { roleOptions } from '../../components/role-options';
import { peopleChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/user-edit';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, async () => {
    const [user, people] = await Promise.all([getUser(context.ctx, params.id), peopleChoices(context.ctx)]);
    return { user, people };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    if (fields.intent === 'password') {
      await setUserPassword({
        ctx,
        input: { id: params.id, password: form.get('password')?.toString() ?? '' },
      });
      context.flash.set('users.passwordSet');
    } else {
      await updateUser({
        ctx,
        input: {
          id: params.id,
          version: Number(fields.version),
          name: fields.name ?? '',
          email: fields.email ?? '',
          role: fields.role as 'admin' | 'editor' | 'member',
          active: form.has('active'),
          personId: fields.personId ?? null,
        },
      });
      context.flash.set('users.saved');
    }
    throw redirect(`/admin/brukere/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.user.name ?? 'Bruker'} – Samråd` }];
}

export default function EditUser({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { user } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const passwordFailure = failure?.values.intent === 'password' ? failure : undefined;
  const profileFailure = passwordFailure ? undefined : failure;
  const labels = {
    name: t('users.name'),
    email: t('users.email'),
    role: t('users.role'),
    password: t('users.password'),
  };
  return (
    <section className="narrow">
      <Heading level={1} data-size="lg">
        {t('users.edit', { name: user.name })}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="profile" />
        <input type="hidden" name="version" value={user.version} />
        <FormErrors failure={profileFailure} labels={labels} />
        <TextField
          name="name"
          label={labels.name}
          defaultValue={user.name}
          required
          failure={profileFailure}
        />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          defaultValue={user.email}
          required
          failure={profileFailure}
        />
        <SelectField
          name="role"
          label={labels.role}
          options={roleOptions(t)}
          defaultValue={user.role}
          failure={profileFailure}
        />
        <SelectField
          name="personId"
          label={t('users.person')}
          description={t('users.personHint')}
          options={[{ value: '', label: '—' }, ...loaderData.people]}
          defaultValue={user.personId ?? ''}
          failure={profileFailure}
        />
        <CheckboxField name="active" label={t('users.activeLabel')} defaultChecked={user.active} />
        <div>
          <Button type="submit">{t('users.save')}</Button>
        </div>
      </Form>
      <Heading level={2} data-size="md">
        {t('users.setPassword')}
      </Heading>
      <Paragraph>{t('users.setPasswordHint')}</Paragraph>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="password" />
        <FormErrors failure={passwordFailure} labels={labels} />
        <TextField
          name="password"
          type="password"
          label={t('users.password')}
          autoComplete="new-password"
          required
          failure={passwordFailure}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t('users.setPassword')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
