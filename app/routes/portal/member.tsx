import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { memberFeeShare } from '../../../src/domain/fees/queries';
import { portalMember } from '../../../src/domain/members/portal';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { useFormat, useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/member';

/** A member: what it is, who represents it in the bodies today, and its membership fee. No map. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const model = await portalMember(ctx, params.id);
    return { ...model, fee: await memberFeeShare(ctx, params.id) };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => data?.member.name ?? t('portal.members.title'));
}

export default function PortalMember({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { member: m, today, representatives, fee } = loaderData;
  return (
    <>
      <PageHeader title={m.name} lead={`${t(`members.kind.${m.kind}`)}${m.county ? `, ${m.county}` : ''}`} />
      {m.leftOn && m.leftOn < today ? (
        <Alert data-color="info">{t('portal.member.formerMember', { name: m.name, date: m.leftOn })}</Alert>
      ) : null}
      <dl className="facts">
        <dt>{t('portal.member.number')}</dt>
        <dd>{m.number ?? '—'}</dd>
        <dt>{t('portal.member.orgNumber')}</dt>
        <dd>{m.orgNumber ?? '—'}</dd>
        <dt>{t('portal.member.subregion')}</dt>
        <dd>{m.subregion?.name ?? '—'}</dd>
        <dt>{t('portal.member.joinedOn')}</dt>
        <dd>{f.date(m.joinedOn)}</dd>
        {m.leftOn ? (
          <>
            <dt>{t('portal.member.leftOn')}</dt>
            <dd>
              {f.date(m.leftOn)} ({t(`members.leftReason.${m.leftReason ?? 'other'}`)})
            </dd>
          </>
        ) : null}
        <dt>{t('portal.member.population')}</dt>
        <dd>
          {m.population
            ? t('portal.member.populationValue', {
                value: f.number(m.population.value),
                year: m.population.year,
              })
            : '—'}
        </dd>
        {loaderData.predecessors.length ? (
          <>
            <dt>{t('portal.member.predecessors')}</dt>
            <dd>
              {loaderData.predecessors.map((p, i) => (
                <span key={p.id}>
                  {i ? ', ' : ''}
                  <Link to={`/medlemmer/${p.id}`} className="ds-link">
                    {p.name}
                  </Link>
                </span>
              ))}{' '}
              ({f.date(loaderData.predecessors[0]!.effectiveOn)})
            </dd>
          </>
        ) : null}
        {loaderData.successors.length ? (
          <>
            <dt>{t('portal.member.successors')}</dt>
            <dd>
              {loaderData.successors.map((s, i) => (
                <span key={s.id}>
                  {i ? ', ' : ''}
                  <Link to={`/medlemmer/${s.id}`} className="ds-link">
                    {s.name}
                  </Link>
                </span>
              ))}{' '}
              ({f.date(loaderData.successors[0]!.effectiveOn)})
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="representanter">
        <Heading level={2} data-size="md" id="representanter">
          {t('portal.member.representatives')}
        </Heading>
        {representatives.length ? (
          <>
            <Paragraph>{t('portal.member.representativesLead', { name: m.name, date: today })}</Paragraph>
            <div className="table-scroll">
              <Table zebra>
                <caption className="visually-hidden">{t('portal.member.representatives')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('portal.col.body')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('portal.col.role')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('portal.col.person')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('portal.col.period')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {representatives.map((a) => (
                    <Table.Row key={a.id}>
                      <Table.Cell>
                        <Link to={`/organer/${a.body.id}`} className="ds-link">
                          {a.body.name}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{t(`bodies.role.${a.role}`)}</Table.Cell>
                      <Table.Cell>
                        <Link to={`/personer/${a.person.id}`} className="ds-link">
                          {a.person.name}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>
                        <Period from={a.validFrom} to={a.validTo} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        ) : (
          <Paragraph>{t('portal.member.noRepresentatives', { name: m.name, date: today })}</Paragraph>
        )}
      </section>

      <section aria-labelledby="kontingent">
        <Heading level={2} data-size="md" id="kontingent">
          {t('portal.member.fee')}
        </Heading>
        {!fee ? (
          <Paragraph>{t('portal.member.feeNone', { name: m.name })}</Paragraph>
        ) : (
          <>
            <Paragraph>
              {fee.case ? (
                <>
                  {t('portal.member.feeLead', { year: fee.year })}{' '}
                  <Link to={`/saker/${fee.case.id}`} className="ds-link">
                    {t('portal.member.feeCase', { number: fee.case.number })}
                  </Link>
                  .
                </>
              ) : (
                t('portal.member.feeLeadNoCase', { year: fee.year })
              )}
            </Paragraph>
            {fee.totalOre === null ? (
              <Paragraph>
                {t('portal.member.feeMissingPopulation', { year: fee.year, date: fee.referenceDate })}
              </Paragraph>
            ) : (
              <dl className="facts">
                <dt>{t('portal.member.feePopulation', { date: fee.referenceDate })}</dt>
                <dd>{fee.population === null ? '—' : f.number(fee.population)}</dd>
                <dt>{t('portal.member.feeRate')}</dt>
                <dd>{f.money(Math.round(Number(fee.rate) * 100))}</dd>
                <dt>{t('portal.member.feeAmount')}</dt>
                <dd>
                  {fee.feeOre === null ? '—' : f.money(fee.feeOre)}
                  {fee.limit === 'floor' ? ` (${t('portal.member.feeFloor')})` : ''}
                  {fee.limit === 'cap' ? ` (${t('portal.member.feeCap')})` : ''}
                  {fee.share
                    ? ` (${t('portal.member.feePartYear', { days: fee.share.days, of: fee.share.of })})`
                    : ''}
                </dd>
                {fee.extras.map((e) => (
                  <Fragment key={e.label}>
                    <dt>{e.label}</dt>
                    <dd>{e.amountOre === null ? '—' : f.money(e.amountOre)}</dd>
                  </Fragment>
                ))}
                {fee.extras.length ? (
                  <>
                    <dt>{t('portal.member.feeTotal')}</dt>
                    <dd>{f.money(fee.totalOre)}</dd>
                  </>
                ) : null}
                {fee.shareOfAll !== null ? (
                  <>
                    <dt>{t('portal.member.feeShare')}</dt>
                    <dd>{f.percent(fee.shareOfAll * 100)}</dd>
                  </>
                ) : null}
              </dl>
            )}
          </>
        )}
      </section>
    </>
  );
}
