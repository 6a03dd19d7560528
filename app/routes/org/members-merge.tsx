import { Button, Fieldset } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { mergeMembers } from '../../../src/domain/members/merge-members';
import { can } from '../../../src/domain/members/permissions';
import { listAllCounties, listAllSubregions, listMembers } from '../../../src/domain/members/queries';
import { requirePermission } from '../../../src/kernel/guards';
import { CheckboxField, CsrfField, FormErrors, TextField } from '../../components/form';
import { MemberIdentityFields } from '../../components/member-fields';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/members-merge';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'members.manage'));
    const [members, counties, subregions] = await Promise.all([
      listMembers(ctx, { limit: 500 }),
      listAllCounties(ctx),
      listAllSubregions(ctx),
    ]);
    return {
      members: members.items.map((m) => ({
        id: m.id,
        label: `${m.name}${m.number ? ` (${m.number})` : ''}`,
      })),
      counties: counties.map((c) => ({ value: c.id, label: c.label })),
      subregions: subregions.map((s) => ({ value: s.id, label: s.name })),
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const successor = await mergeMembers({
      ctx,
      input: {
        predecessorIds: form.getAll('predecessorIds').map(String),
        effectiveOn: fields.effectiveOn ?? '',
        successor: {
          kind: 'municipality',
          name: fields.name ?? '',
          number: fields.number,
          countyId: fields.countyId,
          subregionId: fields.subregionId,
          orgNumber: fields.orgNumber,
        },
      },
    });
    context.flash.set('members.merged', { name: successor.name });
    throw redirect(`/app/medlemmer/${successor.id}?dato=${successor.joinedOn}`);
  });
}

export function meta() {
  return [{ title: 'Slå sammen medlemmer – Samråd' }];
}

export default function MergeMembers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  const labels = {
    predecessorIds: t('members.mergeWho'),
    effectiveOn: t('members.mergeEffective'),
    'successor.name': t('members.name'),
    'successor.number': t('members.number'),
    'successor.countyId': t('members.county'),
  };
  return (
    <section className="narrow">
      <PageHeader title={t('members.mergeTitle')} lead={t('members.mergeLead')} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors failure={failure} labels={labels} />
        <Fieldset>
          <Fieldset.Legend>{t('members.mergeWho')}</Fieldset.Legend>
          <div className="checkbox-list">
            {loaderData.members.map((m) => (
              <CheckboxField key={m.id} name="predecessorIds" value={m.id} label={m.label} />
            ))}
          </div>
        </Fieldset>
        <TextField
          name="effectiveOn"
          type="date"
          label={t('members.mergeEffective')}
          required
          failure={failure}
        />
        <Fieldset>
          <Fieldset.Legend>{t('members.mergeNew')}</Fieldset.Legend>
          <div className="stack">
            <MemberIdentityFields
              failure={failure}
              counties={loaderData.counties}
              subregions={loaderData.subregions}
              withKind={false}
            />
          </div>
        </Fieldset>
        <div>
          <Button type="submit">{t('members.merge')}</Button>
        </div>
      </Form>
    </section>
  );
}
