import { Button } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { addMember } from '../../../src/domain/members/add-member';
import { can } from '../../../src/domain/members/permissions';
import { listAllCounties, listAllSubregions } from '../../../src/domain/members/queries';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import { MemberIdentityFields, MemberNotesFields } from '../../components/member-fields';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/member-new';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'members.manage'));
    const [counties, subregions] = await Promise.all([listAllCounties(ctx), listAllSubregions(ctx)]);
    return {
      counties: counties.map((c) => ({ value: c.id, label: c.label })),
      subregions: subregions.map((s) => ({ value: s.id, label: s.name })),
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const member = await addMember({ ctx, input: fields as never });
    context.flash.set('members.created', { name: member.name });
    throw redirect(`/app/medlemmer/${member.id}?dato=${member.joinedOn}`);
  });
}

export function meta() {
  return [{ title: 'Nytt medlem – Samråd' }];
}

export default function NewMember({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('members.add')} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors
          failure={failure}
          labels={{
            name: t('members.name'),
            number: t('members.number'),
            countyId: t('members.county'),
            joinedOn: t('members.joinedOn'),
            orgNumber: t('members.orgNumber'),
          }}
        />
        <MemberIdentityFields
          failure={failure}
          counties={loaderData.counties}
          subregions={loaderData.subregions}
        />
        <TextField name="joinedOn" type="date" label={t('members.joinedOn')} required failure={failure} />
        <MemberNotesFields failure={failure} />
        <div>
          <Button type="submit">{t('common.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
