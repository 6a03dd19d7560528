import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addSubregion } from '../../../src/domain/members/add-subregion';
import { listSubregions } from '../../../src/domain/members/queries';
import { AsOfForm } from '../../components/as-of-form';
import { CsrfField, FormErrors, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/subregions';

export async function loader({ request, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, () =>
    listSubregions(context.ctx, dateParam(new URL(request.url))),
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const region = await addSubregion({ ctx, input: fields as never });
    context.flash.set('subregions.created', { name: region.name });
    throw redirect(`/app/delregioner/${region.id}`);
  });
}

export function meta() {
  return [{ title: 'Delregioner – Samråd' }];
}

export default function Subregions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  const { asOf, items } = loaderData;
  return (
    <>
      <PageHeader title={t('subregions.title')} lead={t('subregions.lead')} />
      <AsOfForm date={asOf} />
      {items.length ? (
        <Table zebra>
          <caption className="visually-hidden">
            {t('subregions.title')} {format.date(asOf)}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('subregions.name')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('subregions.memberCount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('subregions.description')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <Link to={`/app/delregioner/${s.id}?dato=${asOf}`} className="ds-link">
                    {s.name}
                  </Link>
                </Table.Cell>
                <Table.Cell className="numeric">{s.memberCount}</Table.Cell>
                <Table.Cell>{s.description}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('subregions.empty')}</Paragraph>
      )}
      {canEdit ? (
        <section aria-labelledby="new-subregion" className="narrow">
          <Heading level={2} data-size="md" id="new-subregion">
            {t('subregions.add')}
          </Heading>
          <Form method="post" className="stack" noValidate>
            <CsrfField />
            <FormErrors
              failure={failure}
              labels={{
                name: t('subregions.name'),
                validFrom: t('common.fromDate'),
                validTo: t('common.toDate'),
              }}
            />
            <TextField name="name" label={t('subregions.name')} required failure={failure} />
            <TextareaField
              name="description"
              label={t('subregions.description')}
              rows={2}
              failure={failure}
            />
            <TextField name="validFrom" type="date" label={t('common.fromDate')} required failure={failure} />
            <div>
              <Button type="submit">{t('common.add')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
