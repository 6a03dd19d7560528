import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addDelegation } from '../../../src/domain/bodies/add-delegation';
import { can } from '../../../src/domain/bodies/permissions';
import { checkBody, listBodies, listDelegations } from '../../../src/domain/bodies/queries';
import { removeDelegation } from '../../../src/domain/bodies/remove-delegation';
import { isMessageKey } from '../../../src/kernel/i18n';
import { AsOfForm } from '../../components/as-of-form';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/body';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const check = await checkBody(ctx, params.id, dateParam(new URL(request.url)));
    const [delegations, bodies] = await Promise.all([
      listDelegations(ctx, { asOf: check.date, bodyId: params.id }),
      listBodies(ctx, { includeInactive: true }),
    ]);
    const nameOf = (id: string | null) => (id ? (bodies.items.find((b) => b.id === id)?.name ?? null) : null);
    return {
      check,
      delegations,
      appointedBy: nameOf(check.body.appointedById),
      predecessor: nameOf(check.body.predecessorId),
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      canEdit: can(ctx.actor, 'bodies.manage'),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    if (fields.intent === 'remove-delegation') {
      await removeDelegation({ ctx, input: { id: fields.delegationId ?? '' } });
      context.flash.set('bodies.delegationRemoved');
    } else {
      await addDelegation({
        ctx,
        input: {
          fromBodyId: params.id,
          toBodyId: fields.toBodyId ?? '',
          scope: fields.scope ?? '',
          decisionReference: fields.decisionReference ?? '',
          validFrom: fields.validFrom ?? '',
          validTo: fields.validTo ?? null,
        },
      });
      context.flash.set('bodies.delegationAdded');
    }
    throw redirect(`/app/organer/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.check.body.name ?? 'Organ'} – Samråd` }];
}

