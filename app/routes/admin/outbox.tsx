import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { listOutbox } from '../../../src/domain/mail/delivery';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/outbox';

const COLOR = { pending: 'info', sent: 'success', failed: 'danger' } as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => ({
    page: await listOutbox(ctx, { limit: 50, cursor: param(new URL(request.url), 'side') }),
  }));
}

export function meta() {
  return [{ title: 'Utboks – Samråd' }];
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { page } = loaderData;
  return (
    <>
      <PageHeader title={t('outbox.title')} lead={t('outbox.lead')} />
      {page.items.length === 0 ? (
        <Paragraph>{t('outbox.empty')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">{t('outbox.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('outbox.created')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outbox.to')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outbox.subject')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outbox.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((mail) => (
              <Table.Row key={mail.id}>
                <Table.Cell>{format.dateTime(mail.createdAt)}</Table.Cell>
                <Table.Cell>{mail.toName ? `${mail.toName} <${mail.toAddress}>` : mail.toAddress}</Table.Cell>
                <Table.Cell>{mail.subject}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={COLOR[mail.status]} data-size="sm">
                    {t(`outbox.status.${mail.status}`)}
                  </Tag>
                  {mail.sentAt ? <div className="muted">{format.dateTime(mail.sentAt)}</div> : null}
                  {mail.lastError ? (
                    <div className="muted">
                      {t('outbox.error', { attempts: mail.attempts, error: mail.lastError })}
                    </div>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager next={page.nextCursor} label={t('outbox.title')} />
    </>
  );
}
