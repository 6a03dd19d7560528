import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { listMembers } from '../../../src/domain/members/queries';
import { listPartners } from '../../../src/domain/partners/queries';
import { addDeliverable } from '../../../src/domain/projects/add-deliverable';
import { addProjectPartner } from '../../../src/domain/projects/add-project-partner';
import { DELIVERABLE_STATUSES, PROJECT_PARTNER_ROLES } from '../../../src/domain/projects/fields';
import { can } from '../../../src/domain/projects/permissions';
import { getProject } from '../../../src/domain/projects/queries';
import { removeProjectPartner } from '../../../src/domain/projects/remove-project-partner';
import { updateDeliverable } from '../../../src/domain/projects/update-deliverable';
import { updateProject } from '../../../src/domain/projects/update-project';
import { CsrfField, FormErrors, SelectField, TextField } from '../../components/form';
import { GroupedSelectField } from '../../components/grouped-select';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { ProjectFields, useProjectLabels } from '../../components/project-fields';
import { RowAction } from '../../components/row-action';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { projectFormChoices } from '../../lib/project-choices.server';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/project';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const view = await getProject(ctx, params.id);
    const editor = can(ctx.actor, 'projects.manage');
    const [partners, members, choices] = editor
      ? await Promise.all([
          listPartners(ctx, { limit: 500 }),
          listMembers(ctx, { limit: 500 }),
          projectFormChoices(ctx),
        ])
      : [{ items: [] }, { items: [] }, { focusAreas: [], cases: [] }];
    const taking = new Set(view.partners.map((p) => p.refId));
    return {
      ...view,
      choices,
      parties: {
        partner: partners.items
          .filter((p) => !taking.has(p.id))
          .map((p) => ({ value: `partner:${p.id}`, label: p.name })),
        member: members.items
          .filter((m) => !taking.has(m.id))
          .map((m) => ({ value: `member:${m.id}`, label: m.name })),
      },
    };
  });
}

