import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { listAppointments } from '../../../src/domain/bodies/queries';
import { populationOf } from '../../../src/domain/knowledge/queries';
import { getMemberHistory, getMemberOn } from '../../../src/domain/members/queries';
import { todayInOslo, within } from '../../../src/kernel/dates';
import { isMessageKey } from '../../../src/kernel/i18n';
import { AsOfForm } from '../../components/as-of-form';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/member';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const asOf = dateParam(new URL(request.url)) ?? todayInOslo(ctx.now);
  return guard(request, ctx.locale, async () => {
    const [history, onDate, representatives, population] = await Promise.all([
      getMemberHistory(ctx, params.id),
      getMemberOn(ctx, params.id, asOf),
      listAppointments(ctx, { memberId: params.id, asOf }),
      populationOf(ctx, params.id),
    ]);
    return { ...history, onDate, asOf, representatives, population };
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.onDate.name ?? 'Medlem'} – Samråd` }];
}

export default function Member({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const { onDate: m, asOf, representatives } = loaderData;
  const member = within(asOf, m.joinedOn, m.leftOn);
  return (
    <>
      <PageHeader
        title={m.name}
        lead={`${t(`members.kind.${m.kind}`)}${m.number ? ` ${m.number}` : ''}${m.county ? `, ${m.county.name}` : ''}`}
      >
        {canEdit ? (
          <Button asChild variant="secondary">
            <Link to={`/app/medlemmer/${m.id}/rediger`}>{t('common.edit')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      <AsOfForm date={asOf} />
      {!member ? <Alert data-color="warning">{t('members.notMemberOnDate', { date: asOf })}</Alert> : null}

      <dl className="facts">
        <dt>{t('members.subregion')}</dt>
        <dd>
          {m.subregion ? (
            <Link to={`/app/delregioner/${m.subregion.id}?dato=${asOf}`} className="ds-link">
              {m.subregion.name}
            </Link>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('members.orgNumber')}</dt>
        <dd>{m.orgNumber ?? '—'}</dd>
        <dt>{t('members.joinedOn')}</dt>
        <dd>{format.date(m.joinedOn)}</dd>
        {m.exitNoticeOn ? (
          <>
            <dt>{t('members.exitNoticeOn')}</dt>
            <dd>{format.date(m.exitNoticeOn)}</dd>
          </>
        ) : null}
        {m.leftOn ? (
          <>
            <dt>{t('members.leftOn')}</dt>
            <dd>
              {format.date(m.leftOn)} ({t(`members.leftReason.${m.leftReason ?? 'other'}`)})
            </dd>
          </>
        ) : null}
        {m.notes ? (
          <>
            <dt>{t('common.notes')}</dt>
            <dd>{m.notes}</dd>
          </>
        ) : null}
      </dl>

      {loaderData.internal && m.evidence ? (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {t('members.evidence')}
          </Heading>
          <Paragraph>{m.evidence}</Paragraph>
          <Paragraph data-size="sm">{t('members.evidenceNote')}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="representatives">
        <Heading level={2} data-size="md" id="representatives">
          {t('members.representatives')}
        </Heading>
        <Paragraph>{t('members.representativesLead', { name: m.name, date: asOf })}</Paragraph>
        {representatives.length ? (
          <Table zebra>
            <caption className="visually-hidden">{t('members.representatives')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bodies.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.person')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {representatives.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    <Link to={`/app/organer/${a.bodyId}?dato=${asOf}`} className="ds-link">
                      {a.bodyName}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{t(`bodies.role.${a.role}`)}</Table.Cell>
                  <Table.Cell>
                    <Link to={`/app/personer/${a.personId}`} className="ds-link">
                      {a.personName}
                    </Link>
                    {a.personTitle ? `, ${a.personTitle}` : ''}
                  </Table.Cell>
                  <Table.Cell>
                    <Period from={a.validFrom} to={a.validTo} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('members.noRepresentatives')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="history">
        <Heading level={2} data-size="md" id="history">
          {t('members.history')}
        </Heading>
        <Table>
          <caption className="visually-hidden">{t('members.history')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.county')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.identities.map((i) => (
              <Table.Row key={i.validFrom}>
                <Table.Cell>
                  <Period from={i.validFrom} to={i.validTo} />
                </Table.Cell>
                <Table.Cell>{i.name}</Table.Cell>
                <Table.Cell>{i.number ?? '—'}</Table.Cell>
                <Table.Cell>{i.countyName ?? '—'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {loaderData.predecessors.length ? (
          <Paragraph>
            {t('members.predecessors')}:{' '}
            {loaderData.predecessors.map((p, i) => (
              <span key={p.id}>
                {i ? ', ' : ''}
                <Link
                  to={`/app/medlemmer/${p.id}?dato=${p.effectiveOn.slice(0, 4)}-01-01`}
                  className="ds-link"
                >
                  {p.name}
                </Link>
              </span>
            ))}{' '}
            ({format.date(loaderData.predecessors[0]!.effectiveOn)})
          </Paragraph>
        ) : null}
        {loaderData.successors.length ? (
          <Paragraph>
            {t('members.successors')}:{' '}
            {loaderData.successors.map((s) => (
              <Link key={s.id} to={`/app/medlemmer/${s.id}?dato=${s.effectiveOn}`} className="ds-link">
                {s.name}
              </Link>
            ))}{' '}
            ({format.date(loaderData.successors[0]!.effectiveOn)})
          </Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="subregions">
        <Heading level={2} data-size="md" id="subregions">
          {t('members.subregionHistory')}
        </Heading>
        {loaderData.subregions.length ? (
          <ul>
            {loaderData.subregions.map((s) => (
              <li key={s.id}>
                <Link to={`/app/delregioner/${s.subregionId}`} className="ds-link">
                  {s.name}
                </Link>
                : <Period from={s.validFrom} to={s.validTo} />
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('common.none')}</Paragraph>
        )}
        {loaderData.participations.length ? (
          <>
            <Heading level={3} data-size="sm">
              {t('members.participations')}
            </Heading>
            <ul>
              {loaderData.participations.map((p) => {
                const key = `members.scheme.${p.scheme}`;
                return (
                  <li key={p.id}>
                    <Tag>{isMessageKey(key) ? t(key) : p.scheme}</Tag>{' '}
                    <Period from={p.validFrom} to={p.validTo} />
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="population">
        <Heading level={2} data-size="md" id="population">
          {t('members.population')}
        </Heading>
        {loaderData.population.length ? (
          <Table zebra data-size="sm" className="narrow-table">
            <caption className="visually-hidden">{t('members.population')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('members.populationYear')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('members.populationValue')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {[...loaderData.population].reverse().map((p) => (
                <Table.Row key={p.year}>
                  <Table.Cell>{p.year}</Table.Cell>
                  <Table.Cell className="numeric">{format.number(p.population)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('members.noPopulation')}</Paragraph>
        )}
        <Paragraph>
          <Link to={`/app/kunnskap/medlem/${m.id}`}>{t('knowledge.memberLink', { name: m.name })}</Link>
        </Paragraph>
      </section>
    </>
  );
}
