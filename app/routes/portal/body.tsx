import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { PortalAppointment } from '../../../src/domain/bodies/portal';
import { portalBody } from '../../../src/domain/bodies/portal';
import { meetingsOfBody } from '../../../src/domain/meetings/portal';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Period } from '../../components/period';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/body';

/** A body: its mandate, who sits on it today (with deputies), its meetings, and who sat on it before. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  const url = new URL(request.url);
  return guard(request, ctx.locale, async () => {
    const model = await portalBody(ctx, params.id, { historyCursor: param(url, 'side') });
    return { ...model, meetings: await meetingsOfBody(ctx, model.body.id, 10) };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => data?.body.name ?? t('portal.bodies.title'));
}

/** Whom an appointment is on behalf of: a member (with its page) or a sub-region. */
function OnBehalf({ of }: { of: PortalAppointment['onBehalf'] }) {
  if (!of) return <>—</>;
  return of.kind === 'member' ? (
    <Link to={`/medlemmer/${of.id}`} className="ds-link">
      {of.name}
    </Link>
  ) : (
    of.name
  );
}

function PersonLink({ person }: { person: { id: string; name: string } }) {
  return (
    <Link to={`/personer/${person.id}`} className="ds-link">
      {person.name}
    </Link>
  );
}

/** Earlier appointments grouped by their period, in the order given (latest first). */
function byPeriod(items: PortalAppointment[]) {
  const groups: { key: string; from: string; to: string | null; items: PortalAppointment[] }[] = [];
  for (const a of items) {
    const key = `${a.validFrom}|${a.validTo ?? ''}`;
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(a);
    else groups.push({ key, from: a.validFrom, to: a.validTo, items: [a] });
  }
  return groups;
}

