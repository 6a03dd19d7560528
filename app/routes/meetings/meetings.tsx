import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { can } from '../../../src/domain/meetings/permissions';
import { listMeetings } from '../../../src/domain/meetings/queries';
import { todayInOslo } from '../../../src/kernel/dates';
import { SelectField } from '../../components/form';
import { MeetingStatus } from '../../components/meeting-status';
import { MonthCalendar } from '../../components/month-calendar';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { lastDayOf, monthParam, param, shiftMonth } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/meetings';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const month = monthParam(url) ?? todayInOslo(ctx.now).slice(0, 7);
  const bodyId = param(url, 'organ');
  return guard(request, ctx.locale, async () => {
    const [meetings, bodies] = await Promise.all([
      listMeetings(ctx, { from: `${month}-01`, to: lastDayOf(month), bodyId }),
      listBodies(ctx, { includeInactive: true }),
    ]);
    return {
      // The same calendar serves the portal (/moter) and the work area (/app/moter).
      base: url.pathname.startsWith('/app/') ? '/app/moter' : '/moter',
      month,
      bodyId: bodyId ?? '',
      meetings,
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      canEdit: can(ctx.actor, 'meetings.manage'),
    };
  });
}

export function meta() {
  return [{ title: 'Møter – Samråd' }];
}

export default function Meetings({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { month, meetings, bodyId, base } = loaderData;
  const monthHref = (m: string) => `?maned=${m}${bodyId ? `&organ=${bodyId}` : ''}`;
  return (
    <>
      <PageHeader title={t('meetings.title')} lead={t('meetings.lead')}>
        {loaderData.canEdit && base === '/app/moter' ? (
          <Button asChild>
            <Link to="/app/moter/ny">{t('meetings.new')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      <Form method="get" className="filter-bar">
        <input type="hidden" name="maned" value={month} />
        <SelectField
          name="organ"
          label={t('meetings.body')}
          defaultValue={bodyId}
          options={[{ value: '', label: t('common.all') }, ...loaderData.bodies]}
        />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      <nav aria-label={t('calendar.months')} className="pager">
        <Link to={monthHref(shiftMonth(month, -1))} className="ds-link">
          ← {format.month(shiftMonth(month, -1))}
        </Link>
        <Link to={monthHref(shiftMonth(month, 1))} className="ds-link">
          {format.month(shiftMonth(month, 1))} →
        </Link>
      </nav>
      <MonthCalendar
        month={month}
        entries={meetings.map((m) => ({
          id: m.id,
          day: m.day,
          startsAt: m.startsAt,
          label: m.bodyName,
          cancelled: m.status === 'cancelled',
        }))}
        hrefFor={(id) => `${base}/${id}`}
      />
      {meetings.length === 0 ? (
        <Paragraph>{t('meetings.emptyMonth', { month: format.month(month) })}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">
            {t('meetings.listCaption', { month: format.month(month) })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('meetings.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.meeting')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.where')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.statusLabel')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {meetings.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{format.dateTime(m.startsAt)}</Table.Cell>
                <Table.Cell>
                  <Link to={`${base}/${m.id}`} className="ds-link">
                    {m.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{m.remote ? t('meetings.remoteMeeting') : m.location || '—'}</Table.Cell>
                <Table.Cell>
                  <MeetingStatus status={m.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
