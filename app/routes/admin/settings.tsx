import { Button, Heading } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { can } from '../../../src/domain/accounts/permissions';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { updateOrganisationProfile } from '../../../src/domain/settings/update-organisation-profile';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors, TextareaField, TextField } from '../../components/form';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/settings';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'users.manage'));
    return { profile: await getOrganisationProfile(ctx) };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    await updateOrganisationProfile({ ctx: context.ctx, input: fields as never });
    context.flash.set('settings.saved');
    throw redirect('/admin/innstillinger');
  });
}

export function meta() {
  return [{ title: 'Innstillinger – Samråd' }];
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { profile } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const labels = {
    name: t('settings.name'),
    descriptionNb: t('settings.descriptionNb'),
    descriptionEn: t('settings.descriptionEn'),
    contactEmail: t('settings.contactEmail'),
  };
  return (
    <section className="narrow">
      <Heading level={1} data-size="lg">
        {t('settings.title')}
      </Heading>
      <Heading level={2} data-size="md">
        {t('settings.profile')}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={profile.version} />
        <FormErrors failure={failure} labels={labels} />
        <TextField name="name" label={labels.name} defaultValue={profile.name} required failure={failure} />
        <TextareaField
          name="descriptionNb"
          label={labels.descriptionNb}
          defaultValue={profile.descriptionNb}
          failure={failure}
        />
        <TextareaField
          name="descriptionEn"
          label={labels.descriptionEn}
          defaultValue={profile.descriptionEn}
          failure={failure}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={labels.contactEmail}
          defaultValue={profile.contactEmail}
          failure={failure}
        />
        <div>
          <Button type="submit">{t('settings.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
