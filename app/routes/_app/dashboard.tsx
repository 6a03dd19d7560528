import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { can } from '../../../src/domain/accounts/permissions';
import { listAuditEvents, listMyActivity } from '../../../src/domain/audit/queries';
import { consultationOverview } from '../../../src/domain/consultations/queries';
import { milestonesNeedingAttention } from '../../../src/domain/cycle/queries';
import { hasRole } from '../../../src/kernel/ctx';
import { requireUser } from '../../../src/kernel/guards';
import { AuditTable } from '../../components/audit-table';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/dashboard';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const user = requireUser(ctx);
    const admin = can(ctx.actor, 'audit.read');
    const events = admin
      ? await listAuditEvents(ctx, { limit: 10 })
      : await listMyActivity(ctx, { limit: 10 });
    const editor = hasRole(ctx.actor, 'editor');
    const milestones = editor ? await milestonesNeedingAttention(ctx) : [];
    const deadlines = editor ? (await consultationOverview(ctx, { days: 14 })).dueNext : [];
    return { user: { name: user.name, role: user.role }, admin, events: events.items, milestones, deadlines };
  });
}

export function meta() {
  return [{ title: 'Oversikt – Samråd' }];
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { user, admin, events, milestones, deadlines } = loaderData;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('dashboard.welcome', { name: user.name })}
      </Heading>
      <Paragraph>{t('dashboard.role', { role: t(`role.${user.role}`) })}</Paragraph>
      {milestones.length ? (
        <section aria-labelledby="arshjulet-na">
          <Heading level={2} data-size="md" id="arshjulet-na">
            {t('dashboard.cycle')}
          </Heading>
          <ul className="plain-list">
            {milestones.map((m) => (
              <li key={m.id}>
                <Tag
                  data-color={m.state === 'late' ? 'danger' : m.state === 'due' ? 'info' : 'neutral'}
                  data-size="sm"
                >
                  {t(`cycle.state.${m.state}`)}
                </Tag>{' '}
                <Link to={`/app/arshjul?ar=${m.year}#m-${m.id}`} className="ds-link">
                  {t(`cycle.kind.${m.kind}`, { year: m.year })}
                </Link>{' '}
                <span className="muted">{t('dashboard.cycleBy', { date: format.date(m.windowTo) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {deadlines.length ? (
        <section aria-labelledby="horingsfrister">
          <Heading level={2} data-size="md" id="horingsfrister">
            {t('dashboard.consultations')}
          </Heading>
          <ul className="plain-list">
            {deadlines.map((c) => (
              <li key={c.id}>
                {c.state === 'overdue' ? (
                  <>
                    <Tag data-color="danger" data-size="sm">
                      {t('dashboard.overdue')}
                    </Tag>{' '}
                  </>
                ) : null}
                <Link to={`/app/horinger/${c.id}`} className="ds-link">
                  {c.title}
                </Link>{' '}
                <span className="muted">{t('dashboard.cycleBy', { date: format.date(c.deadline) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Heading level={2} data-size="md">
        {admin ? t('dashboard.recentChanges') : t('dashboard.myActivity')}
      </Heading>
      {events.length ? (
        <AuditTable
          rows={events}
          caption={admin ? t('dashboard.recentChanges') : t('dashboard.myActivity')}
        />
      ) : (
        <Paragraph>{t('dashboard.empty')}</Paragraph>
      )}
      {admin ? (
        <Paragraph>
          <Link to="/admin/endringslogg" className="ds-link">
            {t('dashboard.seeAll')}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}
