import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makeMunicipality, makePerson } from '../../../tests/support/organisation';
import { Conflict, Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { events } from '../events/schema';
import { addPartner } from '../partners/add-partner';
import { addPartnerContact } from '../partners/add-partner-contact';
import { addPerson } from '../people/add-person';
import { addNetwork } from './add-network';
import { addNetworkMember } from './add-network-member';
import { endNetworkMembership } from './end-network-membership';
import { getNetwork, listNetworks, mailingList } from './queries';
import { updateNetwork } from './update-network';

const database = setupTestDatabase();
const db = () => database().db;
/** An editor on 1 March 2021, so "today" and "current" are the same in every run. */
const editor = async () => ({
  ...(await makeUser(db(), { role: 'editor' })).ctx,
  now: new Date('2021-03-01T12:00:00Z'),
});

describe('the network register', () => {
  it('adds and changes a network, audits it, refuses a stale version, a member writing and anonymous reading', async () => {
    const ctx = await editor();
    const circular = await addNetwork({
      ctx,
      input: {
        name: 'Nettverk for sirkulærøkonomi',
        purpose: 'En læringsarena for medlemmene om sirkulærøkonomi.',
      },
    });
    expect(circular).toMatchObject({ focusAreaId: null, version: 1 });
    expect(await auditRowsFor(db(), 'networks.addNetwork', circular.id)).toHaveLength(1);
    const renamed = await updateNetwork({
      ctx,
      input: { id: circular.id, version: 1, name: 'Nettverk for sirkulærøkonomi i Osloregionen' },
    });
    expect(renamed.version).toBe(2);
    await expect(
      updateNetwork({ ctx, input: { id: circular.id, version: 1, name: 'Gammel versjon' } }),
    ).rejects.toBeInstanceOf(Conflict);
    const empty = await addNetwork({ ctx, input: { name: ' ' } }).catch((e) => e);
    expect(empty).toBeInstanceOf(Validation);
    expect(Object.keys(empty.fieldErrors)).toEqual(['name']);
    await expect(
      addNetwork({ ctx: (await makeUser(db(), { role: 'member' })).ctx, input: { name: 'X' } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(listNetworks(anonymousCtx(db()))).rejects.toBeInstanceOf(Unauthenticated);
    const reader = (await makeUser(db(), { role: 'member' })).ctx;
    const found = await listNetworks(reader, { q: 'sirkulær' });
    expect(found.items.map((n) => [n.name, n.members])).toEqual([
      ['Nettverk for sirkulærøkonomi i Osloregionen', 0],
    ]);
  });

  it('keeps members over time: one who left in 2020 is former and not on the mailing list; a second overlapping period is refused', async () => {
    const ctx = await editor();
    const network = await addNetwork({
      ctx,
      input: { name: 'Nettverk for oppfølging av ordførererklæringen om klima og miljø' },
    });
    const kari = await makePerson(db(), 'Kari Klima');
    const ola = await makePerson(db(), 'Ola Utslipp', 'male');
    const join = (who: Record<string, string>, validFrom: string, validTo?: string) =>
      addNetworkMember({ ctx, input: { networkId: network.id, ...who, validFrom, validTo } });
    await join({ personId: kari.id, role: 'leder' }, '2019-06-01');
    const olaRow = await join({ personId: ola.id }, '2019-06-01');
    // Ola left on 30 June 2020.
    const early = await endNetworkMembership({ ctx, input: { id: olaRow.id, validTo: '2019-05-31' } }).catch(
      (e) => e,
    );
    expect(early).toBeInstanceOf(Validation);
    expect(early.fieldErrors.validTo).toEqual([
      'Siste dag kan ikke være før medlemskapet begynte (1. juni 2019).',
    ]);
    await endNetworkMembership({ ctx, input: { id: olaRow.id, validTo: '2020-06-30' } });
    expect(await auditRowsFor(db(), 'networks.endNetworkMembership', network.id)).toHaveLength(1);
    const twice = await join({ personId: kari.id }, '2020-05-01').catch((e) => e);
    expect(twice).toBeInstanceOf(Conflict);
    expect(twice.messageKey).toBe('networks.memberOverlap');
    await expect(join({ personId: ola.id }, '2020-06-01')).rejects.toBeInstanceOf(Conflict);
    const none = await addNetworkMember({
      ctx,
      input: { networkId: network.id, validFrom: '2020-01-01' },
    }).catch((e) => e);
    expect(none.fieldErrors.personId).toEqual(['Velg én person, ett medlem eller én partner.']);

    // Zero with a contact, Circular Norway without one; a municipality whose mayor is in the
    // network, and one with nobody in it.
    const zero = await addPartner({ ctx, input: { name: 'Zero', kind: 'ngo' } });
    const circular = await addPartner({ ctx, input: { name: 'Circular Norway', kind: 'ngo' } });
    const siri = await makePerson(db(), 'Siri Sirkulær');
    await addPartnerContact({
      ctx,
      input: { partnerId: zero.id, personId: siri.id, validFrom: '2019-01-01' },
    });
    const asker = await makeMunicipality(db(), { name: 'Asker' });
    const lillestrom = await makeMunicipality(db(), { name: 'Lillestrøm' });
    const mayor = await addPerson({
      ctx,
      input: {
        name: 'Ordfører i Asker',
        email: 'ordforer@asker.example.no',
        memberId: asker.id,
        organisation: 'Asker kommune',
      },
    });
    await join({ partnerId: zero.id }, '2020-01-01');
    await join({ partnerId: circular.id }, '2020-01-01');
    await join({ memberId: asker.id }, '2020-01-01');
    await join({ memberId: lillestrom.id }, '2020-01-01');
    await join({ personId: mayor.id }, '2020-01-01');
    // Siri is in the network herself too: one line for her address.
    await join({ personId: siri.id }, '2020-01-01');

    const view = await getNetwork(ctx, network.id);
    expect(view.former.map((m) => [m.name, m.validTo])).toEqual([['Ola Utslipp', '2020-06-30']]);
    expect(view.current.map((m) => [m.kind, m.name])).toEqual([
      ['member', 'Asker'],
      ['partner', 'Circular Norway'],
      ['person', 'Kari Klima'],
      ['member', 'Lillestrøm'],
      ['person', 'Ordfører i Asker'],
      ['person', 'Siri Sirkulær'],
      ['partner', 'Zero'],
    ]);
    expect((await listNetworks(ctx, { q: 'ordførererklæringen' })).items[0]!.members).toBe(7);

    const list = await mailingList(ctx, network.id);
    expect(list.date).toBe('2021-03-01');
    expect(list.rows.map((r) => [r.organisation, r.name, r.email !== ''])).toEqual([
      ['', 'Kari Klima', true],
      ['Asker kommune', 'Ordfører i Asker', true],
      ['Circular Norway', 'Circular Norway', false],
      ['Lillestrøm', 'Lillestrøm', false],
      ['Zero', 'Siri Sirkulær', true],
    ]);
    expect(list.rows.map((r) => r.name)).not.toContain('Ola Utslipp');
    // On a day in 2019 Ola was still in, and the others not yet.
    expect((await mailingList(ctx, network.id, '2019-12-01')).rows.map((r) => r.name)).toEqual([
      'Kari Klima',
      'Ola Utslipp',
    ]);
    await expect(mailingList(ctx, network.id, '1. mars')).rejects.toBeInstanceOf(Validation);
  });

  it("lists the network's events in time order", async () => {
    const ctx = await editor();
    const network = await addNetwork({ ctx, input: { name: 'Faggruppen for areal, transport og klima' } });
    // The events area makes events with its own verbs; a row is enough to see the link here.
    const event = (title: string, startsAt: string) => ({
      id: newId(),
      title,
      kind: 'network_meeting' as const,
      startsAt: new Date(startsAt),
      endsAt: new Date(startsAt),
      location: 'Drammen rådhus',
      networkId: network.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await db()
      .insert(events)
      .values([
        event('Møte i faggruppen, høst', '2020-10-22T07:30:00Z'),
        event('Møte i faggruppen, vår', '2020-03-10T08:30:00Z'),
      ]);
    const view = await getNetwork(ctx, network.id);
    expect(view.events.map((e) => e.title)).toEqual(['Møte i faggruppen, vår', 'Møte i faggruppen, høst']);
    expect(view.events[0]).toMatchObject({ location: 'Drammen rådhus' });
    expect(Object.keys(view.events[0]!).sort()).toEqual(['id', 'location', 'startsAt', 'title']);
  });
});
