import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listAuditActions, listAuditEvents } from '../../../src/domain/audit/queries';
import { isMessageKey } from '../../../src/kernel/i18n';
import { AuditTable } from '../../components/audit-table';
import { SelectField } from '../../components/form';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/audit-log';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const action = url.searchParams.get('handling') || undefined;
  const cursor = url.searchParams.get('etter') || undefined;
  return guard(request, ctx.locale, async () => {
    const [page, actions] = await Promise.all([
      listAuditEvents(ctx, { action, cursor, limit: 50 }),
      listAuditActions(ctx),
    ]);
    return { page, actions, action: action ?? '', paged: Boolean(cursor) };
  });
}

export function meta() {
  return [{ title: 'Endringslogg – Samråd' }];
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { page, actions, action, paged } = loaderData;
  const nextHref = page.nextCursor
    ? `?${new URLSearchParams({ ...(action ? { handling: action } : {}), etter: page.nextCursor })}`
    : null;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.lead')}</Paragraph>
      <Form method="get" className="filter-bar">
        <SelectField
          name="handling"
          label={t('audit.filterAction')}
          defaultValue={action}
          options={[
            { value: '', label: t('audit.filterAll') },
            ...actions.map((a) => {
              const key = `audit.action.${a}`;
              return { value: a, label: isMessageKey(key) ? t(key) : a };
            }),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t('audit.filter')}
        </Button>
      </Form>
      <Paragraph role="status">{t('audit.count', { total: format.number(page.total) })}</Paragraph>
      {page.items.length ? (
        <AuditTable rows={page.items} caption={t('audit.title')} />
      ) : (
        <Paragraph>{t('dashboard.empty')}</Paragraph>
      )}
      <nav aria-label={t('audit.title')} className="pager">
        {nextHref ? (
          <Link to={nextHref} className="ds-link">
            {t('audit.next')}
          </Link>
        ) : null}
        {paged ? (
          <Link to={action ? `?handling=${encodeURIComponent(action)}` : '?'} className="ds-link">
            {t('audit.first')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
