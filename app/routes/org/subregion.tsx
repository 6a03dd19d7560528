import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { getSubregion } from '../../../src/domain/members/queries';
import { updateSubregion } from '../../../src/domain/members/update-subregion';
import { AsOfForm } from '../../components/as-of-form';
import { CsrfField, FormErrors, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/subregion';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, () =>
    getSubregion(context.ctx, params.id, dateParam(new URL(request.url))),
  );
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    await updateSubregion({
      ctx,
      input: { ...fields, id: params.id, validTo: fields.validTo ?? null } as never,
    });
    context.flash.set('common.saved');
    throw redirect(`/app/delregioner/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.subregion.name ?? 'Delregion'} – Samråd` }];
}

export default function Subregion({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  const { subregion: s, asOf, members } = loaderData;
  return (
    <>
      <PageHeader title={s.name} lead={s.description} />
      <Paragraph>
        <Period from={s.validFrom} to={s.validTo} />
      </Paragraph>
      <AsOfForm date={asOf} />
      <Heading level={2} data-size="md">
        {t('subregions.members', { date: format.date(asOf) })}
      </Heading>
      {members.length ? (
        <Table zebra>
          <caption className="visually-hidden">
            {t('subregions.members', { date: format.date(asOf) })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('members.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.county')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>
                  <Link to={`/app/medlemmer/${m.id}?dato=${asOf}`} className="ds-link">
                    {m.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{m.number ?? '—'}</Table.Cell>
                <Table.Cell>{m.county?.name ?? '—'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('members.empty')}</Paragraph>
      )}
      {canEdit ? (
        <section aria-labelledby="edit-subregion" className="narrow">
          <Heading level={2} data-size="md" id="edit-subregion">
            {t('subregions.edit')}
          </Heading>
          <Form method="post" className="stack" noValidate>
            <CsrfField />
            <input type="hidden" name="version" value={s.version} />
            <FormErrors
              failure={failure}
              labels={{
                name: t('subregions.name'),
                validFrom: t('common.fromDate'),
                validTo: t('common.toDate'),
              }}
            />
            <TextField
              name="name"
              label={t('subregions.name')}
              defaultValue={s.name}
              required
              failure={failure}
            />
            <TextareaField
              name="description"
              label={t('subregions.description')}
              defaultValue={s.description}
              rows={2}
              failure={failure}
            />
            <TextField
              name="validFrom"
              type="date"
              label={t('common.fromDate')}
              defaultValue={s.validFrom}
              required
              failure={failure}
            />
            <TextField
              name="validTo"
              type="date"
              label={t('common.toDate')}
              description={t('subregions.validToHint')}
              defaultValue={s.validTo}
              failure={failure}
            />
            <div>
              <Button type="submit">{t('common.save')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
