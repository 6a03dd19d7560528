import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { recordPopulation } from '../../../src/domain/knowledge/record-population';
import { assignSubregion } from '../../../src/domain/members/assign-subregion';
import { changeMemberIdentity } from '../../../src/domain/members/change-member-identity';
import { can } from '../../../src/domain/members/permissions';
import { getMemberOn, listAllCounties, listAllSubregions } from '../../../src/domain/members/queries';
import { registerExitNotice } from '../../../src/domain/members/register-exit-notice';
import { updateMember } from '../../../src/domain/members/update-member';
import { withdrawExitNotice } from '../../../src/domain/members/withdraw-exit-notice';
import { getSettings } from '../../../src/domain/settings/queries';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors, SelectField, TextField } from '../../components/form';
import { MemberNotesFields } from '../../components/member-fields';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/member-edit';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'members.manage'));
    const [member, counties, subregions, membership] = await Promise.all([
      getMemberOn(ctx, params.id),
      listAllCounties(ctx),
      listAllSubregions(ctx),
      getSettings(ctx, 'membership'),
    ]);
    return {
      member,
      exitNoticeMonths: membership.exitNoticeMonths,
      counties: counties.map((c) => ({ value: c.id, label: c.label })),
      subregions: subregions.map((s) => ({ value: s.id, label: s.name })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const id = params.id;
  const version = Number(fields.version);
  return formAction(request, ctx.locale, fields, async () => {
    switch (fields.intent) {
      case 'details':
        await updateMember({
          ctx,
          input: {
            id,
            version,
            orgNumber: fields.orgNumber ?? null,
            notes: fields.notes ?? '',
            evidence: fields.evidence ?? '',
          },
        });
        context.flash.set('common.saved');
        break;
      case 'identity':
        await changeMemberIdentity({ ctx, input: { id, version, ...fields } as never });
        context.flash.set('common.saved');
        break;
      case 'exit': {
        const member = await registerExitNotice({
          ctx,
          input: { id, version, noticeOn: fields.noticeOn ?? '' },
        });
        context.flash.set('members.exitRegistered', { date: member.leftOn ?? '' });
        break;
      }
      case 'withdraw':
        await withdrawExitNotice({ ctx, input: { id, version } });
        context.flash.set('members.exitWithdrawn');
        break;
      case 'move':
        await assignSubregion({
          ctx,
          input: {
            memberId: id,
            version,
            subregionId: fields.subregionId ?? null,
            validFrom: fields.validFrom ?? '',
          },
        });
        context.flash.set('common.saved');
        break;
      case 'population':
        await recordPopulation({
          ctx,
          input: {
            rows: [
              {
                memberId: id,
                year: fields.year as never,
                population: fields.population as never,
                source: fields.source ?? '',
              },
            ],
          },
        });
        context.flash.set('common.saved');
        break;
      default:
        throw new Response(null, { status: 400 });
    }
    throw redirect(`/app/medlemmer/${id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.member.name ?? 'Medlem'} – Samråd` }];
}

function Intent({ value, version }: { value: string; version: number }) {
  return (
    <>
      <CsrfField />
      <input type="hidden" name="intent" value={value} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export default function EditMember({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { member: m, counties, subregions, exitNoticeMonths } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const failed = (intent: string) => (failure?.values.intent === intent ? failure : undefined);
  return (
    <>
      <PageHeader title={t('members.editTitle', { name: m.name })} />
      <section aria-labelledby="details" className="narrow">
        <Heading level={2} data-size="md" id="details">
          {t('members.details')}
        </Heading>
        <Form method="post" className="stack" noValidate>
          <Intent value="details" version={m.version} />
          <FormErrors failure={failed('details')} labels={{ orgNumber: t('members.orgNumber') }} />
          <TextField
            name="orgNumber"
            label={t('members.orgNumber')}
            defaultValue={m.orgNumber}
            failure={failed('details')}
          />
          <MemberNotesFields failure={failed('details')} notes={m.notes} evidence={m.evidence} />
          <div>
            <Button type="submit">{t('common.save')}</Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="identity" className="narrow">
        <Heading level={2} data-size="md" id="identity">
          {t('members.identityTitle')}
        </Heading>
        <Paragraph>{t('members.identityLead')}</Paragraph>
        <Form method="post" className="stack" noValidate>
          <Intent value="identity" version={m.version} />
          <FormErrors
            failure={failed('identity')}
            labels={{
              validFrom: t('common.fromDate'),
              name: t('members.name'),
              number: t('members.number'),
              countyId: t('members.county'),
            }}
          />
          <TextField
            name="validFrom"
            type="date"
            label={t('common.fromDate')}
            required
            failure={failed('identity')}
          />
          <TextField
            name="name"
            label={t('members.name')}
            defaultValue={m.name}
            required
            failure={failed('identity')}
          />
          <TextField
            name="number"
            label={t('members.number')}
            defaultValue={m.number}
            failure={failed('identity')}
          />
          <SelectField
            name="countyId"
            label={t('members.county')}
            defaultValue={m.county?.id}
            options={[{ value: '', label: '—' }, ...counties]}
            failure={failed('identity')}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('common.save')}
            </Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="move" className="narrow">
        <Heading level={2} data-size="md" id="move">
          {t('members.moveTitle')}
        </Heading>
        <Form method="post" className="stack" noValidate>
          <Intent value="move" version={m.version} />
          <FormErrors
            failure={failed('move')}
            labels={{ validFrom: t('common.fromDate'), subregionId: t('members.subregion') }}
          />
          <SelectField
            name="subregionId"
            label={t('members.subregion')}
            defaultValue={m.subregion?.id}
            options={[{ value: '', label: t('members.noSubregion') }, ...subregions]}
            failure={failed('move')}
          />
          <TextField
            name="validFrom"
            type="date"
            label={t('common.fromDate')}
            required
            failure={failed('move')}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('members.move')}
            </Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="exit" className="narrow">
        <Heading level={2} data-size="md" id="exit">
          {t('members.exitTitle')}
        </Heading>
        <Paragraph>{t('members.exitLead', { months: exitNoticeMonths })}</Paragraph>
        {m.leftReason === 'exit' ? (
          <Form method="post" className="stack">
            <Intent value="withdraw" version={m.version} />
            <Paragraph>
              {t('members.exitNoticeOn')}: {format.date(m.exitNoticeOn!)} · {t('members.leftOn')}:{' '}
              {format.date(m.leftOn!)}
            </Paragraph>
            <div>
              <Button type="submit" variant="secondary">
                {t('members.exitWithdraw')}
              </Button>
            </div>
          </Form>
        ) : m.leftOn ? null : (
          <Form method="post" className="stack" noValidate>
            <Intent value="exit" version={m.version} />
            <FormErrors failure={failed('exit')} labels={{ noticeOn: t('members.exitNoticeOn') }} />
            <TextField
              name="noticeOn"
              type="date"
              label={t('members.exitNoticeOn')}
              required
              failure={failed('exit')}
            />
            <div>
              <Button type="submit" variant="secondary" data-color="danger">
                {t('members.exitRegister')}
              </Button>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="population" className="narrow">
        <Heading level={2} data-size="md" id="population">
          {t('members.populationTitle')}
        </Heading>
        <Form method="post" className="stack" noValidate>
          <Intent value="population" version={m.version} />
          <FormErrors
            failure={failed('population')}
            labels={{
              'rows.0.year': t('members.populationYear'),
              'rows.0.population': t('members.populationValue'),
              'rows.0.source': t('members.populationSource'),
            }}
          />
          <TextField
            name="year"
            type="number"
            label={t('members.populationYear')}
            required
            failure={failed('population')}
          />
          <TextField
            name="population"
            type="number"
            label={t('members.populationValue')}
            required
            failure={failed('population')}
          />
          <TextField
            name="source"
            label={t('members.populationSource')}
            defaultValue="SSB tabell 07459"
            required
            failure={failed('population')}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('common.save')}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
