import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../src/domain/programme/fields';
import { can } from '../../../src/domain/programme/permissions';
import { activitiesInCell, getProgramme, linksOf, notesOf } from '../../../src/domain/programme/queries';
import { setActivityStatus } from '../../../src/domain/programme/set-activity-status';
import { ActivityStatusTag, ProgressBar } from '../../components/activity-status';
import { CsrfField, FormErrors, SelectField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { useFocusHash } from '../../lib/focus-hash';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/follow-up';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const status = ACTIVITY_STATUSES.find((s) => s === param(new URL(request.url), 'status'));
  return guard(request, ctx.locale, async () => {
    const model = await getProgramme(ctx, Number(params.year));
    const ids = model.activities.map((a) => a.id);
    const [notes, links] = await Promise.all([notesOf(ctx, ids), linksOf(ctx, ids)]);
    const total = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
    for (const a of model.activities) total[a.status]++;
    const roleLabel = new Map(model.roles.map((r) => [r.id, r.label]));
    return {
      programme: model.programme,
      total,
      status: status ?? '',
      canFollowUp: can(ctx.actor, 'programme.followUp'),
      areas: model.focusAreas.map((area) => {
        // Each activity once per area, under the first role it stands in there.
        const seen = new Set<string>();
        const rows = (area.kind === 'tasks' ? [null] : model.roles.map((r) => r.id)).flatMap((roleId) =>
          activitiesInCell(model, area.id, roleId)
            .filter((a) => !seen.has(a.id) && seen.add(a.id))
            .map((a) => ({
              id: a.id,
              text: a.text,
              status: a.status,
              version: a.version,
              role: roleId ? (roleLabel.get(roleId) ?? '') : '',
              lastNote: notes.get(a.id)?.at(-1) ?? null,
              links: links.get(a.id)?.length ?? 0,
            })),
        );
        return {
          id: area.id,
          name: area.name,
          progress: area.progress,
          rows: rows.filter((r) => !status || r.status === status),
        };
      }),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    await setActivityStatus({
      ctx,
      input: {
        id: fields.id ?? '',
        version: fields.version ?? '',
        status: (fields.status ?? '') as ActivityStatus,
      },
    });
    context.flash.set('programmeUi.statusSaved');
    throw redirect(
      `/app/handlingsprogram/${params.year}/oppfolging${fields.filter ? `?status=${fields.filter}` : ''}#${fields.anchor ?? ''}`,
    );
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Oppfølging – ${data?.programme.title ?? 'Handlingsprogram'} – Samråd` }];
}

export default function FollowUp({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  useFocusHash();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { programme, areas } = loaderData;
  const statusOptions = ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activity.status.${s}`) }));
  return (
    <>
      <PageHeader
        title={t('programmeUi.followUpTitle', { title: programme.title })}
        lead={t('programmeUi.followUpLead')}
      >
        <Button asChild variant="secondary">
          <Link to={`/app/handlingsprogram/${programme.year}`}>{t('programmeUi.backToProgramme')}</Link>
        </Button>
      </PageHeader>
      <FormErrors failure={failure} labels={{}} />
      <ProgressBar progress={loaderData.total} />
      <Form method="get" className="filter-bar">
        <SelectField
          name="status"
          label={t('programmeUi.status')}
          defaultValue={loaderData.status}
          options={[{ value: '', label: t('common.all') }, ...statusOptions]}
        />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`omrade-${area.id}`} className="stack">
          <Heading level={2} data-size="sm" id={`omrade-${area.id}`}>
            <Link to={`/app/handlingsprogram/${programme.year}/omrade/${area.id}`} className="ds-link">
              {area.name}
            </Link>
          </Heading>
          <ProgressBar progress={area.progress} />
          {area.rows.length === 0 ? (
            <Paragraph>{t('programmeUi.noneWithStatus')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <table className="ds-table follow-up-table" data-zebra="true">
                <caption className="visually-hidden">{area.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pdoc.activity')}</th>
                    <th scope="col">{t('pdoc.roleColumn')}</th>
                    <th scope="col">{t('programmeUi.status')}</th>
                    <th scope="col">{t('programmeUi.lastNote')}</th>
                    <th scope="col">{t('programmeUi.links')}</th>
                  </tr>
                </thead>
                <tbody>
                  {area.rows.map((row) => (
                    <tr key={row.id} id={`a-${area.id}-${row.id}`} tabIndex={-1}>
                      <td>
                        <Link to={`/app/aktiviteter/${row.id}`} className="ds-link">
                          {row.text}
                        </Link>
                      </td>
                      <td>{row.role}</td>
                      <td>
                        {loaderData.canFollowUp ? (
                          <Form method="post" className="status-form" preventScrollReset>
                            <CsrfField />
                            <input type="hidden" name="id" value={row.id} />
                            <input type="hidden" name="version" value={row.version} />
                            <input type="hidden" name="filter" value={loaderData.status} />
                            <input type="hidden" name="anchor" value={`a-${area.id}-${row.id}`} />
                            <SelectField
                              id={`status-${area.id}-${row.id}`}
                              name="status"
                              label={t('programmeUi.statusOf', { text: row.text })}
                              hideLabel
                              defaultValue={row.status}
                              options={statusOptions}
                            />
                            <Button
                              type="submit"
                              variant="tertiary"
                              data-size="sm"
                              aria-label={`${t('common.save')}: ${t('programmeUi.statusOf', { text: row.text })}`}
                            >
                              {t('common.save')}
                            </Button>
                          </Form>
                        ) : (
                          <ActivityStatusTag status={row.status} />
                        )}
                      </td>
                      <td>
                        {row.lastNote ? (
                          <>
                            <span className="muted">{format.date(row.lastNote.notedOn)}:</span>{' '}
                            {row.lastNote.text}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{format.number(row.links)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
