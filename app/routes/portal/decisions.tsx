import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listDecisions } from '../../../src/domain/meetings/portal';
import { SelectField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/decisions';

/** Decisions in public cases, newest first, by body and year; each leads to its case. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  const url = new URL(request.url);
  const bodyId = param(url, 'organ');
  const year = param(url, 'ar');
  return guard(request, ctx.locale, async () => ({
    bodyId: bodyId ?? '',
    year: year ?? '',
    page: await listDecisions(ctx, { bodyId, year, cursor: param(url, 'side'), limit: 20 }),
  }));
}

export function meta({ matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('portal.decisions.title'));
}

export default function PortalDecisions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { page, bodyId, year } = loaderData;
  const filtered = Boolean(bodyId || year);
  return (
    <>
      <PageHeader title={t('portal.decisions.title')} lead={t('portal.decisions.lead')} />
      <Form method="get" className="filter-bar">
        <SelectField
          name="organ"
          label={t('portal.decisions.body')}
          defaultValue={bodyId}
          options={[
            { value: '', label: t('portal.all') },
            ...page.bodies.map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
        <SelectField
          name="ar"
          label={t('portal.decisions.year')}
          defaultValue={year}
          options={[
            { value: '', label: t('portal.all') },
            ...page.years.map((y) => ({ value: String(y), label: String(y) })),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t('portal.filter')}
        </Button>
      </Form>
      <section aria-labelledby="vedtak-treff">
        <Heading level={2} data-size="sm" id="vedtak-treff">
          {t('portal.decisions.count', { count: f.number(page.total) })}
        </Heading>
        {page.items.length ? (
          <ol className="plain-list stack">
            {page.items.map((d) => (
              <li key={d.id}>
                <Heading level={3} data-size="xs">
                  <Link to={`/saker/${d.case.id}`} className="ds-link">
                    {t('meetings.caseLabel', { number: d.case.number })} {d.case.title}
                  </Link>
                </Heading>
                <Paragraph data-size="sm" className="muted">
                  <Link to={`/organer/${d.body.id}`} className="ds-link">
                    {d.body.name}
                  </Link>
                  {' · '}
                  <Link to={`/moter/${d.meeting.id}`} className="ds-link">
                    {t('portal.decisions.meeting', { date: d.meeting.day })}
                  </Link>
                  {' · '}
                  {t(`portal.outcome.${d.outcome}`)}
                </Paragraph>
                {d.excerpt ? <Paragraph>{d.excerpt}</Paragraph> : null}
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>{t(filtered ? 'portal.decisions.noneFiltered' : 'portal.decisions.none')}</Paragraph>
        )}
        <Pager next={page.nextCursor} label={t('portal.decisions.pages')} />
      </section>
      <Paragraph>
        <a href="/vedtak.atom" className="ds-link">
          {t('portal.decisions.feed')}
        </a>
      </Paragraph>
    </>
  );
}
