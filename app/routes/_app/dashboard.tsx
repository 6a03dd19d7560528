import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { can } from '../../../src/domain/accounts/permissions';
import { listAuditEvents, listMyActivity } from '../../../src/domain/audit/queries';
import { requireUser } from '../../../src/kernel/guards';
import { AuditTable } from '../../components/audit-table';
import { useT } from '../../lib/i18n';
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
    return { user: { name: user.name, role: user.role }, admin, events: events.items };
  });
}

export function meta() {
  return [{ title: 'Oversikt – Samråd' }];
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { user, admin, events } = loaderData;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('dashboard.welcome', { name: user.name })}
      </Heading>
      <Paragraph>{t('dashboard.role', { role: t(`role.${user.role}`) })}</Paragraph>
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
