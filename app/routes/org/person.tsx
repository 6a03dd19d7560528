import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { personAppointments } from '../../../src/domain/bodies/queries';
import { listMembers } from '../../../src/domain/members/queries';
import { can } from '../../../src/domain/people/permissions';
import { getPerson } from '../../../src/domain/people/queries';
import { updatePerson } from '../../../src/domain/people/update-person';
import { CsrfField, FormErrors } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { PersonFields, personLabels } from '../../components/person-fields';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/person';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const [person, appointments] = await Promise.all([
      getPerson(ctx, params.id),
      personAppointments(ctx, params.id),
    ]);
    const canEdit = can(ctx.actor, 'people.manage');
    const members = canEdit
      ? (await listMembers(ctx, { limit: 500 })).items.map((m) => ({ value: m.id, label: m.name }))
      : [];
    return { person, appointments, canEdit, members };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    await updatePerson({ ctx, input: { ...fields, id: params.id } as never });
    context.flash.set('common.saved');
    throw redirect(`/app/personer/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.person.name ?? 'Person'} – Samråd` }];
}

export default function Person({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { person: p, appointments, canEdit, members } = loaderData;
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <PageHeader title={p.name} lead={[p.title, p.organisation].filter(Boolean).join(', ')} />
      <dl className="facts">
        <dt>{t('people.email')}</dt>
        <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—'}</dd>
        <dt>{t('people.phone')}</dt>
        <dd>{p.phone ?? '—'}</dd>
        <dt>{t('people.gender')}</dt>
        <dd>{t(`people.gender.${p.gender ?? 'unknown'}`)}</dd>
      </dl>
      <section aria-labelledby="appointments">
        <Heading level={2} data-size="md" id="appointments">
          {t('people.appointments')}
        </Heading>
        {appointments.length ? (
          <Table zebra>
            <caption className="visually-hidden">{t('people.appointments')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bodies.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bodies.onBehalf')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {appointments.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    <Link to={`/app/organer/${a.bodyId}?dato=${a.validFrom}`} className="ds-link">
                      {a.bodyName}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{t(`bodies.role.${a.role}`)}</Table.Cell>
                  <Table.Cell>{a.onBehalf?.name ?? '—'}</Table.Cell>
                  <Table.Cell>
                    <Period from={a.validFrom} to={a.validTo} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('people.noAppointments')}</Paragraph>
        )}
      </section>
      {canEdit ? (
        <section aria-labelledby="edit-person" className="narrow">
          <Heading level={2} data-size="md" id="edit-person">
            {t('common.edit')}
          </Heading>
          <Form method="post" className="stack" noValidate>
            <CsrfField />
            <input type="hidden" name="version" value={p.version} />
            <FormErrors failure={failure} labels={personLabels(t)} />
            <PersonFields failure={failure} person={p} members={members} />
            <div>
              <Button type="submit">{t('common.save')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
