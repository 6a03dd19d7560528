import { Button } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { can } from '../../../src/domain/cases/permissions';
import { getCase } from '../../../src/domain/cases/queries';
import { updateCase } from '../../../src/domain/cases/update-case';
import { requirePermission } from '../../../src/kernel/guards';
import { CaseFields, caseLabels } from '../../components/case-fields';
import { CsrfField, FormErrors, SelectField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { caseInput } from '../../lib/case-input.server';
import { peopleChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/case-edit';

const STATUSES = ['registered', 'in_progress', 'decided', 'closed', 'withdrawn'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'cases.manage'));
    const [detail, bodies, people] = await Promise.all([
      getCase(ctx, params.id),
      listBodies(ctx, { includeInactive: true }),
      peopleChoices(ctx),
    ]);
    return {
      kase: detail.case,
      route: detail.route.map((r) => r.bodyId),
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      people,
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    await updateCase({
      ctx,
      input: {
        ...caseInput(fields),
        id: params.id,
        version: fields.version ?? '',
        status: STATUSES.find((s) => s === fields.status),
      },
    });
    context.flash.set('common.saved');
    throw redirect(`/app/saker/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Rediger sak ${data?.kase.number ?? ''} – Samråd` }];
}

export default function CaseEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  const { kase } = loaderData;
  return (
    <section className="narrow">
      <PageHeader title={t('cases.editTitle', { number: kase.number })} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={kase.version} />
        <FormErrors failure={failure} labels={caseLabels(t)} />
        <CaseFields
          failure={failure}
          values={{
            title: kase.title ?? '',
            titleExempt: kase.titleExempt,
            access: kase.access,
            legalBasis: kase.legalBasis,
            officerId: kase.officerId,
            background: kase.paper?.background,
            assessment: kase.paper?.assessment,
            proposedDecision: kase.paper?.proposedDecision,
            route: loaderData.route,
          }}
          bodies={loaderData.bodies}
          people={loaderData.people}
        />
        <SelectField
          name="status"
          label={t('cases.status')}
          failure={failure}
          defaultValue={kase.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
        />
        <div className="page-actions">
          <Button type="submit">{t('common.save')}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/app/saker/${kase.id}`}>{t('common.cancel')}</Link>
          </Button>
        </div>
      </Form>
    </section>
  );
}
