import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { listEvents } from '../../../src/domain/events/queries';
import { listDecisions, upcomingMeetings } from '../../../src/domain/meetings/portal';
import { listPublishedNews } from '../../../src/domain/news/queries';
import { currentProgramme } from '../../../src/domain/programme/portal';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/home';

/** The portal's front page: who the alliance is, its vision and focus areas, what is coming, what was decided. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const [profile, programme, meetings, events, decisions, news] = await Promise.all([
      getOrganisationProfile(ctx),
      currentProgramme(ctx),
      upcomingMeetings(ctx, 5),
      listEvents(ctx, { when: 'upcoming', limit: 3 }),
      listDecisions(ctx, { limit: 5 }),
      listPublishedNews(ctx, { limit: 3 }),
    ]);
    const description =
      ctx.locale === 'en' && profile.descriptionEn ? profile.descriptionEn : profile.descriptionNb;
    return {
      name: profile.name,
      description,
      programme,
      meetings,
      events: events.items.map((e) => ({
        id: e.id,
        title: e.title,
        startsAt: e.startsAt,
        location: e.location,
      })),
      decisions: decisions.items,
      news: news.items.map((n) => ({ id: n.id, title: n.title, lead: n.lead, publishedAt: n.publishedAt! })),
    };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? [{ title: data.name }] : portalTitle(matches, (t) => t('layout.home'));
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { name, programme, meetings, events, decisions, news } = loaderData;
  return (
    <>
      <PageHeader
        title={t('home.title', { name })}
        lead={loaderData.description || t('home.noDescription')}
      />

      <div className="portal-sections">
        <section aria-labelledby="visjon">
          <Heading level={2} data-size="md" id="visjon">
            {t('portal.home.programme')}
          </Heading>
          {programme ? (
            <>
              {programme.vision ? (
                <Paragraph data-size="lg">
                  <strong>{t('portal.home.vision', { vision: programme.vision })}</strong>
                </Paragraph>
              ) : null}
              <Heading level={3} data-size="xs">
                {t('portal.home.focusAreas', { year: programme.year })}
              </Heading>
              <ul>
                {programme.focusAreas.map((area) => (
                  <li key={area.id}>{area.name}</li>
                ))}
              </ul>
              <Paragraph>
                <Link to={`/handlingsprogram/${programme.year}`} className="ds-link">
                  {t('portal.home.programmeLink', { year: programme.year })}
                </Link>
              </Paragraph>
            </>
          ) : (
            <Paragraph>{t('portal.home.noProgramme')}</Paragraph>
          )}
        </section>

        <section aria-labelledby="kommende-moter">
          <Heading level={2} data-size="md" id="kommende-moter">
            {t('portal.home.meetings')}
          </Heading>
          {meetings.length ? (
            <ul className="plain-list stack">
              {meetings.map((m) => (
                <li key={m.id}>
                  <Link to={`/moter/${m.id}`} className="ds-link">
                    {m.title}
                  </Link>
                  <br />
                  <span className="muted">
                    {m.body.name} · {f.dateTime(m.startsAt)}
                    {m.location ? ` · ${m.location}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('portal.home.noMeetings')}</Paragraph>
          )}
          <Paragraph>
            <Link to="/moter" className="ds-link">
              {t('portal.home.allMeetings')}
            </Link>
          </Paragraph>
        </section>

        <section aria-labelledby="kommende-arrangementer">
          <Heading level={2} data-size="md" id="kommende-arrangementer">
            {t('portal.home.events')}
          </Heading>
          {events.length ? (
            <ul className="plain-list stack">
              {events.map((e) => (
                <li key={e.id}>
                  <Link to={`/arrangementer/${e.id}`} className="ds-link">
                    {e.title}
                  </Link>
                  <br />
                  <span className="muted">
                    {f.dateTime(e.startsAt)}
                    {e.location ? ` · ${e.location}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('portal.home.noEvents')}</Paragraph>
          )}
          <Paragraph>
            <Link to="/arrangementer" className="ds-link">
              {t('portal.home.allEvents')}
            </Link>
          </Paragraph>
        </section>

        <section aria-labelledby="siste-vedtak">
          <Heading level={2} data-size="md" id="siste-vedtak">
            {t('portal.home.decisions')}
          </Heading>
          {decisions.length ? (
            <ul className="plain-list stack">
              {decisions.map((d) => (
                <li key={d.id}>
                  <Link to={`/saker/${d.case.id}`} className="ds-link">
                    {t('meetings.caseLabel', { number: d.case.number })} {d.case.title}
                  </Link>
                  <br />
                  <span className="muted">
                    {d.body.name} · {f.date(d.meeting.day)} · {t(`portal.outcome.${d.outcome}`)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('portal.home.noDecisions')}</Paragraph>
          )}
          <Paragraph>
            <Link to="/vedtak" className="ds-link">
              {t('portal.home.allDecisions')}
            </Link>
          </Paragraph>
        </section>

        <section aria-labelledby="siste-nyheter">
          <Heading level={2} data-size="md" id="siste-nyheter">
            {t('news.latest')}
          </Heading>
          {news.length ? (
            <ul className="plain-list stack">
              {news.map((n) => (
                <li key={n.id}>
                  <Link to={`/nyheter/${n.id}`} className="ds-link">
                    {n.title}
                  </Link>
                  <br />
                  <span className="muted">{f.date(new Date(n.publishedAt))}</span>
                  {n.lead ? <Paragraph data-size="sm">{n.lead}</Paragraph> : null}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('news.nonePublished')}</Paragraph>
          )}
          <Paragraph>
            <Link to="/nyheter" className="ds-link">
              {t('news.more')}
            </Link>
          </Paragraph>
        </section>
      </div>

      <Card className="home-card" data-color="neutral">
        <Heading level={2} data-size="sm">
          {t('home.forStaff')}
        </Heading>
        <Paragraph>{t('home.forStaffBody')}</Paragraph>
        <Paragraph>
          <Link to="/logg-inn" className="ds-link">
            {t('layout.login')}
          </Link>
        </Paragraph>
      </Card>
    </>
  );
}
