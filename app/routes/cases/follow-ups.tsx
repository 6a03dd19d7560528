import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { listFollowUps } from '../../../src/domain/cases/queries';
import { CheckboxField, SelectField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/follow-ups';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const bodyId = param(url, 'organ');
  const all = url.searchParams.has('alle');
  return guard(request, ctx.locale, async () => {
    const [tasks, bodies] = await Promise.all([
      listFollowUps(ctx, { bodyId, all: all ? 'true' : 'false' }),
      listBodies(ctx, { includeInactive: true }),
    ]);
    // One table per body, in the order the query gives (bodies by name, overdue first within each).
    const groups: { bodyName: string; tasks: typeof tasks }[] = [];
    for (const task of tasks) {
      const group = groups.at(-1);
      if (group?.bodyName === task.bodyName) group.tasks.push(task);
      else groups.push({ bodyName: task.bodyName, tasks: [task] });
    }
    return {
      groups,
      total: tasks.length,
      overdue: tasks.filter((t) => t.overdue).length,
      bodyId: bodyId ?? '',
      all,
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
    };
  });
}

export function meta() {
  return [{ title: 'Oppfølging – Samråd' }];
}

export default function FollowUps({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { groups } = loaderData;
  return (
    <>
      <PageHeader title={t('followUps.title')} lead={t('followUps.lead')} />
      <Form method="get" className="filter-bar">
        <SelectField
          name="organ"
          label={t('cases.body')}
          defaultValue={loaderData.bodyId}
          options={[{ value: '', label: t('common.all') }, ...loaderData.bodies]}
        />
        <CheckboxField name="alle" label={t('followUps.includeClosed')} defaultChecked={loaderData.all} />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      <Paragraph role="status">
        {t('followUps.summary', { total: loaderData.total, overdue: loaderData.overdue })}
      </Paragraph>
      {groups.length === 0 ? <Paragraph>{t('followUps.empty')}</Paragraph> : null}
      {groups.map((group) => (
        <section key={group.bodyName} aria-label={group.bodyName}>
          <Heading level={2} data-size="sm">
            {group.bodyName}
          </Heading>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('followUps.task')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.case')}</Table.HeaderCell>
                <Table.HeaderCell>{t('followUps.owner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.dueOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {group.tasks.map((task) => (
                <Table.Row key={task.id}>
                  <Table.Cell>{task.title}</Table.Cell>
                  <Table.Cell>
                    <Link to={`/app/saker/${task.caseId}#oppfolging`} className="ds-link">
                      {task.caseNumber} {task.caseTitle}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{task.ownerName ?? '—'}</Table.Cell>
                  <Table.Cell>
                    {task.dueOn ? format.date(task.dueOn) : '—'}
                    {task.overdue ? (
                      <>
                        {' '}
                        <Tag data-color="danger" data-size="sm">
                          {t('followUps.overdue')}
                        </Tag>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>{t(`followUps.status.${task.status}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      ))}
    </>
  );
}
