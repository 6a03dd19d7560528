import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { listMembers } from '../../../src/domain/members/queries';
import { addNetworkMember } from '../../../src/domain/networks/add-network-member';
import { endNetworkMembership } from '../../../src/domain/networks/end-network-membership';
import type { NetworkMemberKind } from '../../../src/domain/networks/fields';
import { can } from '../../../src/domain/networks/permissions';
import { getNetwork, mailingList, type NetworkMemberView } from '../../../src/domain/networks/queries';
import { updateNetwork } from '../../../src/domain/networks/update-network';
import { listPartners } from '../../../src/domain/partners/queries';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { GroupedSelectField } from '../../components/grouped-select';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { TableDownloads } from '../../components/table-downloads';
import { focusAreaChoices, peopleChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/network';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const view = await getNetwork(ctx, params.id);
    const list = await mailingList(ctx, params.id);
    const editor = can(ctx.actor, 'networks.manage');
    const [people, members, partners, focusAreas] = editor
      ? await Promise.all([
          peopleChoices(ctx),
          listMembers(ctx, { limit: 500 }),
          listPartners(ctx, { limit: 500 }),
          focusAreaChoices(ctx),
        ])
      : [[], { items: [] }, { items: [] }, []];
    return {
      ...view,
      mailingList: list.rows,
      focusAreas,
      who: {
        person: people.map((p) => ({ value: `person:${p.value}`, label: p.label })),
        member: members.items.map((m) => ({ value: `member:${m.id}`, label: m.name })),
        partner: partners.items.map((p) => ({ value: `partner:${p.id}`, label: p.name })),
      },
    };
  });
}