export default function Body({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { check, delegations, canEdit } = loaderData;
  const body = check.body;
  const date = check.date;
  const failure = actionData as FormFailure | undefined;
  const rule = body.composition;
  const ruleText =
    t(`bodies.composition.${rule.type}`) +
    (rule.type === 'fixed' ? `: ${rule.seats}` : '') +
    (rule.type !== 'open' && rule.deputies ? ` · ${t('bodies.deputies')}` : '');
  return (
    <>
      <PageHeader title={body.name} lead={t(`bodies.kind.${body.kind}`)}>
        {canEdit ? (
          <>
            <Button asChild>
              <Link to={`/app/organer/${body.id}/oppnevn?dato=${date}`}>{t('bodies.appoint')}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link to={`/app/organer/${body.id}/rediger`}>{t('common.edit')}</Link>
            </Button>
          </>
        ) : null}
      </PageHeader>
      <dl className="facts">
        <dt>{t('bodies.active')}</dt>
        <dd>
          <Period from={body.validFrom} to={body.validTo} />
        </dd>
        <dt>{t('bodies.composition')}</dt>
        <dd>{ruleText}</dd>
        {loaderData.appointedBy ? (
          <>
            <dt>{t('bodies.appointedBy')}</dt>
            <dd>
              <Link to={`/app/organer/${body.appointedById}?dato=${date}`} className="ds-link">
                {loaderData.appointedBy}
              </Link>
            </dd>
          </>
        ) : null}
        {loaderData.predecessor ? (
          <>
            <dt>{t('bodies.predecessor')}</dt>
            <dd>
              <Link to={`/app/organer/${body.predecessorId}`} className="ds-link">
                {loaderData.predecessor}
              </Link>
            </dd>
          </>
        ) : null}
        {body.meetingsPerYearMin !== null || body.meetingsPerYearMax !== null ? (
          <>
            <dt>{t('bodies.meetings')}</dt>
            <dd>
              {body.meetingsPerYearMin === body.meetingsPerYearMax
                ? body.meetingsPerYearMin
                : `${body.meetingsPerYearMin ?? 0}–${body.meetingsPerYearMax ?? ''}`}
            </dd>
          </>
        ) : null}
      </dl>
      {body.mandate ? (
        <>
          <Heading level={2} data-size="sm">
            {t('bodies.mandate')}
          </Heading>
          <Paragraph className="lead">{body.mandate}</Paragraph>
        </>
      ) : null}

      <AsOfForm date={date} />

      <section aria-labelledby="check">
        <Heading level={2} data-size="md" id="check">
          {t('bodies.check')}
        </Heading>
        <Paragraph>
          {check.required === null
            ? t('bodies.checkOpen', { filled: check.filled, voting: check.votingMembers })
            : t('bodies.checkSummary', {
                filled: check.filled,
                required: check.required,
                voting: check.votingMembers,
              })}{' '}
          {t('bodies.genderSummary', check.gender)}
        </Paragraph>
        {check.warnings.length ? (
          <Alert data-color="warning">
            <ul className="warnings">
              {check.warnings.map((w) => {
                const key = `check.${w.code}`;
                const text = isMessageKey(key) ? t(key, w.params) : w.code;
                return <li key={text}>{text}</li>;
              })}
            </ul>
          </Alert>
        ) : (
          <Alert data-color="success">{t('bodies.checkOk')}</Alert>
        )}
        {check.seats ? (
          <Table zebra data-size="sm">
            <caption>{t('bodies.seatsTable')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bodies.seat')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.holder')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.deputy')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {check.seats.map((seat) => (
                <Table.Row key={seat.label}>
                  <Table.Cell>{seat.label}</Table.Cell>
                  <Table.Cell>
                    {seat.holders
                      .map(
                        (h) =>
                          `${h.personName}${h.role !== 'member' ? ` (${t(`bodies.role.${h.role}`)})` : ''}`,
                      )
                      .join(', ') || '—'}
                  </Table.Cell>
                  <Table.Cell>{seat.deputies.map((d) => d.personName).join(', ') || '—'}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={seat.status === 'filled' ? 'success' : 'warning'}>
                      {t(`bodies.status.${seat.status}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : null}
      </section>

      <section aria-labelledby="appointments">
        <Heading level={2} data-size="md" id="appointments">
          {t('bodies.appointments', { date: format.date(date) })}
        </Heading>
        {check.appointments.length ? (
          <Table zebra>
            <caption className="visually-hidden">
              {t('bodies.appointments', { date: format.date(date) })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bodies.person')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.onBehalf')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.votingRight')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {check.appointments.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    <Link
                      to={canEdit ? `/app/verv/${a.id}` : `/app/personer/${a.personId}`}
                      className="ds-link"
                    >
                      {a.personName}
                    </Link>
                    {a.personTitle ? `, ${a.personTitle}` : ''}
                  </Table.Cell>
                  <Table.Cell>{t(`bodies.role.${a.role}`)}</Table.Cell>
                  <Table.Cell>{a.onBehalf?.name ?? '—'}</Table.Cell>
                  <Table.Cell>{a.votingRight ? t('common.yes') : t('common.no')}</Table.Cell>
                  <Table.Cell>
                    <Period from={a.validFrom} to={a.validTo} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('bodies.noAppointments')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="delegations">
        <Heading level={2} data-size="md" id="delegations">
          {t('bodies.delegations')}
        </Heading>
        {delegations.length ? (
          <ul className="stack">
            {delegations.map((d) => (
              <li key={d.id}>
                <strong>
                  {d.fromBodyName} → {d.toBodyName}
                </strong>{' '}
                (<Period from={d.validFrom} to={d.validTo} />
                {d.decisionReference ? `, ${d.decisionReference}` : ''}): {d.scope}
                {canEdit ? (
                  <Form method="post" className="inline-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="remove-delegation" />
                    <input type="hidden" name="delegationId" value={d.id} />{' '}
                    <Button type="submit" variant="tertiary" data-size="sm">
                      {t('common.delete')}
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('bodies.noDelegations')}</Paragraph>
        )}
        {canEdit ? (
          <Form method="post" className="stack narrow" noValidate>
            <Heading level={3} data-size="sm">
              {t('bodies.delegationAdd')}
            </Heading>
            <CsrfField />
            <input type="hidden" name="intent" value="add-delegation" />
            <FormErrors
              failure={failure}
              labels={{
                toBodyId: t('bodies.delegationTo'),
                scope: t('bodies.delegationScope'),
                validFrom: t('common.fromDate'),
                validTo: t('common.toDate'),
              }}
            />
            <SelectField
              name="toBodyId"
              label={t('bodies.delegationTo')}
              options={loaderData.bodies.filter((b) => b.value !== body.id)}
              failure={failure}
            />
            <TextareaField name="scope" label={t('bodies.delegationScope')} rows={3} failure={failure} />
            <TextField name="decisionReference" label={t('bodies.delegationDecision')} failure={failure} />
            <TextField name="validFrom" type="date" label={t('common.fromDate')} required failure={failure} />
            <TextField name="validTo" type="date" label={t('common.toDate')} failure={failure} />
            <div>
              <Button type="submit" variant="secondary">
                {t('common.add')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>
    </>
  );
}
