import { Button } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { can } from '../../../src/domain/cases/permissions';
import { registerCase } from '../../../src/domain/cases/register-case';
import { requirePermission } from '../../../src/kernel/guards';
import { CaseFields, caseLabels } from '../../components/case-fields';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { caseInput } from '../../lib/case-input.server';
import { peopleChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/case-new';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'cases.manage'));
    const [bodies, people] = await Promise.all([listBodies(ctx), peopleChoices(ctx)]);
    return {
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      people,
      bodyId: param(new URL(request.url), 'organ') ?? '',
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const kase = await registerCase({
      ctx,
      input: {
        ...caseInput(fields),
        bodyId: fields.bodyId ?? '',
        registeredOn: fields.registeredOn,
        number: fields.number,
      },
    });
    context.flash.set('cases.registered', { number: kase.number });
    throw redirect(`/app/saker/${kase.id}`);
  });
}

export function meta() {
  return [{ title: 'Ny sak – Samråd' }];
}

export default function CaseNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <PageHeader title={t('cases.new')} lead={t('cases.newLead')} />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <FormErrors failure={failure} labels={caseLabels(t)} />
        <CaseFields
          failure={failure}
          values={{ bodyId: loaderData.bodyId }}
          bodies={loaderData.bodies}
          people={loaderData.people}
          newCase
        />
        <TextField
          name="registeredOn"
          type="date"
          label={t('cases.registeredOn')}
          description={t('cases.registeredOnHint')}
          failure={failure}
        />
        <TextField
          name="number"
          label={t('cases.number')}
          description={t('cases.numberHint')}
          failure={failure}
        />
        <div>
          <Button type="submit">{t('cases.register')}</Button>
        </div>
      </Form>
    </section>
  );
}
