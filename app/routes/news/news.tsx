import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link, redirect } from 'react-router';
import { createNews } from '../../../src/domain/news/create-news';
import { listNews } from '../../../src/domain/news/queries';
import { NewsForm, newsInput } from '../../components/news-form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { focusAreaChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/news';

/** The secretariat's news: every item with its status, the last edited first, and a form for a new one. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { ctx } = context;
  return guard(request, ctx.locale, async () => ({
    page: await listNews(ctx, { cursor: param(url, 'side'), limit: 50 }),
    focusAreas: await focusAreaChoices(ctx),
  }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const news = await createNews({ ctx: context.ctx, input: newsInput(fields) });
    context.flash.set('common.saved');
    throw redirect(`/app/nyheter/${news.id}`);
  });
}

export function meta() {
  return [{ title: 'Nyheter – Samråd' }];
}

export default function News({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { page } = loaderData;
  return (
    <>
      <PageHeader title={t('nav.news')} lead={t('news.lead')} />
      {page.items.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('nav.news')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('news.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('news.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('news.publishedAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('news.updatedAt')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((n) => (
              <Table.Row key={n.id}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/nyheter/${n.id}`}>
                    {n.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`news.status.${n.status}`)}</Table.Cell>
                <Table.Cell>{n.publishedAt ? f.date(new Date(n.publishedAt)) : '–'}</Table.Cell>
                <Table.Cell>{f.dateTime(n.updatedAt)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('news.none')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('nav.news')} />
      <section aria-labelledby="ny-nyhet">
        <Heading level={2} data-size="md" id="ny-nyhet">
          {t('news.new')}
        </Heading>
        <NewsForm
          failure={actionData as FormFailure | undefined}
          focusAreas={loaderData.focusAreas}
          submit={t('news.create')}
        />
      </section>
    </>
  );
}
