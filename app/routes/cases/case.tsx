import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addCaseDocument } from '../../../src/domain/cases/add-case-document';
import { addFollowUp } from '../../../src/domain/cases/add-follow-up';
import { can } from '../../../src/domain/cases/permissions';
import { getCase } from '../../../src/domain/cases/queries';
import { removeCaseDocument } from '../../../src/domain/cases/remove-case-document';
import { updateFollowUp } from '../../../src/domain/cases/update-follow-up';
import { meetingsOfCase } from '../../../src/domain/meetings/queries';
import { getPerson } from '../../../src/domain/people/queries';
import { renderMarkdown } from '../../../src/kernel/markdown';
import {
  CsrfField,
  FormErrors,
  RadioGroup,
  SelectField,
  TextareaField,
  TextField,
} from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Prose } from '../../components/prose';
import { RowAction } from '../../components/row-action';
import { peopleChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/case';

const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const detail = await getCase(ctx, params.id);
    const canEdit = can(ctx.actor, 'cases.manage');
    const paper = detail.case.paper;
    const [meetings, officer, people] = await Promise.all([
      meetingsOfCase(ctx, params.id),
      detail.case.officerId && !detail.case.withheld ? getPerson(ctx, detail.case.officerId) : null,
      canEdit ? peopleChoices(ctx) : [],
    ]);
    return {
      ...detail,
      meetings,
      officerName: officer?.name ?? null,
      html: paper
        ? {
            background: renderMarkdown(paper.background),
            assessment: renderMarkdown(paper.assessment),
            proposedDecision: renderMarkdown(paper.proposedDecision),
            decision: renderMarkdown(paper.decision),
          }
        : null,
      canEdit,
      people,
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  const back = `/app/saker/${params.id}`;
  const fieldNames: Record<string, string> =
    fields.intent === 'upload'
      ? { title: 'documentTitle', content: 'file' }
      : fields.intent === 'add-follow-up'
        ? { title: 'taskTitle' }
        : {};
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      switch (fields.intent) {
        case 'upload': {
          const file = form.get('file');
          const document = await addCaseDocument({
            ctx,
            input: {
              caseId: params.id,
              title: fields.documentTitle ?? (file instanceof File ? file.name : ''),
              filename: file instanceof File ? file.name : '',
              content: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
              access: (fields.access ?? 'public') as 'public' | 'exempt',
              legalBasis: fields.legalBasis ?? null,
            },
          });
          context.flash.set('cases.documentAdded', { title: document.title });
          throw redirect(`${back}#vedlegg`);
        }
        case 'remove-document':
          await removeCaseDocument({ ctx, input: { id: fields.documentId ?? '' } });
          context.flash.set('cases.documentRemoved');
          throw redirect(`${back}#vedlegg`);
        case 'add-follow-up':
          await addFollowUp({
            ctx,
            input: {
              caseId: params.id,
              title: fields.taskTitle ?? '',
              ownerId: fields.ownerId ?? null,
              dueOn: fields.dueOn ?? null,
              notes: fields.notes ?? '',
            },
          });
          context.flash.set('cases.followUpAdded');
          throw redirect(`${back}#oppfolging`);
        case 'follow-up-status': {
          const current = (await getCase(ctx, params.id)).followUps.find((f) => f.id === fields.followUpId);
          await updateFollowUp({
            ctx,
            input: {
              id: fields.followUpId ?? '',
              version: fields.version ?? '',
              title: current?.title ?? '',
              ownerId: current?.ownerId ?? null,
              dueOn: current?.dueOn ?? null,
              notes: current?.notes ?? '',
              status: (fields.status ?? 'open') as (typeof TASK_STATUSES)[number],
            },
          });
          context.flash.set('common.saved');
          throw redirect(`${back}#oppfolging`);
        }
        default:
          throw new Response(null, { status: 400 });
      }
    },
    fieldNames,
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Sak ${data?.case.number ?? ''} – Samråd` }];
}

export default function Case({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { case: kase, html, documents, canEdit } = loaderData;
  const title = kase.title ?? t('meetings.exempt');
  return (
    <>
      <PageHeader
        title={`${t('meetings.caseLabel', { number: kase.number })} ${title}`}
        lead={loaderData.bodyName}
      >
        {canEdit ? (
          <Button asChild variant="secondary">
            <Link to={`/app/saker/${kase.id}/rediger`}>{t('common.edit')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      {kase.access === 'exempt' ? (
        <Alert data-color="warning">
          {kase.withheld
            ? t('cases.withheldNotice', { basis: kase.legalBasis ?? '' })
            : t('cases.exemptNotice', { basis: kase.legalBasis ?? '' })}
        </Alert>
      ) : null}
      <FormErrors
        failure={failure}
        labels={{
          file: t('cases.file'),
          documentTitle: t('cases.documentTitle'),
          taskTitle: t('followUps.task'),
          legalBasis: t('cases.legalBasis'),
          dueOn: t('cases.dueOn'),
        }}
      />
      <dl className="facts">
        <dt>{t('cases.number')}</dt>
        <dd>{kase.number}</dd>
        <dt>{t('cases.registeredOn')}</dt>
        <dd>{format.date(kase.registeredOn)}</dd>
        <dt>{t('cases.status')}</dt>
        <dd>{t(`cases.status.${kase.status}`)}</dd>
        {kase.decidedOn ? (
          <>
            <dt>{t('cases.decidedOn')}</dt>
            <dd>{format.date(kase.decidedOn)}</dd>
          </>
        ) : null}
        {loaderData.officerName ? (
          <>
            <dt>{t('cases.officer')}</dt>
            <dd>{loaderData.officerName}</dd>
          </>
        ) : null}
        <dt>{t('cases.route')}</dt>
        <dd>{loaderData.route.map((r) => r.name).join(' → ')}</dd>
      </dl>

      {html ? (
        <section aria-labelledby="saksframlegg" className="stack">
          <Heading level={2} data-size="md" id="saksframlegg">
            {t('cases.paper')}
          </Heading>
          {(['background', 'assessment', 'proposedDecision', 'decision'] as const).map((part) =>
            html[part] ? (
              <div key={part}>
                <Heading level={3} data-size="xs">
                  {part === 'proposedDecision'
                    ? t('doc.proposedDecision')
                    : part === 'decision'
                      ? t('doc.decision')
                      : t(`cases.${part}`)}
                </Heading>
                <Prose html={html[part]} />
              </div>
            ) : null,
          )}
        </section>
      ) : null}

      <section aria-labelledby="behandling">
        <Heading level={2} data-size="md" id="behandling">
          {t('cases.meetings')}
        </Heading>
        {loaderData.meetings.length === 0 ? (
          <Paragraph>{t('cases.noMeetings')}</Paragraph>
        ) : (
          <ul>
            {loaderData.meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/app/moter/${m.id}#sak-${m.position}`} className="ds-link">
                  {m.bodyName} {format.date(m.startsAt)}
                </Link>
                {m.outcome ? ` – ${t(`doc.outcome.${m.outcome}`)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="vedlegg" className="stack">
        <Heading level={2} data-size="md" id="vedlegg">
          {t('cases.documents')}
        </Heading>
        {documents.length === 0 ? (
          <Paragraph>{t('cases.noDocuments')}</Paragraph>
        ) : (
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('cases.documentTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.access')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.uploaded')}</Table.HeaderCell>
                {canEdit ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
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
                  <Table.Cell>
                    {d.access === 'exempt' ? (
                      <Tag data-color="warning" data-size="sm">
                        {d.legalBasis}
                      </Tag>
                    ) : (
                      t('cases.access.public')
                    )}
                  </Table.Cell>
                  <Table.Cell>{format.date(d.uploadedAt)}</Table.Cell>
                  {canEdit ? (
                    <Table.Cell>
                      <RowAction
                        intent="remove-document"
                        fields={{ documentId: d.id }}
                        label={t('common.delete')}
                        what={d.title ?? ''}
                      />
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {canEdit ? (
          <Form method="post" encType="multipart/form-data" className="stack panel" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="upload" />
            <Heading level={3} data-size="xs">
              {t('cases.addDocument')}
            </Heading>
            <div className="ds-field">
              <label htmlFor="field-file" className="ds-label">
                {t('cases.file')}
              </label>
              <p id="field-file-description" className="field-description ds-paragraph" data-size="sm">
                {t('cases.fileHint')}
              </p>
              <input
                id="field-file"
                name="file"
                type="file"
                className="ds-input"
                aria-describedby="field-file-description"
              />
            </div>
            <TextField
              name="documentTitle"
              label={t('cases.documentTitle')}
              description={t('cases.documentTitleHint')}
              failure={failure}
            />
            <RadioGroup
              name="access"
              legend={t('cases.access')}
              options={[
                { value: 'public', label: t('cases.access.public') },
                { value: 'exempt', label: t('cases.access.exempt') },
              ]}
              defaultValue={kase.access}
            />
            <TextField
              name="legalBasis"
              label={t('cases.legalBasis')}
              description={t('cases.legalBasisHint')}
              failure={failure}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('cases.upload')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      {kase.withheld ? null : <FollowUps data={loaderData} failure={failure} />}
    </>
  );
}

type LoaderData = Route.ComponentProps['loaderData'];

function FollowUps({ data, failure }: { data: LoaderData; failure: FormFailure | undefined }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="oppfolging" className="stack">
      <Heading level={2} data-size="md" id="oppfolging">
        {t('followUps.title')}
      </Heading>
      {data.followUps.length === 0 ? (
        <Paragraph>{t('followUps.noneForCase')}</Paragraph>
      ) : (
        <Table zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('followUps.task')}</Table.HeaderCell>
              <Table.HeaderCell>{t('followUps.owner')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.dueOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.followUps.map((f) => (
              <Table.Row key={f.id}>
                <Table.Cell>
                  {f.title}
                  {f.notes ? <div className="muted">{f.notes}</div> : null}
                </Table.Cell>
                <Table.Cell>{f.ownerName ?? '—'}</Table.Cell>
                <Table.Cell>
                  {f.dueOn ? format.date(f.dueOn) : '—'}
                  {f.overdue ? (
                    <>
                      {' '}
                      <Tag data-color="danger" data-size="sm">
                        {t('followUps.overdue')}
                      </Tag>
                    </>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  {data.canEdit ? (
                    <Form method="post" className="inline-form">
                      <CsrfField />
                      <input type="hidden" name="intent" value="follow-up-status" />
                      <input type="hidden" name="followUpId" value={f.id} />
                      <input type="hidden" name="version" value={f.version} />
                      <label htmlFor={`status-${f.id}`} className="visually-hidden">
                        {t('followUps.statusOf', { task: f.title })}
                      </label>
                      <select
                        id={`status-${f.id}`}
                        name="status"
                        className="ds-input"
                        defaultValue={f.status}
                      >
                        {TASK_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`followUps.status.${s}`)}
                          </option>
                        ))}
                      </select>{' '}
                      <Button type="submit" variant="tertiary" data-size="sm">
                        {t('common.save')}
                      </Button>
                    </Form>
                  ) : (
                    t(`followUps.status.${f.status}`)
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data.canEdit ? (
        <Form method="post" className="stack panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="add-follow-up" />
          <Heading level={3} data-size="xs">
            {t('followUps.add')}
          </Heading>
          <TextField name="taskTitle" label={t('followUps.task')} failure={failure} required />
          <SelectField
            name="ownerId"
            label={t('followUps.owner')}
            options={[{ value: '', label: '—' }, ...data.people]}
            failure={failure}
          />
          <TextField name="dueOn" type="date" label={t('cases.dueOn')} failure={failure} />
          <TextareaField name="notes" label={t('common.notes')} failure={failure} rows={2} />
          <div>
            <Button type="submit" variant="secondary">
              {t('followUps.add')}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
