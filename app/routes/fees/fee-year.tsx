import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { Form, Link, redirect } from 'react-router';
import { can } from '../../../src/domain/fees/permissions';
import { feeList } from '../../../src/domain/fees/queries';
import { setFeeDecision } from '../../../src/domain/fees/set-fee-decision';
import { getSettings } from '../../../src/domain/settings/queries';
import { rateText } from '../../../src/kernel/money';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { TableDownloads } from '../../components/table-downloads';
import { caseChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useLocale, useT } from '../../lib/i18n';
import { yearParam } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/fee-year';

const EXTRA_ROWS = 3;
const EXTRA_INDEXES = Array.from({ length: EXTRA_ROWS }, (_, i) => i);
const ROUNDINGS = ['ore', 'krone', 'ten', 'hundred', 'thousand'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const year = yearParam(params.year, 'feeDecision');
    const list = await feeList(ctx, year);
    const manage = can(ctx.actor, 'fees.manage');
    const [cases, membership] = manage
      ? await Promise.all([caseChoices(ctx, [year - 1, year]), getSettings(ctx, 'membership')])
      : [[], null];
    return { year, list, manage, cases, partYear: membership?.feePartYear ?? null };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const year = yearParam(params.year, 'feeDecision');
  return formAction(request, ctx.locale, fields, async () => {
    const extras = Array.from({ length: EXTRA_ROWS }, (_, i) => ({
      label: fields[`extras.${i}.label`],
      scheme: fields[`extras.${i}.scheme`],
      basis: fields[`extras.${i}.basis`],
      amount: fields[`extras.${i}.amount`],
      rate: fields[`extras.${i}.rate`],
    })).filter((e) => e.label || e.scheme || e.amount || e.rate);
    await setFeeDecision({
      ctx,
      input: {
        year,
        version: fields.version ?? '0',
        rate: fields.rate ?? '',
        referenceDate: fields.referenceDate,
        floor: fields.floor,
        cap: fields.cap,
        rounding: fields.rounding as never,
        caseId: fields.caseId,
        decidedOn: fields.decidedOn,
        notes: fields.notes,
        extras: extras as never,
      },
    });
    context.flash.set('common.saved');
    throw redirect(`/app/kontingent/${year}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Kontingent ${data?.year ?? ''} – Samråd` }];
}

export default function FeeYear({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const failure = actionData as FormFailure | undefined;
  const { year, list, manage, cases, partYear } = loaderData;
  const d = list.decision;
  const money = (ore: number | null) => (ore === null ? '–' : format.money(ore));
  const extras = d?.extras ?? [];
  const labels: Record<string, string> = {
    rate: t('fees.rate'),
    referenceDate: t('fees.referenceDate'),
    floor: t('fees.floor'),
    cap: t('fees.cap'),
    caseId: t('fees.case'),
    decidedOn: t('fees.decidedOn'),
  };
  for (let i = 0; i < EXTRA_ROWS; i++) {
    labels[`extras.${i}.label`] = t('fees.extraRow', { n: i + 1, field: t('fees.extraLabel') });
    labels[`extras.${i}.scheme`] = t('fees.extraRow', { n: i + 1, field: t('fees.extraScheme') });
    labels[`extras.${i}.amount`] = t('fees.extraRow', { n: i + 1, field: t('fees.extraAmount') });
    labels[`extras.${i}.rate`] = t('fees.extraRow', { n: i + 1, field: t('fees.extraRate') });
  }
  return (
    <>
      <PageHeader
        title={t('fees.yearTitle', { year })}
        lead={t(list.scope === 'own' ? 'fees.leadOwn' : 'fees.yearLead')}
      >
        <Link to="/app/kontingent" className="ds-link">
          {t('fees.all')}
        </Link>
      </PageHeader>
      {d ? (
        <dl className="facts">
          <dt>{t('fees.rate')}</dt>
          <dd>{t('fees.ratePerInhabitant', { rate: rateText(d.rate, locale) })}</dd>
          <dt>{t('fees.referenceDate')}</dt>
          <dd>{format.date(d.referenceDate)}</dd>
          <dt>{t('fees.floor')}</dt>
          <dd>{money(d.floorOre)}</dd>
          <dt>{t('fees.cap')}</dt>
          <dd>{money(d.capOre)}</dd>
          <dt>{t('fees.rounding')}</dt>
          <dd>{t(`fees.rounding.${d.rounding}`)}</dd>
          <dt>{t('fees.case')}</dt>
          <dd>
            {d.case ? (
              <Link className="ds-link" to={`/app/saker/${d.case.id}`}>
                {t('fees.caseNumber', { number: d.case.number })} {d.case.title}
              </Link>
            ) : (
              t('fees.proposal')
            )}
            {d.decidedOn ? `, ${format.date(d.decidedOn)}` : ''}
          </dd>
          {extras.map((e) => (
            <Fragment key={e.id}>
              <dt>{e.label}</dt>
              <dd>
                {e.basis === 'flat'
                  ? format.money(e.amountOre ?? 0)
                  : t('fees.ratePerInhabitant', { rate: rateText(e.rate ?? '0', locale) })}{' '}
                ({t('fees.extraFor', { scheme: e.scheme })})
              </dd>
            </Fragment>
          ))}
          {partYear ? (
            <>
              <dt>{t('settings.feePartYear')}</dt>
              <dd>{t(`settings.feePartYear.${partYear}`)}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <Alert data-color="info">{t('fees.noDecision', { year })}</Alert>
      )}
      {d?.notes ? <Paragraph>{d.notes}</Paragraph> : null}

      {d ? (
        <section aria-labelledby="fee-list">
          <Heading level={2} data-size="md" id="fee-list">
            {t(list.scope === 'own' ? 'fees.ownBasis' : 'fees.list')}
          </Heading>
          {list.missing.length ? (
            <Alert data-color="warning">{t('fees.missing', { names: list.missing.join(', ') })}</Alert>
          ) : null}
          {list.rows.length === 0 ? (
            <Paragraph>{t('fees.noRows')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <Table zebra data-size="sm">
                <caption className="visually-hidden">{t('fees.list')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('fees.column.member')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('fees.column.population', { date: format.date(d.referenceDate) })}
                    </Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('fees.computed')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('fees.column.limit')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('fees.share')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('fees.fee')}</Table.HeaderCell>
                    {extras.map((e) => (
                      <Table.HeaderCell key={e.id} className="numeric">
                        {e.label}
                      </Table.HeaderCell>
                    ))}
                    <Table.HeaderCell className="numeric">{t('fees.total')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.rows.map((r) => (
                    <Table.Row key={r.member.id}>
                      <Table.HeaderCell scope="row">
                        <Link className="ds-link" to={`/app/medlemmer/${r.member.id}`}>
                          {r.member.name}
                        </Link>{' '}
                        <span className="muted">{r.member.number}</span>
                      </Table.HeaderCell>
                      <Table.Cell className="numeric">
                        {r.population === null ? t('fees.noPopulation') : format.number(r.population)}
                        {r.populationDerived ? ' *' : ''}
                      </Table.Cell>
                      <Table.Cell className="numeric">{money(r.computedOre)}</Table.Cell>
                      <Table.Cell>{r.limit ? t(`fees.limit.${r.limit}`) : ''}</Table.Cell>
                      <Table.Cell>
                        {r.share
                          ? t('fees.shareDays', { days: r.share.days, of: r.share.of })
                          : t('fees.wholeYear')}
                      </Table.Cell>
                      <Table.Cell className="numeric">{money(r.feeOre)}</Table.Cell>
                      {extras.map((e) => (
                        <Table.Cell key={e.id} className="numeric">
                          {money(r.extras.find((x) => x.id === e.id)?.amountOre ?? null)}
                        </Table.Cell>
                      ))}
                      <Table.Cell className="numeric">
                        <strong>{money(r.totalOre)}</strong>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                  {list.scope === 'all' ? (
                    <Table.Row>
                      <Table.HeaderCell scope="row">{t('fees.column.sum')}</Table.HeaderCell>
                      <Table.Cell className="numeric">
                        {format.number(list.rows.reduce((s, r) => s + (r.population ?? 0), 0))}
                      </Table.Cell>
                      <Table.Cell />
                      <Table.Cell />
                      <Table.Cell />
                      <Table.Cell className="numeric">
                        {money(list.rows.reduce((s, r) => s + (r.feeOre ?? 0), 0))}
                      </Table.Cell>
                      {extras.map((e) => (
                        <Table.Cell key={e.id} className="numeric">
                          {money(
                            list.rows.reduce(
                              (s, r) => s + (r.extras.find((x) => x.id === e.id)?.amountOre ?? 0),
                              0,
                            ),
                          )}
                        </Table.Cell>
                      ))}
                      <Table.Cell className="numeric">
                        <strong>{money(list.totalOre)}</strong>
                      </Table.Cell>
                    </Table.Row>
                  ) : null}
                </Table.Body>
              </Table>
            </div>
          )}
          {list.rows.some((r) => r.populationDerived) ? (
            <Paragraph data-size="sm">{t('knowledge.derivedNote')}</Paragraph>
          ) : null}
          {manage ? <TableDownloads href={`/api/v1/fees/${year}/list`} /> : null}
        </section>
      ) : null}

      {manage ? (
        <section aria-labelledby="decision-form">
          <Heading level={2} data-size="md" id="decision-form">
            {t(d ? 'fees.editTitle' : 'fees.recordTitle', { year })}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <input type="hidden" name="version" value={d?.version ?? 0} />
            <FormErrors failure={failure} labels={labels} />
            <TextField
              name="rate"
              label={t('fees.rate')}
              description={t('fees.rateHint')}
              defaultValue={d ? rateText(d.rate, locale) : ''}
              required
              failure={failure}
            />
            <TextField
              name="referenceDate"
              type="date"
              label={t('fees.referenceDate')}
              description={t('fees.referenceDateHint', { year: year - 1 })}
              defaultValue={d?.referenceDate ?? `${year - 1}-01-01`}
              failure={failure}
            />
            <TextField
              name="floor"
              label={t('fees.floor')}
              description={t('fees.kronerHint')}
              defaultValue={d?.floorOre == null ? '' : String(d.floorOre / 100)}
              failure={failure}
            />
            <TextField
              name="cap"
              label={t('fees.cap')}
              description={t('fees.kronerHint')}
              defaultValue={d?.capOre == null ? '' : String(d.capOre / 100)}
              failure={failure}
            />
            <SelectField
              name="rounding"
              label={t('fees.rounding')}
              defaultValue={d?.rounding ?? 'krone'}
              options={ROUNDINGS.map((r) => ({ value: r, label: t(`fees.rounding.${r}`) }))}
              failure={failure}
            />
            <SelectField
              name="caseId"
              label={t('fees.case')}
              description={t('fees.caseHint')}
              defaultValue={d?.caseId ?? ''}
              options={[{ value: '', label: t('fees.proposal') }, ...cases]}
              failure={failure}
            />
            <TextField
              name="decidedOn"
              type="date"
              label={t('fees.decidedOn')}
              description={t('fees.decidedOnHint')}
              defaultValue={d?.decidedOn ?? ''}
              failure={failure}
            />
            <TextareaField
              name="notes"
              label={t('fees.notes')}
              defaultValue={d?.notes ?? ''}
              failure={failure}
            />
            <fieldset className="stack">
              <legend className="ds-heading" data-size="xs">
                {t('fees.extras')}
              </legend>
              <Paragraph data-size="sm">{t('fees.extrasHint')}</Paragraph>
              {EXTRA_INDEXES.map((i) => {
                const e = extras[i];
                return (
                  <div key={i} className="extra-row">
                    <TextField
                      name={`extras.${i}.label`}
                      label={labels[`extras.${i}.label`]!}
                      defaultValue={e?.label ?? ''}
                      failure={failure}
                    />
                    <TextField
                      name={`extras.${i}.scheme`}
                      label={labels[`extras.${i}.scheme`]!}
                      defaultValue={e?.scheme ?? ''}
                      failure={failure}
                    />
                    <SelectField
                      name={`extras.${i}.basis`}
                      label={t('fees.extraRow', { n: i + 1, field: t('fees.extraBasis') })}
                      defaultValue={e?.basis ?? 'flat'}
                      options={[
                        { value: 'flat', label: t('fees.basis.flat') },
                        { value: 'per_inhabitant', label: t('fees.basis.per_inhabitant') },
                      ]}
                      failure={failure}
                    />
                    <TextField
                      name={`extras.${i}.amount`}
                      label={labels[`extras.${i}.amount`]!}
                      defaultValue={e?.amountOre == null ? '' : String(e.amountOre / 100)}
                      failure={failure}
                    />
                    <TextField
                      name={`extras.${i}.rate`}
                      label={labels[`extras.${i}.rate`]!}
                      defaultValue={e?.rate ? rateText(e.rate ?? '0', locale) : ''}
                      failure={failure}
                    />
                  </div>
                );
              })}
            </fieldset>
            <div>
              <Button type="submit">{t('fees.save')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