/** "partner:<id>" (the grouped select's value) → the verb's partnerId or memberId. */
function partyInput(value: string | undefined) {
  const [kind, id] = (value ?? '').split(':');
  if (kind === 'partner') return { partnerId: id };
  if (kind === 'member') return { memberId: id };
  return {};
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      if (fields.intent === 'update') {
        const { intent: _, ...input } = fields;
        await updateProject({ ctx, input: { ...input, id: params.id } as never });
      } else if (fields.intent === 'addPartner')
        await addProjectPartner({
          ctx,
          input: { projectId: params.id, ...partyInput(fields.party), role: fields.role as never },
        });
      else if (fields.intent === 'removePartner')
        await removeProjectPartner({ ctx, input: { id: fields.projectPartnerId ?? '' } });
      else if (fields.intent === 'addDeliverable')
        await addDeliverable({
          ctx,
          input: {
            projectId: params.id,
            title: fields.title ?? '',
            dueOn: fields.dueOn ?? '',
            status: fields.status as never,
          },
        });
      else if (fields.intent === 'status')
        await updateDeliverable({
          ctx,
          input: {
            id: fields.deliverableId ?? '',
            version: fields.version as never,
            status: fields.status as never,
            deliveredOn: fields.deliveredOn,
          },
        });
      context.flash.set('common.saved');
      throw redirect(`/app/prosjekter/${params.id}`);
    },
    fields.intent === 'addPartner' ? { partnerId: 'party', memberId: 'party' } : {},
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.project.name ?? 'Prosjekt'} – Samråd` }];
}

export default function Project({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const labels = useProjectLabels();
  const failure = actionData as FormFailure | undefined;
  const intent = failure?.values.intent;
  const { project, focusArea, partners, deliverables, documents, choices, parties } = loaderData;
  const kase = loaderData.case;
  const lead = partners.find((p) => p.role === 'lead');
  const partnerLink = (p: (typeof partners)[number]) =>
    p.kind === 'partner' ? `/app/partnere/${p.refId}` : `/app/medlemmer/${p.refId}`;
  const statusOptions = DELIVERABLE_STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }));
  return (
    <>
      <PageHeader title={project.name} lead={project.description || undefined}>
        <Link to="/app/prosjekter" className="ds-link">
          {t('projects.title')}
        </Link>
      </PageHeader>
      <dl className="facts">
        <dt>{t('projects.funder')}</dt>
        <dd>{project.funder || t('projects.ownFunding')}</dd>
        <dt>{t('projects.fundingProgramme')}</dt>
        <dd>{project.fundingProgramme || '–'}</dd>
        <dt>{t('projects.amount')}</dt>
        <dd>
          {project.amountGrantedOre === null
            ? t('projects.noAmount')
            : format.money(project.amountGrantedOre)}
        </dd>
        <dt>{t('projects.period')}</dt>
        <dd>
          <Period from={project.startsOn} to={project.endsOn} />
        </dd>
        <dt>{t('projects.focusArea')}</dt>
        <dd>{focusArea ? `${focusArea.name} (${focusArea.year})` : '–'}</dd>
        <dt>{t('projects.leadPartner')}</dt>
        <dd>{lead ? lead.name : t('projects.noLead')}</dd>
        <dt>{t('projects.case')}</dt>
        <dd>
          {kase ? (
            <Link className="ds-link" to={`/app/saker/${kase.id}`}>
              {kase.number} {kase.title ?? ''}
            </Link>
          ) : (
            t('projects.noCase')
          )}
        </dd>
      </dl>

      <section aria-labelledby="partners" className="stack">
        <Heading level={2} data-size="md" id="partners">
          {t('projects.partners')}
        </Heading>
        <FormErrors failure={intent === 'removePartner' ? failure : undefined} labels={{}} />
        {partners.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('projects.partners')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('projects.party')}</Table.HeaderCell>
                <Table.HeaderCell>{t('projects.role')}</Table.HeaderCell>
                {canEdit ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {partners.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>
                    <Link className="ds-link" to={partnerLink(p)}>
                      {p.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{t(`projects.role.${p.role}`)}</Table.Cell>
                  {canEdit ? (
                    <Table.Cell>
                      <RowAction
                        intent="removePartner"
                        fields={{ projectPartnerId: p.id }}
                        label={t('projects.removePartner')}
                        what={p.name}
                      />
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('projects.noPartners')}</Paragraph>
        )}
        {canEdit ? (
          <Form method="post" className="stack narrow panel" noValidate>
            <Heading level={3} data-size="xs">
              {t('projects.addPartner')}
            </Heading>
            <CsrfField />
            <input type="hidden" name="intent" value="addPartner" />
            <FormErrors
              failure={intent === 'addPartner' ? failure : undefined}
              labels={{ party: t('projects.party'), role: t('projects.role') }}
              fieldIds={{ role: 'partner-role' }}
            />
            <GroupedSelectField
              name="party"
              label={t('projects.party')}
              placeholder={t('projects.chooseParty')}
              groups={[
                { label: t('projects.group.partner'), options: parties.partner },
                { label: t('projects.group.member'), options: parties.member },
              ]}
              failure={intent === 'addPartner' ? failure : undefined}
            />
            <SelectField
              id="partner-role"
              name="role"
              label={t('projects.role')}
              defaultValue="partner"
              options={PROJECT_PARTNER_ROLES.map((r) => ({ value: r, label: t(`projects.role.${r}`) }))}
              failure={intent === 'addPartner' ? failure : undefined}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('projects.addPartner')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="deliverables" className="stack">
        <Heading level={2} data-size="md" id="deliverables">
          {t('projects.deliverables')}
        </Heading>
        <FormErrors
          failure={intent === 'status' ? failure : undefined}
          labels={{ status: t('projects.status'), deliveredOn: t('projects.deliveredOn') }}
          fieldIds={{
            status: `status-${failure?.values.deliverableId ?? ''}`,
            deliveredOn: `delivered-${failure?.values.deliverableId ?? ''}`,
          }}
        />
        {deliverables.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('projects.deliverables')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('projects.deliverableTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('projects.dueOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('projects.status')}</Table.HeaderCell>
                {canEdit ? <Table.HeaderCell>{t('projects.changeStatus')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {deliverables.map((d) => {
                const mine =
                  intent === 'status' && failure?.values.deliverableId === d.id ? failure : undefined;
                return (
                  <Table.Row key={d.id}>
                    <Table.Cell>{d.title}</Table.Cell>
                    <Table.Cell>{format.date(d.dueOn)}</Table.Cell>
                    <Table.Cell>
                      {t(`projects.status.${d.status}`)}
                      {d.deliveredOn ? ` (${t('projects.deliveredOnDate', { date: d.deliveredOn })})` : ''}
                      {d.overdue ? (
                        <>
                          {' '}
                          <Tag data-color="danger" data-size="sm">
                            {t('projects.overdue')}
                          </Tag>
                        </>
                      ) : null}
                    </Table.Cell>
                    {canEdit ? (
                      <Table.Cell>
                        <Form method="post" className="inline-form" noValidate>
                          <CsrfField />
                          <input type="hidden" name="intent" value="status" />
                          <input type="hidden" name="deliverableId" value={d.id} />
                          <input type="hidden" name="version" value={d.version} />
                          <SelectField
                            id={`status-${d.id}`}
                            name="status"
                            label={`${t('projects.status')}: ${d.title}`}
                            hideLabel
                            defaultValue={d.status}
                            options={statusOptions}
                            failure={mine}
                          />
                          <TextField
                            id={`delivered-${d.id}`}
                            name="deliveredOn"
                            type="date"
                            label={`${t('projects.deliveredOn')} (${t('projects.deliveredOnHint')}): ${d.title}`}
                            hideLabel
                            defaultValue={d.deliveredOn}
                            failure={mine}
                          />
                          <Button type="submit" variant="tertiary" data-size="sm">
                            {t('common.save')}
                            <span className="visually-hidden"> {d.title}</span>
                          </Button>
                        </Form>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('projects.noDeliverables')}</Paragraph>
        )}
        {canEdit ? (
          <Form method="post" className="stack narrow panel" noValidate>
            <Heading level={3} data-size="xs">
              {t('projects.addDeliverable')}
            </Heading>
            <CsrfField />
            <input type="hidden" name="intent" value="addDeliverable" />
            <FormErrors
              failure={intent === 'addDeliverable' ? failure : undefined}
              labels={{ title: t('projects.deliverableTitle'), dueOn: t('projects.dueOn') }}
              fieldIds={{ title: 'deliverable-title', dueOn: 'deliverable-due' }}
            />
            <TextField
              id="deliverable-title"
              name="title"
              label={t('projects.deliverableTitle')}
              required
              failure={intent === 'addDeliverable' ? failure : undefined}
            />
            <TextField
              id="deliverable-due"
              name="dueOn"
              type="date"
              label={t('projects.dueOn')}
              required
              failure={intent === 'addDeliverable' ? failure : undefined}
            />
            <SelectField
              id="deliverable-status"
              name="status"
              label={t('projects.status')}
              defaultValue="planned"
              options={statusOptions}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('projects.addDeliverable')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="documents" className="stack">
        <Heading level={2} data-size="md" id="documents">
          {t('projects.documents')}
        </Heading>
        {!kase ? (
          <Paragraph>{t('projects.documentsNeedCase')}</Paragraph>
        ) : documents.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('projects.documents')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('cases.documentTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.uploaded')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {documents.map((d) => (
                <Table.Row key={d.id}>
                  <Table.Cell>
                    {d.links.download ? (
                      <a href={d.links.download} className="ds-link">
                        {d.title}
                      </a>
                    ) : (
                      t('cases.withheldDocument', { basis: d.legalBasis ?? '' })
                    )}
                  </Table.Cell>
                  <Table.Cell>{format.date(d.uploadedAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('projects.noDocuments')}</Paragraph>
        )}
      </section>

      {canEdit ? (
        <section aria-labelledby="edit" className="stack">
          <Heading level={2} data-size="md" id="edit">
            {t('projects.edit')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="version" value={project.version} />
            <FormErrors failure={intent === 'update' ? failure : undefined} labels={labels} />
            <ProjectFields
              project={project}
              focusAreas={choices.focusAreas}
              cases={choices.cases}
              failure={intent === 'update' ? failure : undefined}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('common.save')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
