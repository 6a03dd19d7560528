import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { deleteNews } from '../../../src/domain/news/delete-news';
import { publishNews } from '../../../src/domain/news/publish-news';
import { getNews } from '../../../src/domain/news/queries';
import { unpublishNews } from '../../../src/domain/news/unpublish-news';
import { updateNews } from '../../../src/domain/news/update-news';
import { Forbidden } from '../../../src/kernel/errors';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import { NewsForm, newsInput } from '../../components/news-form';
import { PageHeader } from '../../components/page-header';
import { focusAreaChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/news-item';

/** One news item for the secretariat: edit, publish or take down, delete (after a confirmation). */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  return guard(request, ctx.locale, async () => {
    const news = await getNews(ctx, params.id);
    if (!('status' in news)) throw new Forbidden();
    return { news, focusAreas: await focusAreaChoices(ctx), confirmDelete: url.searchParams.has('slett') };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const id = params.id;
  const version = fields.version ?? '';
  return formAction(request, ctx.locale, fields, async () => {
    switch (fields.intent) {
      case 'news':
        await updateNews({ ctx, input: { ...newsInput(fields), id, version } });
        context.flash.set('common.saved');
        break;
      case 'publish':
        await publishNews({ ctx, input: { id, version, publishedAt: fields.publishedAt } });
        context.flash.set('news.published');
        break;
      case 'unpublish':
        await unpublishNews({ ctx, input: { id, version } });
        context.flash.set('news.unpublished');
        break;
      case 'delete':
        await deleteNews({ ctx, input: { id, version } });
        context.flash.set('news.deleted');
        throw redirect('/app/nyheter');
    }
    throw redirect(`/app/nyheter/${id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.news.title ?? 'Nyhet'} – Samråd` }];
}

export default function NewsItem({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const failure = actionData as FormFailure | undefined;
  const intent = failure?.values.intent;
  const { news, confirmDelete } = loaderData;
  const published = news.status === 'published';
  return (
    <>
      <PageHeader title={news.title} lead={news.lead || undefined}>
        <Link to="/app/nyheter" className="ds-link">
          {t('nav.news')}
        </Link>
      </PageHeader>
      <dl className="facts">
        <dt>{t('news.status')}</dt>
        <dd>{t(`news.status.${news.status}`)}</dd>
        {news.publishedAt ? (
          <>
            <dt>{t('news.publishedAt')}</dt>
            <dd>{f.dateTime(news.publishedAt)}</dd>
          </>
        ) : null}
        <dt>{t('news.updatedAt')}</dt>
        <dd>{f.dateTime(news.updatedAt)}</dd>
        <dt>{t('news.createdBy')}</dt>
        <dd>{news.createdBy}</dd>
        <dt>{t('news.focusArea')}</dt>
        <dd>{news.focusArea ? `${news.focusArea.year}: ${news.focusArea.name}` : '–'}</dd>
      </dl>
      <Paragraph>
        <Link className="ds-link" to={`/nyheter/${news.id}`}>
          {t('news.preview')}
        </Link>
      </Paragraph>

      <section aria-labelledby="publisering" className="stack">
        <Heading level={2} data-size="md" id="publisering">
          {t('news.publishing')}
        </Heading>
        {published ? (
          <Form method="post" className="stack narrow">
            <CsrfField />
            <input type="hidden" name="intent" value="unpublish" />
            <input type="hidden" name="version" value={news.version} />
            <FormErrors failure={intent === 'unpublish' ? failure : undefined} labels={{}} />
            <Paragraph>{t('news.unpublishHint')}</Paragraph>
            <div>
              <Button type="submit" variant="secondary">
                {t('news.unpublish')}
              </Button>
            </div>
          </Form>
        ) : (
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="version" value={news.version} />
            <FormErrors
              failure={intent === 'publish' ? failure : undefined}
              labels={{ publishedAt: t('news.publishAt') }}
            />
            <TextField
              name="publishedAt"
              type="datetime-local"
              label={t('news.publishAt')}
              description={t('news.publishAtHint')}
              failure={intent === 'publish' ? failure : undefined}
            />
            <div>
              <Button type="submit">{t('news.publish')}</Button>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="rediger">
        <Heading level={2} data-size="md" id="rediger">
          {t('news.edit')}
        </Heading>
        <NewsForm
          values={{ ...news, focusAreaId: news.focusArea?.id ?? null }}
          failure={intent === 'news' ? failure : undefined}
          focusAreas={loaderData.focusAreas}
          submit={t('common.save')}
        />
      </section>

      <section aria-labelledby="slett" className="stack">
        <Heading level={2} data-size="md" id="slett">
          {t('news.delete')}
        </Heading>
        {confirmDelete || intent === 'delete' ? (
          <Form method="post" className="stack narrow">
            <CsrfField />
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="version" value={news.version} />
            <FormErrors failure={intent === 'delete' ? failure : undefined} labels={{}} />
            <Alert data-color="warning">{t('news.deleteConfirm', { title: news.title })}</Alert>
            <div className="item-actions">
              <Button type="submit" data-color="danger">
                {t('news.deleteYes')}
              </Button>
              <Link className="ds-link" to={`/app/nyheter/${news.id}`}>
                {t('common.cancel')}
              </Link>
            </div>
          </Form>
        ) : (
          <Paragraph>
            <Link className="ds-link" to="?slett#slett">
              {t('news.delete')}
            </Link>
          </Paragraph>
        )}
      </section>
    </>
  );
}
