import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { SEARCH_TYPES, search } from '../../../src/domain/search/queries';
import { SelectField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/search';

/** Search, for everyone: the public finds public content, a signed-in user also what they may read. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = param(url, 'q') ?? '';
  const type = param(url, 'type');
  const year = param(url, 'ar');
  return guard(request, context.ctx.locale, async () => ({
    q,
    type: type ?? '',
    year: year ?? '',
    result:
      q.trim().length >= 2
        ? await search(context.ctx, {
            q,
            type: type as never,
            year: year as never,
            cursor: param(url, 'side'),
          })
        : null,
  }));
}

export function meta() {
  return [{ title: 'Søk' }];
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { q, type, year, result } = loaderData;
  return (
    <>
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <Form method="get" role="search" className="filter-bar">
        <TextField name="q" type="search" label={t('search.query')} defaultValue={q} />
        <SelectField
          name="type"
          label={t('search.type')}
          defaultValue={type}
          options={[
            { value: '', label: t('search.allTypes') },
            ...SEARCH_TYPES.map((k) => ({ value: k, label: t(`search.type.${k}`) })),
          ]}
        />
        <TextField name="ar" type="number" label={t('search.year')} defaultValue={year} />
        <Button type="submit">{t('search.submit')}</Button>
      </Form>
      {result ? (
        <section aria-labelledby="treff">
          <Heading level={2} data-size="sm" id="treff">
            {t('search.count', { count: f.number(result.total) })}
          </Heading>
          {result.items.length ? (
            <ol className="plain-list stack">
              {result.items.map((hit) => (
                <li key={`${hit.type}-${hit.id}`}>
                  <Link to={hit.href} className="ds-link" reloadDocument={hit.type === 'document'}>
                    {hit.reference ? `${hit.reference} ` : ''}
                    {hit.title}
                  </Link>
                  <br />
                  <span className="muted">
                    {t(`search.type.${hit.type}`)}
                    {hit.date ? ` · ${f.date(hit.date)}` : hit.year ? ` · ${hit.year}` : ''}
                  </span>
                  <Paragraph data-size="sm">
                    {hit.snippet.map((run, i) =>
                      // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity of their own
                      run.hit ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
                    )}
                  </Paragraph>
                </li>
              ))}
            </ol>
          ) : (
            <Paragraph>{t('search.none', { q })}</Paragraph>
          )}
          <Pager next={result.nextCursor} label={t('search.results')} />
        </section>
      ) : null}
    </>
  );
}
