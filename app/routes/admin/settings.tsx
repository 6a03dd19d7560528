import { Button, Heading } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { can } from '../../../src/domain/accounts/permissions';
import { MILESTONE_KINDS } from '../../../src/domain/cycle/fields';
import { getOrganisationProfile, getSettings } from '../../../src/domain/settings/queries';
import { updateCycleSettings } from '../../../src/domain/settings/update-cycle-settings';
import { updateMeetingSettings } from '../../../src/domain/settings/update-meeting-settings';
import { updateMembershipSettings } from '../../../src/domain/settings/update-membership-settings';
import { updateOrganisationProfile } from '../../../src/domain/settings/update-organisation-profile';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/settings';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'users.manage'));
    const [profile, membership, meetings, cycle] = await Promise.all([
      getOrganisationProfile(ctx),
      getSettings(ctx, 'membership'),
      getSettings(ctx, 'meetings'),
      getSettings(ctx, 'cycle'),
    ]);
    return { profile, membership, meetings, cycle };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  // The cycle's windows are nested in the settings: "fee.fromMonth" in the form, windows.fee.fromMonth in the verb.
  const cycleFields = Object.fromEntries(
    MILESTONE_KINDS.flatMap((k) =>
      ['yearOffset', 'fromMonth', 'toMonth'].map((f) => [`windows.${k}.${f}`, `${k}.${f}`]),
    ),
  );
  return formAction(
    request,
    context.ctx.locale,
    fields,
    async () => {
      if (fields.intent === 'cycle')
        await updateCycleSettings({
          ctx: context.ctx,
          input: {
            version: fields.version ?? '',
            reminderDays: fields.reminderDays ?? '',
            windows: Object.fromEntries(
              MILESTONE_KINDS.map((k) => [
                k,
                {
                  yearOffset: fields[`${k}.yearOffset`],
                  fromMonth: fields[`${k}.fromMonth`],
                  toMonth: fields[`${k}.toMonth`],
                },
              ]),
            ) as never,
          },
        });
      else if (fields.intent === 'membership')
        await updateMembershipSettings({ ctx: context.ctx, input: fields as never });
      else if (fields.intent === 'meetings')
        await updateMeetingSettings({ ctx: context.ctx, input: fields as never });
      else await updateOrganisationProfile({ ctx: context.ctx, input: fields as never });
      context.flash.set('settings.saved');
      throw redirect('/admin/innstillinger');
    },
    cycleFields,
  );
}

export function meta() {
  return [{ title: 'Innstillinger – Samråd' }];
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { profile, membership, meetings, cycle } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const membershipFailure = failure?.values.intent === 'membership' ? failure : undefined;
  const meetingsFailure = failure?.values.intent === 'meetings' ? failure : undefined;
  const cycleFailure = failure?.values.intent === 'cycle' ? failure : undefined;
  const profileFailure = membershipFailure || meetingsFailure || cycleFailure ? undefined : failure;
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: format.month(`2020-${String(i + 1).padStart(2, '0')}`).split(' ')[0]!,
  }));
  const offsets = [-1, 0, 1].map((o) => ({
    value: String(o),
    label: t(`settings.yearOffset.${o}` as 'settings.yearOffset.0'),
  }));
  const labels = {
    name: t('settings.name'),
    descriptionNb: t('settings.descriptionNb'),
    descriptionEn: t('settings.descriptionEn'),
    contactEmail: t('settings.contactEmail'),
    foundedOn: t('settings.foundedOn'),
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
        <TextField
          name="foundedOn"
          type="date"
          label={labels.foundedOn}
          description={t('settings.foundedOnHint')}
          defaultValue={profile.foundedOn}
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
          labels={{
            exitNoticeMonths: t('settings.exitNoticeMonths'),
            feePartYear: t('settings.feePartYear'),
          }}
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
        <SelectField
          name="feePartYear"
          label={t('settings.feePartYear')}
          description={t('settings.feePartYearHint')}
          defaultValue={membership.feePartYear}
          options={[
            { value: 'whole', label: t('settings.feePartYear.whole') },
            { value: 'proRata', label: t('settings.feePartYear.proRata') },
          ]}
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
      <Heading level={2} data-size="md">
        {t('settings.cycle')}
      </Heading>
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="cycle" />
        <input type="hidden" name="version" value={cycle.version} />
        <FormErrors failure={cycleFailure} labels={{ reminderDays: t('settings.reminderDays') }} />
        {MILESTONE_KINDS.map((kind) => (
          <fieldset key={kind} className="ds-fieldset stack">
            <legend className="ds-label">
              {t(`cycle.kind.${kind}`, { year: t('settings.planYearWord') })}
            </legend>
            <SelectField
              name={`${kind}.yearOffset`}
              label={t('settings.cycleYear')}
              defaultValue={String(cycle.windows[kind].yearOffset)}
              options={offsets}
              failure={cycleFailure}
            />
            <SelectField
              name={`${kind}.fromMonth`}
              label={t('settings.cycleFrom')}
              defaultValue={String(cycle.windows[kind].fromMonth)}
              options={months}
              failure={cycleFailure}
            />
            <SelectField
              name={`${kind}.toMonth`}
              label={t('settings.cycleTo')}
              defaultValue={String(cycle.windows[kind].toMonth)}
              options={months}
              failure={cycleFailure}
            />
          </fieldset>
        ))}
        <TextField
          name="reminderDays"
          type="number"
          label={t('settings.reminderDays')}
          description={t('settings.reminderDaysHint')}
          defaultValue={String(cycle.reminderDays)}
          required
          failure={cycleFailure}
        />
        <div>
          <Button type="submit">{t('settings.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
