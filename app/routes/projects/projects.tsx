import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addProject } from '../../../src/domain/projects/add-project';
import { can } from '../../../src/domain/projects/permissions';
import { listProjects } from '../../../src/domain/projects/queries';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Period } from '../../components/period';
import { ProjectFields, useProjectLabels } from '../../components/project-fields';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { projectFormChoices } from '../../lib/project-choices.server';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/projects';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const q = param(url, 'q');
  return guard(request, ctx.locale, async () => ({
    q: q ?? '',
    page: await listProjects(ctx, { q, cursor: param(url, 'side'), limit: 50 }),
    choices: can(ctx.actor, 'projects.manage')
      ? await projectFormChoices(ctx)
      : { focusAreas: [], cases: [] },
  }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const project = await addProject({ ctx: context.ctx, input: fields as never });
    context.flash.set('common.saved');
    throw redirect(`/app/prosjekter/${project.id}`);
  });
}

export function meta() {
  return [{ title: 'Prosjekter – Samråd' }];
}

export default function Projects({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const labels = useProjectLabels();
  const failure = actionData as FormFailure | undefined;
  const { page, q, choices } = loaderData;
  return (
    <>
      <PageHeader title={t('projects.title')} lead={t('projects.lead')} />
      <Form method="get" className="filter-bar">
        <TextField name="q" type="search" label={t('common.search')} defaultValue={q} />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      {page.items.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('projects.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('projects.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('projects.funder')}</Table.HeaderCell>
              <Table.HeaderCell>{t('projects.period')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('projects.amount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('projects.leadPartner')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/prosjekter/${p.id}`}>
                    {p.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {[p.funder, p.fundingProgramme].filter(Boolean).join(', ') || t('projects.ownFunding')}
                </Table.Cell>
                <Table.Cell>
                  <Period from={p.startsOn} to={p.endsOn} />
                </Table.Cell>
                <Table.Cell className="numeric">
                  {p.amountGrantedOre === null ? '–' : format.money(p.amountGrantedOre)}
                </Table.Cell>
                <Table.Cell>{p.lead?.name ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('projects.none')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('projects.title')} />
      {canEdit ? (
        <section aria-labelledby="new-project">
          <Heading level={2} data-size="md" id="new-project">
            {t('projects.new')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <FormErrors failure={failure} labels={labels} />
            <ProjectFields focusAreas={choices.focusAreas} cases={choices.cases} failure={failure} />
            <div>
              <Button type="submit">{t('projects.add')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