/** "person:<id>" (the grouped select's value) → the verb's personId, memberId or partnerId. */
function whoInput(value: string | undefined) {
  const [kind, id] = (value ?? '').split(':');
  if (kind === 'person') return { personId: id };
  if (kind === 'member') return { memberId: id };
  if (kind === 'partner') return { partnerId: id };
  return {};
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      if (fields.intent === 'update')
        await updateNetwork({
          ctx,
          input: {
            id: params.id,
            version: fields.version as never,
            name: fields.name ?? '',
            purpose: fields.purpose,
            focusAreaId: fields.focusAreaId,
          },
        });
      else if (fields.intent === 'addMember')
        await addNetworkMember({
          ctx,
          input: {
            networkId: params.id,
            ...whoInput(fields.who),
            role: fields.role,
            validFrom: fields.validFrom ?? '',
            validTo: fields.validTo,
          },
        });
      else if (fields.intent === 'end')
        await endNetworkMembership({
          ctx,
          input: { id: fields.membershipId ?? '', validTo: fields.validTo ?? '' },
        });
      context.flash.set('common.saved');
      throw redirect(`/app/nettverk/${params.id}`);
    },
    { personId: 'who', memberId: 'who', partnerId: 'who' },
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.network.name ?? 'Nettverk'} – Samråd` }];
}

const LINK: Record<NetworkMemberKind, string> = {
  person: '/app/personer',
  member: '/app/medlemmer',
  partner: '/app/partnere',
};

function MemberName({ m }: { m: NetworkMemberView }) {
  return (
    <>
      <Link className="ds-link" to={`${LINK[m.kind]}/${m.refId}`}>
        {m.name}
      </Link>
      {m.detail ? <span className="muted">, {m.detail}</span> : null}
    </>
  );
}

export default function Network({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  const { network, focusArea, current, former, events, who, focusAreas, today } = loaderData;
  const intent = failure?.values.intent;
  const kindName = (kind: NetworkMemberKind) => t(`networks.kind.${kind}`);
  const lacking = loaderData.mailingList.filter((r) => !r.email);
  return (
    <>
      <PageHeader title={network.name} lead={network.purpose || t('networks.noPurpose')}>
        <Link to="/app/nettverk" className="ds-link">
          {t('networks.title')}
        </Link>
      </PageHeader>
      <dl className="facts">
        <dt>{t('networks.focusArea')}</dt>
        <dd>{focusArea ? `${focusArea.name} (${focusArea.year})` : '–'}</dd>
        <dt>{t('networks.membersNow')}</dt>
        <dd>{format.number(current.filter((m) => m.validFrom <= today).length)}</dd>
      </dl>

      <section aria-labelledby="members" className="stack">
        <Heading level={2} data-size="md" id="members">
          {t('networks.current')}
        </Heading>
        <FormErrors
          failure={intent === 'end' ? failure : undefined}
          labels={{ validTo: t('networks.lastDay') }}
          fieldIds={{ validTo: `end-${failure?.values.membershipId ?? ''}` }}
        />
        {current.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('networks.current')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('networks.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networks.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networks.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
                {canEdit ? <Table.HeaderCell>{t('networks.endMembership')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {current.map((m) => {
                const mine = intent === 'end' && failure?.values.membershipId === m.id ? failure : undefined;
                return (
                  <Table.Row key={m.id}>
                    <Table.Cell>
                      <MemberName m={m} />
                    </Table.Cell>
                    <Table.Cell>{kindName(m.kind)}</Table.Cell>
                    <Table.Cell>{m.role || '–'}</Table.Cell>
                    <Table.Cell>
                      <Period from={m.validFrom} to={m.validTo} />
                    </Table.Cell>
                    {canEdit ? (
                      <Table.Cell>
                        <Form method="post" className="inline-form" noValidate>
                          <CsrfField />
                          <input type="hidden" name="intent" value="end" />
                          <input type="hidden" name="membershipId" value={m.id} />
                          <TextField
                            id={`end-${m.id}`}
                            name="validTo"
                            type="date"
                            label={`${t('networks.lastDay')}: ${m.name}`}
                            hideLabel
                            defaultValue={m.validTo ?? today}
                            failure={mine}
                          />
                          <Button type="submit" variant="tertiary" data-size="sm">
                            {t('networks.endMembership')}
                            <span className="visually-hidden"> {m.name}</span>
                          </Button>
                        </Form>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('networks.noCurrent')}</Paragraph>
        )}
        {canEdit ? (
          <Form method="post" className="stack narrow panel" noValidate>
            <Heading level={3} data-size="xs">
              {t('networks.addMember')}
            </Heading>
            <CsrfField />
            <input type="hidden" name="intent" value="addMember" />
            <FormErrors
              failure={intent === 'addMember' ? failure : undefined}
              labels={{
                who: t('networks.who'),
                role: t('networks.role'),
                validFrom: t('common.fromDate'),
                validTo: t('common.toDate'),
              }}
              fieldIds={{ validFrom: 'member-from', validTo: 'member-to', role: 'member-role' }}
            />
            <GroupedSelectField
              name="who"
              label={t('networks.who')}
              placeholder={t('networks.chooseWho')}
              groups={[
                { label: t('networks.group.person'), options: who.person },
                { label: t('networks.group.member'), options: who.member },
                { label: t('networks.group.partner'), options: who.partner },
              ]}
              failure={intent === 'addMember' ? failure : undefined}
            />
            <TextField
              id="member-role"
              name="role"
              label={t('networks.role')}
              description={t('networks.roleHint')}
              failure={intent === 'addMember' ? failure : undefined}
            />
            <TextField
              id="member-from"
              name="validFrom"
              type="date"
              label={t('common.fromDate')}
              required
              failure={intent === 'addMember' ? failure : undefined}
            />
            <TextField
              id="member-to"
              name="validTo"
              type="date"
              label={t('common.toDate')}
              failure={intent === 'addMember' ? failure : undefined}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('networks.addMember')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="former" className="stack">
        <Heading level={2} data-size="md" id="former">
          {t('networks.former')}
        </Heading>
        {former.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('networks.former')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('networks.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networks.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networks.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {former.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    <MemberName m={m} />
                  </Table.Cell>
                  <Table.Cell>{kindName(m.kind)}</Table.Cell>
                  <Table.Cell>{m.role || '–'}</Table.Cell>
                  <Table.Cell>
                    <Period from={m.validFrom} to={m.validTo} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('networks.noFormer')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="events" className="stack">
        <Heading level={2} data-size="md" id="events">
          {t('networks.events')}
        </Heading>
        {events.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('networks.events')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('networks.eventTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networks.eventTime')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networks.eventLocation')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {events.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>
                    <Link className="ds-link" to={`/app/arrangementer/${e.id}`}>
                      {e.title}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{format.dateTime(e.startsAt)}</Table.Cell>
                  <Table.Cell>{e.location || '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('networks.noEvents')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="mailing-list" className="stack">
        <Heading level={2} data-size="md" id="mailing-list">
          {t('networks.mailingList')}
        </Heading>
        <Paragraph>{t('networks.mailingListLead')}</Paragraph>
        {loaderData.mailingList.length ? (
          <>
            <TableDownloads href={`/api/v1/networks/${network.id}/mailing-list`} />
            {lacking.length ? (
              <Paragraph>
                <strong>{t('networks.noEmail')}:</strong> {lacking.map((r) => r.name).join(', ')}
              </Paragraph>
            ) : null}
          </>
        ) : (
          <Paragraph>{t('networks.mailingListEmpty')}</Paragraph>
        )}
      </section>

      {canEdit ? (
        <section aria-labelledby="edit" className="stack">
          <Heading level={2} data-size="md" id="edit">
            {t('networks.edit')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="version" value={network.version} />
            <FormErrors
              failure={intent === 'update' ? failure : undefined}
              labels={{
                name: t('networks.name'),
                purpose: t('networks.purpose'),
                focusAreaId: t('networks.focusArea'),
              }}
            />
            <TextField
              name="name"
              label={t('networks.name')}
              required
              defaultValue={network.name}
              failure={intent === 'update' ? failure : undefined}
            />
            <TextareaField
              name="purpose"
              label={t('networks.purpose')}
              rows={3}
              defaultValue={network.purpose}
              failure={intent === 'update' ? failure : undefined}
            />
            <SelectField
              name="focusAreaId"
              label={t('networks.focusArea')}
              defaultValue={network.focusAreaId ?? ''}
              options={[{ value: '', label: t('networks.noFocusArea') }, ...focusAreas]}
              failure={intent === 'update' ? failure : undefined}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('common.save')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
