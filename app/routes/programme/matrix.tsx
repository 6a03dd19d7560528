import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { can as canManageKnowledge } from '../../../src/domain/knowledge/permissions';
import { listIndicators, referencedIndicators } from '../../../src/domain/knowledge/queries';
import { addActivity } from '../../../src/domain/programme/add-activity';
import { moveActivity } from '../../../src/domain/programme/move-activity';
import { can } from '../../../src/domain/programme/permissions';
import type { ActivityView } from '../../../src/domain/programme/present';
import { activitiesInCell, getProgramme } from '../../../src/domain/programme/queries';
import { updateFocusArea } from '../../../src/domain/programme/update-focus-area';
import { NotFound } from '../../../src/kernel/errors';
import { renderMarkdown } from '../../../src/kernel/markdown';
import { ActivityStatusTag } from '../../components/activity-status';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { IndicatorReferences } from '../../components/indicator-references';
import { PageHeader } from '../../components/page-header';
import { Prose } from '../../components/prose';
import { useFocusHash } from '../../lib/focus-hash';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { indicatorIntent } from '../../lib/indicator-references.server';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/matrix';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const model = await getProgramme(ctx, Number(params.year));
    const index = model.focusAreas.findIndex((a) => a.id === params.areaId);
    const area = model.focusAreas[index];
    if (!area) throw new NotFound('focusArea');
    const manageIndicators = canManageKnowledge(ctx.actor, 'knowledge.manage');
    const [indicators, choices] = await Promise.all([
      referencedIndicators(ctx, { focusAreaId: area.id }),
      manageIndicators ? listIndicators(ctx) : [],
    ]);
    const cell = (roleId: string | null) =>
      activitiesInCell(model, area.id, roleId).map((a) => ({
        ...a,
        placementId: a.cells.find((c) => c.focusAreaId === area.id && c.roleId === roleId)!.placementId,
      }));
    return {
      programme: model.programme,
      area,
      introHtml: renderMarkdown(area.intro),
      commentsHtml: renderMarkdown(area.comments),
      previous: model.focusAreas[index - 1] ?? null,
      next: model.focusAreas[index + 1] ?? null,
      rows:
        area.kind === 'tasks'
          ? [{ role: null, activities: cell(null) }]
          : model.roles.map((role) => ({ role, activities: cell(role.id) })),
      editable: can(ctx.actor, 'programme.manage') && model.programme.status === 'draft',
      indicators,
      manageIndicators,
      indicatorChoices: choices.map((i) => ({ value: i.id, label: `${i.label} (${i.tableCode})` })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const back = `/app/handlingsprogram/${params.year}/omrade/${params.areaId}`;
  const textField = fields.roleId ? `text-${fields.roleId}` : 'text';
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      const { programme } = await getProgramme(ctx, Number(params.year));
      await indicatorIntent(ctx, context.flash, fields, { focusAreaId: params.areaId }, back);
      switch (fields.intent) {
        case 'add': {
          const added = await addActivity({
            ctx,
            input: {
              programmeId: programme.id,
              cell: { focusAreaId: params.areaId, roleId: fields.roleId ?? null },
              text: fields[textField] ?? '',
              details: fields.details ?? '',
            },
          });
          context.flash.set('programmeUi.activityAdded');
          throw redirect(`${back}#p-${added.placementId}`);
        }
        case 'move': {
          await moveActivity({
            ctx,
            input: {
              placementId: fields.placementId ?? '',
              focusAreaId: params.areaId,
              roleId: fields.toRoleId ?? null,
              position: fields.position,
            },
          });
          context.flash.set('programmeUi.activityMoved');
          throw redirect(`${back}#p-${fields.placementId ?? ''}`);
        }
        case 'texts': {
          const model = await getProgramme(ctx, Number(params.year));
          const area = model.focusAreas.find((a) => a.id === params.areaId);
          await updateFocusArea({
            ctx,
            input: {
              id: params.areaId,
              version: fields.version ?? '',
              name: area?.name ?? '',
              kind: area?.kind ?? 'matrix',
              intro: fields.intro ?? '',
              comments: fields.comments ?? '',
            },
          });
          context.flash.set('common.saved');
          throw redirect(`${back}#tekster`);
        }
        default:
          throw new Response(null, { status: 400 });
      }
    },
    fields.intent === 'move' ? { roleId: 'toRoleId' } : { text: textField },
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.area.name ?? 'Innsatsområde'} – ${data?.programme.title ?? ''} – Samråd` }];
}

type LoaderData = Route.ComponentProps['loaderData'];
type Row = LoaderData['rows'][number];

export default function Matrix({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  useFocusHash();
  const failure = actionData as FormFailure | undefined;
  const { programme, area, rows, editable } = loaderData;
  const base = `/app/handlingsprogram/${programme.year}`;
  return (
    <>
      <PageHeader title={area.name} lead={programme.title}>
        <Button asChild variant="secondary">
          <Link to={base}>{t('programmeUi.backToProgramme')}</Link>
        </Button>
      </PageHeader>
      <nav aria-label={t('programmeUi.areaNav')} className="item-actions">
        {loaderData.previous ? (
          <Link to={`${base}/omrade/${loaderData.previous.id}`} className="ds-link">
            ← {loaderData.previous.name}
          </Link>
        ) : null}
        {loaderData.next ? (
          <Link to={`${base}/omrade/${loaderData.next.id}`} className="ds-link">
            {loaderData.next.name} →
          </Link>
        ) : null}
      </nav>
      <FormErrors
        failure={failure}
        labels={{ text: t('programmeUi.newActivity'), toRoleId: t('programmeUi.moveTo') }}
        fieldIds={{
          [`text-${failure?.values.roleId ?? ''}`]: `field-text-${failure?.values.roleId ?? ''}`,
          toRoleId: `move-${failure?.values.placementId ?? ''}`,
        }}
      />
      {!editable && programme.status === 'adopted' ? (
        <Alert data-color="info">{t('programmeUi.adoptedMatrix')}</Alert>
      ) : null}
      <Prose html={loaderData.introHtml} />
      {area.kind === 'tasks' ? (
        <TaskList row={rows[0]!} editable={editable} failure={failure} />
      ) : (
        <table className="matrix">
          <caption>{t('programmeUi.matrixCaption', { area: area.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pdoc.roleColumn')}</th>
              <th scope="col">{t('programmeUi.activitiesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.role?.id}>
                <th scope="row">{row.role?.label}</th>
                <td>
                  <Cell row={row} rows={rows} editable={editable} failure={failure} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {area.kind === 'matrix' && !editable && area.comments.trim() ? (
        <section aria-labelledby="kommentarer">
          <Heading level={2} data-size="sm" id="kommentarer">
            {t('pdoc.comments')}
          </Heading>
          <Prose html={loaderData.commentsHtml} />
        </section>
      ) : null}
      {editable ? (
        <Form method="post" className="stack panel" noValidate aria-labelledby="tekster" preventScrollReset>
          <CsrfField />
          <input type="hidden" name="intent" value="texts" />
          <input type="hidden" name="version" value={area.version} />
          <Heading level={2} data-size="sm" id="tekster">
            {t('programmeUi.areaTexts')}
          </Heading>
          <TextareaField
            name="intro"
            label={t('programmeUi.areaIntro')}
            defaultValue={area.intro}
            failure={failure}
            rows={3}
          />
          {area.kind === 'matrix' ? (
            <TextareaField
              name="comments"
              label={t('pdoc.comments')}
              description={t('programmeUi.markdownHint')}
              defaultValue={area.comments}
              failure={failure}
              rows={10}
            />
          ) : null}
          <div>
            <Button type="submit" variant="secondary">
              {t('common.save')}
            </Button>
          </div>
        </Form>
      ) : null}
      <IndicatorReferences
        references={loaderData.indicators}
        choices={loaderData.indicatorChoices}
        manage={loaderData.manageIndicators}
        empty={t('knowledge.noAreaIndicators')}
        failure={failure}
      />
    </>
  );
}

function ActivityLine({ activity }: { activity: ActivityView }) {
  const t = useT();
  return (
    <>
      <Link to={`/app/aktiviteter/${activity.id}`} className="ds-link">
        {activity.text}
      </Link>{' '}
      <ActivityStatusTag status={activity.status} />
      {activity.carriedOver ? (
        <>
          {' '}
          <Tag data-size="sm" data-color="neutral">
            {t('programmeUi.carriedOver')}
          </Tag>
        </>
      ) : null}
    </>
  );
}

/** One cell of the matrix: its activities in order, each with its moves, and a form to add one. */
function Cell({
  row,
  rows,
  editable,
  failure,
}: {
  row: Row;
  rows: Row[];
  editable: boolean;
  failure: FormFailure | undefined;
}) {
  const t = useT();
  const roleId = row.role?.id ?? '';
  const others = rows.filter((r) => r.role && r.role.id !== roleId);
  return (
    <>
      {row.activities.length ? (
        <ol className="cell-list">
          {row.activities.map((a, index) => (
            <li key={a.placementId} id={`p-${a.placementId}`} tabIndex={-1}>
              <ActivityLine activity={a} />
              {editable ? (
                <div className="item-actions">
                  {index > 0 ? (
                    <MoveButton
                      activity={a}
                      roleId={roleId}
                      position={index - 1}
                      label={t('meetings.moveUp')}
                    />
                  ) : null}
                  {index < row.activities.length - 1 ? (
                    <MoveButton
                      activity={a}
                      roleId={roleId}
                      position={index + 1}
                      label={t('meetings.moveDown')}
                    />
                  ) : null}
                  {others.length ? (
                    <Form method="post" className="inline-form move-form" preventScrollReset>
                      <CsrfField />
                      <input type="hidden" name="intent" value="move" />
                      <input type="hidden" name="placementId" value={a.placementId} />
                      <SelectField
                        id={`move-${a.placementId}`}
                        name="toRoleId"
                        label={t('programmeUi.moveToLabel', { text: a.text })}
                        hideLabel
                        failure={failure?.values.placementId === a.placementId ? failure : undefined}
                        options={[
                          { value: '', label: t('programmeUi.moveTo') },
                          ...others.map((r) => ({ value: r.role!.id, label: r.role!.label })),
                        ]}
                      />
                      <Button type="submit" variant="tertiary" data-size="sm">
                        {t('programmeUi.move')}
                      </Button>
                    </Form>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t('programmeUi.emptyCell')}
        </Paragraph>
      )}
      {editable ? (
        <Form method="post" className="add-form" noValidate preventScrollReset>
          <CsrfField />
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="roleId" value={roleId} />
          <TextField
            name={`text-${roleId}`}
            label={t('programmeUi.newActivityIn', { role: row.role?.label ?? '' })}
            failure={failure}
          />
          <Button type="submit" variant="secondary" data-size="sm">
            {t('common.add')}
          </Button>
        </Form>
      ) : null}
    </>
  );
}

function MoveButton({
  activity,
  roleId,
  position,
  label,
}: {
  activity: LoaderData['rows'][number]['activities'][number];
  roleId: string;
  position: number;
  label: string;
}) {
  return (
    <Form method="post" className="inline-form" preventScrollReset>
      <CsrfField />
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="placementId" value={activity.placementId} />
      <input type="hidden" name="toRoleId" value={roleId} />
      <input type="hidden" name="position" value={position} />
      <Button type="submit" variant="tertiary" data-size="sm" aria-label={`${label}: ${activity.text}`}>
        {label}
      </Button>
    </Form>
  );
}

/** The administration area: ongoing tasks in a list, each a lead and its explanation. */
function TaskList({
  row,
  editable,
  failure,
}: {
  row: Row;
  editable: boolean;
  failure: FormFailure | undefined;
}) {
  const t = useT();
  return (
    <>
      {row.activities.length ? (
        <ol className="cell-list">
          {row.activities.map((a, index) => (
            <li key={a.placementId} id={`p-${a.placementId}`} tabIndex={-1}>
              <ActivityLine activity={a} />
              {a.details ? <Paragraph data-size="sm">{a.details}</Paragraph> : null}
              {editable ? (
                <div className="item-actions">
                  {index > 0 ? (
                    <MoveButton activity={a} roleId="" position={index - 1} label={t('meetings.moveUp')} />
                  ) : null}
                  {index < row.activities.length - 1 ? (
                    <MoveButton activity={a} roleId="" position={index + 1} label={t('meetings.moveDown')} />
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('programmeUi.noTasks')}</Paragraph>
      )}
      {editable ? (
        <Form method="post" className="stack panel" noValidate preventScrollReset>
          <CsrfField />
          <input type="hidden" name="intent" value="add" />
          <TextField name="text" label={t('programmeUi.taskTitle')} failure={failure} required />
          <TextareaField name="details" label={t('programmeUi.taskDetails')} failure={failure} rows={3} />
          <div>
            <Button type="submit" variant="secondary">
              {t('programmeUi.addTask')}
            </Button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
