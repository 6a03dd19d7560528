import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addNetwork } from '../../../src/domain/networks/add-network';
import { can } from '../../../src/domain/networks/permissions';
import { listNetworks } from '../../../src/domain/networks/queries';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { focusAreaChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/networks';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const q = param(url, 'q');
  return guard(request, ctx.locale, async () => ({
    q: q ?? '',
    page: await listNetworks(ctx, { q, cursor: param(url, 'side'), limit: 50 }),
    focusAreas: can(ctx.actor, 'networks.manage') ? await focusAreaChoices(ctx) : [],
  }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const network = await addNetwork({ ctx: context.ctx, input: fields as never });
    context.flash.set('common.saved');
    throw redirect(`/app/nettverk/${network.id}`);
  });
}

export function meta() {
  return [{ title: 'Nettverk – Samråd' }];
}

export default function Networks({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  const { page, q, focusAreas } = loaderData;
  const labels = {
    name: t('networks.name'),
    purpose: t('networks.purpose'),
    focusAreaId: t('networks.focusArea'),
  };
  return (
    <>
      <PageHeader title={t('networks.title')} lead={t('networks.lead')} />
      <Form method="get" className="filter-bar">
        <TextField name="q" type="search" label={t('common.search')} defaultValue={q} />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      {page.items.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('networks.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{labels.name}</Table.HeaderCell>
              <Table.HeaderCell>{labels.focusAreaId}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('networks.membersNow')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((n) => (
              <Table.Row key={n.id}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/nettverk/${n.id}`}>
                    {n.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{n.focusArea?.name ?? '–'}</Table.Cell>
                <Table.Cell className="numeric">{format.number(n.members)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('networks.none')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('networks.title')} />
      {canEdit ? (
        <section aria-labelledby="new-network">
          <Heading level={2} data-size="md" id="new-network">
            {t('networks.new')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <FormErrors failure={failure} labels={labels} />
            <TextField name="name" label={labels.name} required failure={failure} />
            <TextareaField name="purpose" label={labels.purpose} rows={3} failure={failure} />
            <SelectField
              name="focusAreaId"
              label={labels.focusAreaId}
              options={[{ value: '', label: t('networks.noFocusArea') }, ...focusAreas]}
              failure={failure}
            />
            <div>
              <Button type="submit">{t('networks.add')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
