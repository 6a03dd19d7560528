import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addPartner } from '../../../src/domain/partners/add-partner';
import { PARTNER_KINDS } from '../../../src/domain/partners/fields';
import { listPartners } from '../../../src/domain/partners/queries';
import { CsrfField, FormErrors, SelectField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/partners';

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = param(url, 'q');
  return guard(request, context.ctx.locale, async () => ({
    q: q ?? '',
    page: await listPartners(context.ctx, { q, cursor: param(url, 'side'), limit: 50 }),
  }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const partner = await addPartner({ ctx: context.ctx, input: fields as never });
    context.flash.set('common.saved');
    throw redirect(`/app/partnere/${partner.id}`);
  });
}

export function meta() {
  return [{ title: 'Partnere – Samråd' }];
}

export default function Partners({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  const { page, q } = loaderData;
  const labels = {
    name: t('partners.name'),
    kind: t('partners.kind'),
    orgNumber: t('partners.orgNumber'),
    website: t('partners.website'),
  };
  return (
    <>
      <PageHeader title={t('partners.title')} lead={t('partners.lead')} />
      <Form method="get" className="filter-bar">
        <TextField name="q" type="search" label={t('common.search')} defaultValue={q} />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      {page.items.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('partners.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{labels.name}</Table.HeaderCell>
              <Table.HeaderCell>{labels.kind}</Table.HeaderCell>
              <Table.HeaderCell>{labels.orgNumber}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/partnere/${p.id}`}>
                    {p.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`partners.kind.${p.kind}`)}</Table.Cell>
                <Table.Cell>{p.orgNumber ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('partners.none')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('partners.title')} />
      {canEdit ? (
        <section aria-labelledby="new-partner">
          <Heading level={2} data-size="md" id="new-partner">
            {t('partners.new')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <FormErrors failure={failure} labels={labels} />
            <TextField name="name" label={labels.name} required failure={failure} />
            <SelectField
              name="kind"
              label={labels.kind}
              defaultValue="other"
              options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))}
              failure={failure}
            />
            <TextField
              name="orgNumber"
              label={labels.orgNumber}
              description={t('partners.orgNumberHint')}
              failure={failure}
            />
            <TextField name="website" type="url" label={labels.website} failure={failure} />
            <div>
              <Button type="submit">{t('partners.add')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
