import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addPartnerContact } from '../../../src/domain/partners/add-partner-contact';
import { mergePartners } from '../../../src/domain/partners/merge-partners';
import { can } from '../../../src/domain/partners/permissions';
import { getPartner, listPartners } from '../../../src/domain/partners/queries';
import { removePartnerContact } from '../../../src/domain/partners/remove-partner-contact';
import { CsrfField, FormErrors, SelectField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { peopleChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/partner';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const view = await getPartner(ctx, params.id);
    const editor = can(ctx.actor, 'partners.manage');
    const [people, others] =
      editor && !view.mergedInto
        ? await Promise.all([peopleChoices(ctx), listPartners(ctx, { limit: 500 })])
        : [[], { items: [] }];
    return {
      ...view,
      people,
      others: others.items.filter((p) => p.id !== params.id).map((p) => ({ value: p.id, label: p.name })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    if (fields.intent === 'contact')
      await addPartnerContact({
        ctx,
        input: {
          partnerId: params.id,
          personId: fields.personId ?? '',
          role: fields.role,
          validFrom: fields.validFrom ?? '',
        },
      });
    else if (fields.intent === 'removeContact')
      await removePartnerContact({ ctx, input: { id: fields.contactId ?? '' } });
    else if (fields.intent === 'merge')
      await mergePartners({
        ctx,
        input: {
          keepId: params.id,
          version: fields.version as never,
          duplicateIds: fields.duplicateId ? [fields.duplicateId] : [],
        },
      });
    context.flash.set('common.saved');
    throw redirect(`/app/partnere/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.partner.name ?? 'Partner'} – Samråd` }];
}

export default function Partner({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  const { partner, mergedInto, contacts, activities, projects, people, others } = loaderData;
  return (
    <>
      <PageHeader title={partner.name} lead={t(`partners.kind.${partner.kind}`)}>
        <Link to="/app/partnere" className="ds-link">
          {t('partners.title')}
        </Link>
      </PageHeader>
      {mergedInto ? (
        <Alert data-color="info">
          {t('partners.mergedInto')}{' '}
          <Link className="ds-link" to={`/app/partnere/${mergedInto.id}`}>
            {mergedInto.name}
          </Link>
        </Alert>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('partners.orgNumber')}</dt>
            <dd>{partner.orgNumber ?? '–'}</dd>
            <dt>{t('partners.website')}</dt>
            <dd>
              {partner.website ? (
                <a className="ds-link" href={partner.website}>
                  {partner.website}
                </a>
              ) : (
                '–'
              )}
            </dd>
            <dt>{t('partners.aliases')}</dt>
            <dd>{partner.aliases.join(', ') || '–'}</dd>
          </dl>
          <Heading level={2} data-size="md">
            {t('partners.activities')}
          </Heading>
          {activities.length ? (
            <ul className="plain-list">
              {activities.map((a) => (
                <li key={a.id}>
                  <Link className="ds-link" to={`/app/aktiviteter/${a.id}`}>
                    {a.year}: {a.text}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('partners.noActivities')}</Paragraph>
          )}
          <Heading level={2} data-size="md">
            {t('projects.partnerProjects')}
          </Heading>
          {projects.length ? (
            <ul className="plain-list">
              {projects.map((p) => (
                <li key={p.id}>
                  <Link className="ds-link" to={`/app/prosjekter/${p.id}`}>
                    {p.name}
                  </Link>{' '}
                  ({t(`projects.role.${p.role}`)})
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('projects.partnerNoProjects')}</Paragraph>
          )}
          <Heading level={2} data-size="md">
            {t('partners.contacts')}
          </Heading>
          {contacts.length ? (
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('partners.contacts')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('partners.person')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('partners.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
                  {canEdit ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {contacts.map((c) => (
                  <Table.Row key={c.id}>
                    <Table.Cell>
                      <Link className="ds-link" to={`/app/personer/${c.personId}`}>
                        {c.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{c.role || c.title || '–'}</Table.Cell>
                    <Table.Cell>
                      <Period from={c.validFrom} to={c.validTo} />
                    </Table.Cell>
                    {canEdit ? (
                      <Table.Cell>
                        <Form method="post">
                          <CsrfField />
                          <input type="hidden" name="intent" value="removeContact" />
                          <input type="hidden" name="contactId" value={c.id} />
                          <Button
                            type="submit"
                            variant="tertiary"
                            data-size="sm"
                            aria-label={`${t('common.delete')}: ${c.name}`}
                          >
                            {t('common.delete')}
                          </Button>
                        </Form>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Paragraph>{t('partners.noContacts')}</Paragraph>
          )}
          {canEdit ? (
            <>
              <Form method="post" className="stack narrow panel" noValidate>
                <CsrfField />
                <input type="hidden" name="intent" value="contact" />
                <FormErrors
                  failure={failure?.values.intent === 'contact' ? failure : undefined}
                  labels={{ personId: t('partners.person'), validFrom: t('common.fromDate') }}
                />
                <SelectField
                  name="personId"
                  label={t('partners.person')}
                  options={[{ value: '', label: t('partners.choosePerson') }, ...people]}
                  failure={failure}
                />
                <TextField name="role" label={t('partners.role')} failure={failure} />
                <TextField
                  name="validFrom"
                  type="date"
                  label={t('common.fromDate')}
                  required
                  failure={failure}
                />
                <div>
                  <Button type="submit" variant="secondary">
                    {t('partners.addContact')}
                  </Button>
                </div>
              </Form>
              <Heading level={2} data-size="md" id="merge">
                {t('partners.mergeTitle')}
              </Heading>
              <Paragraph>{t('partners.mergeLead', { name: partner.name })}</Paragraph>
              <Form method="post" className="stack narrow" noValidate>
                <CsrfField />
                <input type="hidden" name="intent" value="merge" />
                <input type="hidden" name="version" value={partner.version} />
                <FormErrors
                  failure={failure?.values.intent === 'merge' ? failure : undefined}
                  labels={{ duplicateIds: t('partners.duplicateField') }}
                />
                <SelectField
                  name="duplicateId"
                  label={t('partners.duplicateField')}
                  options={[{ value: '', label: t('partners.chooseDuplicate') }, ...others]}
                  failure={failure}
                />
                <div>
                  <Button type="submit" variant="secondary">
                    {t('partners.merge')}
                  </Button>
                </div>
              </Form>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