export default function PortalBody({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { body, seats, deputies, history, delegations, meetings, today } = loaderData;
  return (
    <>
      <PageHeader title={body.name} lead={t(`bodies.kind.${body.kind}`)} />
      <dl className="facts">
        <dt>{t('portal.body.period')}</dt>
        <dd>
          <Period from={body.validFrom} to={body.validTo} />
        </dd>
        {body.appointedBy ? (
          <>
            <dt>{t('portal.body.appointedBy')}</dt>
            <dd>
              <Link to={`/organer/${body.appointedBy.id}`} className="ds-link">
                {body.appointedBy.name}
              </Link>
            </dd>
          </>
        ) : null}
        {body.predecessor ? (
          <>
            <dt>{t('portal.body.predecessor')}</dt>
            <dd>
              <Link to={`/organer/${body.predecessor.id}`} className="ds-link">
                {body.predecessor.name}
              </Link>
            </dd>
          </>
        ) : null}
        {body.successor ? (
          <>
            <dt>{t('portal.body.successor')}</dt>
            <dd>
              <Link to={`/organer/${body.successor.id}`} className="ds-link">
                {body.successor.name}
              </Link>
            </dd>
          </>
        ) : null}
        {body.meetingsPerYearMin !== null && body.meetingsPerYearMax !== null ? (
          <>
            <dt>{t('portal.body.meetingsPerYear')}</dt>
            <dd>
              {body.meetingsPerYearMin === body.meetingsPerYearMax
                ? f.number(body.meetingsPerYearMin)
                : t('portal.body.meetingsRange', {
                    min: f.number(body.meetingsPerYearMin),
                    max: f.number(body.meetingsPerYearMax),
                  })}
            </dd>
          </>
        ) : null}
      </dl>

      {body.mandate ? (
        <section aria-labelledby="mandat">
          <Heading level={2} data-size="md" id="mandat">
            {t('portal.body.mandate')}
          </Heading>
          <Paragraph>{body.mandate}</Paragraph>
        </section>
      ) : null}

      <section aria-labelledby="sammensetning">
        <Heading level={2} data-size="md" id="sammensetning">
          {t('portal.body.composition', { date: today })}
        </Heading>
        {seats.length ? (
          <div className="table-scroll">
            <Table zebra>
              <caption className="visually-hidden">{t('portal.body.composition', { date: today })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('portal.col.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portal.col.person')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portal.col.onBehalf')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portal.col.deputies')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portal.col.period')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {seats.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.Cell>{t(`bodies.role.${s.role}`)}</Table.Cell>
                    <Table.Cell>
                      <PersonLink person={s.person} />
                    </Table.Cell>
                    <Table.Cell>
                      <OnBehalf of={s.onBehalf} />
                    </Table.Cell>
                    <Table.Cell>
                      {s.deputies.length
                        ? s.deputies.map((d, i) => (
                            <span key={d.id}>
                              {i ? ', ' : ''}
                              <PersonLink person={d.person} />
                            </span>
                          ))
                        : '—'}
                    </Table.Cell>
                    <Table.Cell>
                      <Period from={s.validFrom} to={s.validTo} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        ) : (
          <Paragraph>{t('portal.body.noComposition', { name: body.name, date: today })}</Paragraph>
        )}
        {deputies.length ? (
          <>
            <Heading level={3} data-size="xs">
              {t('portal.body.deputies')}
            </Heading>
            <ul>
              {deputies.map((d) => (
                <li key={d.id}>
                  <PersonLink person={d.person} />
                  {d.onBehalf ? (
                    <>
                      {' ('}
                      <OnBehalf of={d.onBehalf} />)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {delegations.length ? (
        <section aria-labelledby="delegert">
          <Heading level={2} data-size="md" id="delegert">
            {t('portal.body.delegations')}
          </Heading>
          <ul>
            {delegations.map((d) => (
              <li key={d.id}>
                {t(d.direction === 'to' ? 'portal.body.delegationTo' : 'portal.body.delegationFrom')}{' '}
                <Link to={`/organer/${d.other.id}`} className="ds-link">
                  {d.other.name}
                </Link>{' '}
                (<Period from={d.validFrom} to={d.validTo} />
                ): {d.scope}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="moter">
        <Heading level={2} data-size="md" id="moter">
          {t('portal.body.meetings')}
        </Heading>
        {meetings.length ? (
          <ul className="plain-list stack">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/moter/${m.id}`} className="ds-link">
                  {m.title}
                </Link>
                <br />
                <span className="muted">{f.dateTime(m.startsAt)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('portal.body.noMeetings', { name: body.name })}</Paragraph>
        )}
        <Paragraph>
          <Link to={`/moter?organ=${body.id}`} className="ds-link">
            {t('portal.body.allMeetings')}
          </Link>
          {' · '}
          <Link to={`/vedtak?organ=${body.id}`} className="ds-link">
            {t('portal.body.decisions', { name: body.name })}
          </Link>
        </Paragraph>
      </section>

      <section aria-labelledby="historikk">
        <Heading level={2} data-size="md" id="historikk">
          {t('portal.body.history')}
        </Heading>
        {history.items.length ? (
          <>
            <Paragraph>{t('portal.body.historyLead')}</Paragraph>
            {byPeriod(history.items).map((group) => (
              <div key={group.key} className="stack">
                <Heading level={3} data-size="xs">
                  <Period from={group.from} to={group.to} />
                </Heading>
                <div className="table-scroll">
                  <Table zebra data-size="sm">
                    <caption className="visually-hidden">
                      {t('portal.body.history')}: <Period from={group.from} to={group.to} />
                    </caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>{t('portal.col.role')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('portal.col.person')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('portal.col.onBehalf')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {group.items.map((a) => (
                        <Table.Row key={a.id}>
                          <Table.Cell>{t(`bodies.role.${a.role}`)}</Table.Cell>
                          <Table.Cell>
                            <PersonLink person={a.person} />
                          </Table.Cell>
                          <Table.Cell>
                            <OnBehalf of={a.onBehalf} />
                          </Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </div>
              </div>
            ))}
          </>
        ) : (
          <Paragraph>{t('portal.body.noHistory')}</Paragraph>
        )}
        <Pager next={history.nextCursor} label={t('portal.body.historyPages')} />
      </section>
    </>
  );
}
