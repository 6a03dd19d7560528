import { Button } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { getProgramme } from '../../../src/domain/programme/queries';
import { updateProgramme } from '../../../src/domain/programme/update-programme';
import { CsrfField, FormErrors, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/programme-texts';

/** The edited texts beside the generated facts, in the order the document has them. */
const TEXTS = [
  'aboutText',
  'organisationalChangesText',
  'administrationText',
  'processText',
  'visionText',
  'focusAreasIntro',
  'activitiesIntro',
] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => (await getProgramme(ctx, Number(params.year))).programme);
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const { programme } = await getProgramme(ctx, Number(params.year));
    await updateProgramme({
      ctx,
      input: {
        id: programme.id,
        version: fields.version ?? '',
        title: fields.title ?? '',
        vision: fields.vision ?? '',
        ...Object.fromEntries(TEXTS.map((key) => [key, fields[key] ?? ''])),
      },
    });
    context.flash.set('common.saved');
    throw redirect(`/app/handlingsprogram/${params.year}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Tekster – ${data?.title ?? 'Handlingsprogram'} – Samråd` }];
}

export default function ProgrammeTexts({ loaderData: programme, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <PageHeader
        title={t('programmeUi.textsTitle', { title: programme.title })}
        lead={t('programmeUi.textsLead')}
      />
      <FormErrors
        failure={failure}
        labels={{
          title: t('programmeUi.programmeTitle'),
          vision: t('programmeUi.vision'),
          ...Object.fromEntries(TEXTS.map((key) => [key, t(`programmeUi.text.${key}`)])),
        }}
      />
      <Form method="post" className="stack narrow" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={programme.version} />
        <TextField
          name="title"
          label={t('programmeUi.programmeTitle')}
          defaultValue={programme.title}
          failure={failure}
          required
        />
        <TextField
          name="vision"
          label={t('programmeUi.vision')}
          defaultValue={programme.vision}
          failure={failure}
        />
        {TEXTS.map((key) => (
          <TextareaField
            key={key}
            name={key}
            label={t(`programmeUi.text.${key}`)}
            description={t(`programmeUi.textHint.${key}`)}
            defaultValue={programme[key]}
            failure={failure}
            rows={6}
          />
        ))}
        <div className="item-actions">
          <Button type="submit">{t('common.save')}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/app/handlingsprogram/${programme.year}`}>{t('common.cancel')}</Link>
          </Button>
        </div>
      </Form>
    </>
  );
}
