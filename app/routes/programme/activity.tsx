import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { documentsUploadedSince } from '../../../src/domain/cases/references';
import { can as canManageKnowledge } from '../../../src/domain/knowledge/permissions';
import { listIndicators, referencedIndicators } from '../../../src/domain/knowledge/queries';
import { listMeetings } from '../../../src/domain/meetings/queries';
import { addProgressNote } from '../../../src/domain/programme/add-progress-note';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  LINK_KINDS,
  type LinkKind,
} from '../../../src/domain/programme/fields';
import { linkActivity } from '../../../src/domain/programme/link-activity';
import { can } from '../../../src/domain/programme/permissions';
import { getActivity, getProgramme } from '../../../src/domain/programme/queries';
import { removeActivity } from '../../../src/domain/programme/remove-activity';
import { setActivityStatus } from '../../../src/domain/programme/set-activity-status';
import { unlinkActivity } from '../../../src/domain/programme/unlink-activity';
import { updateActivity } from '../../../src/domain/programme/update-activity';
import { ActivityStatusTag } from '../../components/activity-status';
import {
  CheckboxField,
  CsrfField,
  FormErrors,
  RadioGroup,
  SelectField,
  TextareaField,
  TextField,
} from '../../components/form';
import { IndicatorReferences } from '../../components/indicator-references';
import { PageHeader } from '../../components/page-header';
import { caseChoices, workChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { indicatorIntent } from '../../lib/indicator-references.server';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/activity';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const detail = await getActivity(ctx, params.id);
    const year = detail.programme.year;
    const canFollowUp = can(ctx.actor, 'programme.followUp');
    const editable = can(ctx.actor, 'programme.manage') && detail.programme.status === 'draft';
    const manageIndicators = canManageKnowledge(ctx.actor, 'knowledge.manage');
    const [model, meetings, cases, documents, work, indicators, indicatorChoices] = await Promise.all([
      editable ? getProgramme(ctx, year) : null,
      canFollowUp ? listMeetings(ctx, { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` }) : [],
      canFollowUp ? caseChoices(ctx, [year - 1, year, year + 1]) : [],
      canFollowUp ? documentsUploadedSince(ctx, `${year - 1}-01-01`) : [],
      canFollowUp ? workChoices(ctx, year) : [],
      referencedIndicators(ctx, { activityId: detail.activity.id }),
      manageIndicators ? listIndicators(ctx) : [],
    ]);
    return {
      ...detail,
      canFollowUp,
      editable,
      structure: model ? { roles: model.roles, focusAreas: model.focusAreas } : null,
      indicators,
      manageIndicators,
      indicatorChoices: indicatorChoices.map((i) => ({ value: i.id, label: `${i.label} (${i.tableCode})` })),
      choices: {
        meetings: meetings.map((m) => ({ value: m.id, label: `${m.day} ${m.bodyName}: ${m.title}` })),
        cases,
        documents: documents.map((d) => ({ value: d.id, label: `${d.caseNumber}: ${d.title ?? ''}` })),
        work,
      },
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  const back = `/app/aktiviteter/${params.id}`;
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      const { activity, programme } = await getActivity(ctx, params.id);
      await indicatorIntent(ctx, context.flash, fields, { activityId: params.id }, back);
      switch (fields.intent) {
        case 'status':
          await setActivityStatus({
            ctx,
            input: {
              id: params.id,
              version: fields.version ?? '',
              status: (fields.status ?? '') as ActivityStatus,
              note: fields.note,
            },
          });
          context.flash.set('programmeUi.statusSaved');
          throw redirect(`${back}#oppfolging`);
        case 'note':
          await addProgressNote({
            ctx,
            input: { activityId: params.id, notedOn: fields.notedOn, text: fields.noteText ?? '' },
          });
          context.flash.set('programmeUi.noteAdded');
          throw redirect(`${back}#notater`);
        case 'link': {
          const [kind, id] = (fields.target ?? '').split(':');
          const column = kind && Object.hasOwn(LINK_KINDS, kind) ? LINK_KINDS[kind as LinkKind] : undefined;
          await linkActivity({ ctx, input: { activityId: params.id, ...(column ? { [column]: id } : {}) } });
          context.flash.set('programmeUi.linkAdded');
          throw redirect(`${back}#koblinger`);
        }
        case 'unlink':
          await unlinkActivity({ ctx, input: { id: fields.linkId ?? '' } });
          context.flash.set('programmeUi.linkRemoved');
          throw redirect(`${back}#koblinger`);
        case 'edit':
          await updateActivity({
            ctx,
            input: {
              id: params.id,
              version: fields.version ?? '',
              text: fields.text ?? '',
              details: fields.details ?? '',
              partners: (fields.partners ?? '')
                .split('\n')
                .map((p) => p.trim())
                .filter(Boolean),
              responsible: fields.responsible ?? '',
              plannedFrom: fields.plannedFrom ?? null,
              plannedTo: fields.plannedTo ?? null,
              cells: form
                .getAll('cells')
                .map(String)
                .map((value) => {
                  const [focusAreaId = '', roleId = ''] = value.split(':');
                  return { focusAreaId, roleId: roleId || null };
                }),
            },
          });
          context.flash.set('common.saved');
          throw redirect(back);
        case 'remove':
          await removeActivity({ ctx, input: { id: activity.id, version: fields.version ?? '' } });
          context.flash.set('programmeUi.activityRemoved');
          throw redirect(`/app/handlingsprogram/${programme.year}`);
        default:
          throw new Response(null, { status: 400 });
      }
    },
    { text: fields.intent === 'note' ? 'noteText' : 'text', cells: 'cells', target: 'target' },
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.activity.text.slice(0, 60) ?? 'Aktivitet'} – Samråd` }];
}

export default function Activity({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { activity, programme, cells, notes, links } = loaderData;
  const base = `/app/handlingsprogram/${programme.year}`;
  return (
    <>
      <PageHeader title={activity.text} lead={programme.title}>
        <Button asChild variant="secondary">
          <Link to={cells[0] ? `${base}/omrade/${cells[0].focusAreaId}#p-${cells[0].placementId}` : base}>
            {t('programmeUi.backToMatrix')}
          </Link>
        </Button>
      </PageHeader>
      <FormErrors
        failure={failure}
        labels={{
          text: t('programmeUi.activityText'),
          noteText: t('programmeUi.noteText'),
          notedOn: t('programmeUi.notedOn'),
          plannedTo: t('programmeUi.plannedTo'),
          cells: t('programmeUi.cells'),
          target: t('programmeUi.linkTarget'),
        }}
      />
      <dl className="facts">
        <dt>{t('programmeUi.status')}</dt>
        <dd>
          <ActivityStatusTag status={activity.status} />
        </dd>
        <dt>{t('programmeUi.cells')}</dt>
        <dd>
          <ul className="plain-list">
            {cells.map((c) => (
              <li key={c.placementId}>
                <Link to={`${base}/omrade/${c.focusAreaId}`} className="ds-link">
                  {c.focusAreaName}
                </Link>
                {c.roleLabel ? ` – ${c.roleLabel}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        {activity.details ? (
          <>
            <dt>{t('programmeUi.details')}</dt>
            <dd>{activity.details}</dd>
          </>
        ) : null}
        {activity.partners.length ? (
          <>
            <dt>{t('programmeUi.partners')}</dt>
            <dd>{activity.partners.join(', ')}</dd>
          </>
        ) : null}
        {activity.responsible ? (
          <>
            <dt>{t('programmeUi.responsible')}</dt>
            <dd>{activity.responsible}</dd>
          </>
        ) : null}
        {activity.plannedFrom || activity.plannedTo ? (
          <>
            <dt>{t('programmeUi.planned')}</dt>
            <dd>
              {activity.plannedFrom ? format.date(activity.plannedFrom) : ''} –{' '}
              {activity.plannedTo ? format.date(activity.plannedTo) : ''}
            </dd>
          </>
        ) : null}
        {loaderData.copiedFrom ? (
          <>
            <dt>{t('programmeUi.continues')}</dt>
            <dd>
              <Link to={`/app/aktiviteter/${loaderData.copiedFrom.id}`} className="ds-link">
                {t('programmeUi.activityOf', { year: loaderData.copiedFrom.year })}
              </Link>
              {activity.carriedOver ? (
                <>
                  {' '}
                  <Tag data-size="sm" data-color="neutral">
                    {t('activity.carriedOver', { year: loaderData.copiedFrom.year })}
                  </Tag>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {loaderData.continuedIn.length ? (
          <>
            <dt>{t('programmeUi.continuedIn')}</dt>
            <dd>
              {loaderData.continuedIn.map((c) => (
                <Link key={c.id} to={`/app/aktiviteter/${c.id}`} className="ds-link">
                  {t('programmeUi.activityOf', { year: c.year })}
                </Link>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      {loaderData.canFollowUp ? (
        <Form method="post" className="stack panel" noValidate aria-labelledby="oppfolging">
          <CsrfField />
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="version" value={activity.version} />
          <Heading level={2} data-size="sm" id="oppfolging">
            {t('programmeUi.setStatus')}
          </Heading>
          <RadioGroup
            name="status"
            legend={t('programmeUi.status')}
            defaultValue={activity.status}
            compact
            options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activity.status.${s}`) }))}
          />
          <TextareaField name="note" label={t('programmeUi.statusNote')} failure={failure} rows={2} />
          <div>
            <Button type="submit">{t('programmeUi.saveStatus')}</Button>
          </div>
        </Form>
      ) : null}

      <section aria-labelledby="notater" className="stack">
        <Heading level={2} data-size="sm" id="notater">
          {t('programmeUi.notes')}
        </Heading>
        {notes.length === 0 ? (
          <Paragraph>{t('programmeUi.noNotes')}</Paragraph>
        ) : (
          <ol className="notes">
            {notes.map((n) => (
              <li key={n.id}>
                <Paragraph data-size="sm" className="muted">
                  {format.date(n.notedOn)} · {n.author}
                </Paragraph>
                <Paragraph>{n.text}</Paragraph>
              </li>
            ))}
          </ol>
        )}
        {loaderData.canFollowUp ? (
          <Form method="post" className="stack panel" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="note" />
            <TextareaField
              name="noteText"
              label={t('programmeUi.noteText')}
              failure={failure}
              rows={3}
              required
            />
            <TextField
              name="notedOn"
              type="date"
              label={t('programmeUi.notedOn')}
              description={t('programmeUi.notedOnHint')}
              failure={failure}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('programmeUi.addNote')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="koblinger" className="stack">
        <Heading level={2} data-size="sm" id="koblinger">
          {t('programmeUi.links')}
        </Heading>
        {links.length === 0 ? (
          <Paragraph>{t('programmeUi.noLinks')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {links.map((l) => (
              <li key={l.id}>
                <span className="muted">{t(`programmeUi.linkKind.${l.kind}`)}:</span>{' '}
                {l.href ? (
                  <Link to={l.href} className="ds-link" reloadDocument={l.kind === 'document'}>
                    {l.label}
                  </Link>
                ) : (
                  l.label
                )}
                {loaderData.canFollowUp ? (
                  <Form method="post" className="inline-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="unlink" />
                    <input type="hidden" name="linkId" value={l.id} />
                    <Button
                      type="submit"
                      variant="tertiary"
                      data-size="sm"
                      aria-label={`${t('programmeUi.unlink')}: ${l.label}`}
                    >
                      {t('programmeUi.unlink')}
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {loaderData.canFollowUp ? (
          <Form method="post" className="stack panel" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="link" />
            <SelectField
              name="target"
              label={t('programmeUi.linkTarget')}
              description={t('programmeUi.linkHint')}
              failure={failure}
              options={[
                { value: '', label: t('programmeUi.chooseLink') },
                ...loaderData.choices.meetings.map((o) => ({
                  value: `meeting:${o.value}`,
                  label: `${t('programmeUi.linkKind.meeting')}: ${o.label}`,
                })),
                ...loaderData.choices.cases.map((o) => ({
                  value: `case:${o.value}`,
                  label: `${t('programmeUi.linkKind.case')}: ${o.label}`,
                })),
                ...loaderData.choices.documents.map((o) => ({
                  value: `document:${o.value}`,
                  label: `${t('programmeUi.linkKind.document')}: ${o.label}`,
                })),
                ...loaderData.choices.work.map((o) => ({
                  value: `${o.kind}:${o.value}`,
                  label: `${t(`programmeUi.linkKind.${o.kind}`)}: ${o.label}`,
                })),
              ]}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('programmeUi.addLink')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      <IndicatorReferences
        references={loaderData.indicators}
        choices={loaderData.indicatorChoices}
        manage={loaderData.manageIndicators}
        empty={t('knowledge.noIndicators')}
        failure={failure}
      />

      {loaderData.editable && loaderData.structure ? (
        <EditActivity data={loaderData} failure={failure} />
      ) : programme.status === 'adopted' && loaderData.canFollowUp ? (
        <Alert data-color="info">{t('programmeUi.adoptedActivity')}</Alert>
      ) : null}
    </>
  );
}

function EditActivity({
  data,
  failure,
}: {
  data: Route.ComponentProps['loaderData'];
  failure: FormFailure | undefined;
}) {
  const t = useT();
  const { activity, structure } = data;
  const inCell = new Set(activity.cells.map((c) => `${c.focusAreaId}:${c.roleId ?? ''}`));
  return (
    <section aria-labelledby="rediger" className="stack">
      <Heading level={2} data-size="sm" id="rediger">
        {t('programmeUi.editActivity')}
      </Heading>
      <Form method="post" className="stack panel" noValidate>
        <CsrfField />
        <input type="hidden" name="intent" value="edit" />
        <input type="hidden" name="version" value={activity.version} />
        <TextareaField
          name="text"
          label={t('programmeUi.activityText')}
          defaultValue={activity.text}
          failure={failure}
          rows={2}
          required
        />
        <TextareaField
          name="details"
          label={t('programmeUi.details')}
          defaultValue={activity.details}
          failure={failure}
          rows={3}
        />
        <TextareaField
          name="partners"
          label={t('programmeUi.partners')}
          description={t('programmeUi.partnersHint')}
          defaultValue={activity.partners.join('\n')}
          failure={failure}
          rows={3}
        />
        <TextField
          name="responsible"
          label={t('programmeUi.responsible')}
          defaultValue={activity.responsible}
          failure={failure}
        />
        <TextField
          name="plannedFrom"
          type="date"
          label={t('programmeUi.plannedFrom')}
          defaultValue={activity.plannedFrom}
          failure={failure}
        />
        <TextField
          name="plannedTo"
          type="date"
          label={t('programmeUi.plannedTo')}
          defaultValue={activity.plannedTo}
          failure={failure}
        />
        {structure!.focusAreas.map((area) => (
          <fieldset key={area.id} className="ds-fieldset cell-choices">
            <legend className="ds-label">{t('programmeUi.cellsIn', { area: area.name })}</legend>
            {area.kind === 'tasks' ? (
              <CheckboxField
                name="cells"
                value={`${area.id}:`}
                label={t('programmeUi.taskList')}
                defaultChecked={inCell.has(`${area.id}:`)}
              />
            ) : (
              structure!.roles.map((role) => (
                <CheckboxField
                  key={role.id}
                  name="cells"
                  value={`${area.id}:${role.id}`}
                  label={role.label}
                  defaultChecked={inCell.has(`${area.id}:${role.id}`)}
                />
              ))
            )}
          </fieldset>
        ))}
        <div>
          <Button type="submit">{t('common.save')}</Button>
        </div>
      </Form>
      <Form method="post" className="panel">
        <CsrfField />
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="version" value={activity.version} />
        <Paragraph>{t('programmeUi.removeHint')}</Paragraph>
        <Button type="submit" variant="secondary" data-color="danger">
          {t('programmeUi.removeActivity')}
        </Button>
      </Form>
    </section>
  );
}
