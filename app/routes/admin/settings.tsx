import { Button, Heading } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { can } from '../../../src/domain/accounts/permissions';
import { getOrganisationProfile, getSettings } from '../../../src/domain/settings/queries';
import { updateMeetingSettings } from '../../../src/domain/settings/update-meeting-settings';
import { updateMembershipSettings } from '../../../src/domain/settings/update-membership-settings';
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
    const [profile, membership, meetings] = await Promise.all([
      getOrganisationProfile(ctx),
      getSettings(ctx, 'membership'),
      getSettings(ctx, 'meetings'),
    ]);
    return { profile, membership, meetings };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    if (fields.intent === 'membership')
      await updateMembershipSettings({ ctx: context.ctx, input: fields as never });
    else if (fields.intent === 'meetings')
      await updateMeetingSettings({ ctx: context.ctx, input: fields as never });
    else await updateOrganisationProfile({ ctx: context.ctx, input: fields as never });
    context.flash.set('settings.saved');
    throw redirect('/admin/innstillinger');
  });
}

export function meta() {
  return [{ title: 'Innstillinger – Samråd' }];
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { profile, membership, meetings } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const membershipFailure = failure?.values.intent === 'membership' ? failure : undefined;
  const meetingsFailure = failure?.values.intent === 'meetings' ? failure : undefined;
  const profileFailure = membershipFailure || meetingsFailure ? undefined : failure;
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
        <FormErrors failure={profileFailure} labels={labels} />
        <TextField
          name="name"
          label={labels.name}
          defaultValue={profile.name}
          required
          failure={profileFailure}
        />
        <TextareaField
          name="descriptionNb"
          label={labels.descriptionNb}
          defaultValue={profile.descriptionNb}
          failure={profileFailure}
        />
        <TextareaField
          name="descriptionEn"
          label={labels.descriptionEn}
          defaultValue={profile.descriptionEn}
          failure={profileFailure}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={labels.contactEmail}
          defaultValue={profile.contactEmail}
          failure={profileFailure}
        />
        <div>
          <Button type="submit">{t('settings.save')}</Button>
        </div>
      </Form>
      <Heading level={2} data-size="md">
        {t('settings.membership')}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="membership" />
        <input type="hidden" name="version" value={membership.version} />
        <FormErrors
          failure={membershipFailure}
          labels={{ exitNoticeMonths: t('settings.exitNoticeMonths') }}
        />
        <TextField
          name="exitNoticeMonths"
          type="number"
          label={t('settings.exitNoticeMonths')}
          description={t('settings.exitNoticeMonthsHint')}
          defaultValue={String(membership.exitNoticeMonths)}
          required
          failure={membershipFailure}
        />
        <div>
          <Button type="submit">{t('settings.save')}</Button>
        </div>
      </Form>
      <Heading level={2} data-size="md">
        {t('settings.meetings')}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="meetings" />
        <input type="hidden" name="version" value={meetings.version} />
        <FormErrors failure={meetingsFailure} labels={{ noticeDays: t('settings.noticeDays') }} />
        <TextField
          name="noticeDays"
          type="number"
          label={t('settings.noticeDays')}
          description={t('settings.noticeDaysHint')}
          defaultValue={String(meetings.noticeDays)}
          required
          failure={meetingsFailure}
        />
        <div>
          <Button type="submit">{t('settings.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
