import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makePerson } from '../../../tests/support/organisation';
import { Conflict, Forbidden, PreconditionFailed, Unauthenticated, Validation } from '../../kernel/errors';
import { addActivity } from '../programme/add-activity';
import { addFocusArea } from '../programme/add-focus-area';
import { createProgramme } from '../programme/create-programme';
import { addProject } from '../projects/add-project';
import { addProjectPartner } from '../projects/add-project-partner';
import { addPartner } from './add-partner';
import { addPartnerContact } from './add-partner-contact';
import { mergePartners } from './merge-partners';
import { getPartner, listPartners } from './queries';
import { removePartnerContact } from './remove-partner-contact';
import { updatePartner } from './update-partner';

const database = setupTestDatabase();
const db = () => database().db;
const editor = async () => (await makeUser(db(), { role: 'editor' })).ctx;

describe('the partner register', () => {
  it('adds a partner with a valid org number, refuses a duplicate name or number, and audits', async () => {
    const ctx = await editor();
    const nho = await addPartner({
      ctx,
      input: { name: 'NHO Oslo og Akershus', kind: 'business_association', orgNumber: '974 760 673' },
    });
    expect(nho).toMatchObject({ orgNumber: '974760673', aliases: [], mergedIntoId: null });
    expect(await auditRowsFor(db(), 'partners.addPartner', nho.id)).toHaveLength(1);
    await expect(
      addPartner({ ctx, input: { name: 'nho oslo og akershus', kind: 'ngo' } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      addPartner({ ctx, input: { name: 'NHO-kopi', kind: 'ngo', orgNumber: '974760673' } }),
    ).rejects.toBeInstanceOf(Conflict);
    const bad = await addPartner({
      ctx,
      input: { name: 'Feil', kind: 'ngo', orgNumber: '123456789', website: 'ftp://x' },
    }).catch((e) => e);
    expect(bad).toBeInstanceOf(Validation);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['orgNumber', 'website']);
    await expect(
      addPartner({ ctx: (await makeUser(db(), { role: 'member' })).ctx, input: { name: 'X', kind: 'ngo' } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(listPartners(anonymousCtx(db()), {})).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('merges a duplicate: contacts move once, its name becomes an alias that still finds the programme activities', async () => {
    const ctx = await editor();
    const zero = await addPartner({ ctx, input: { name: 'Zero', kind: 'ngo' } });
    const copy = await addPartner({
      ctx,
      input: { name: 'Zero Emission Resource Organisation', kind: 'ngo', orgNumber: '979 191 138' },
    });
    const kari = await makePerson(db(), 'Kari Klima');
    const ola = await makePerson(db(), 'Ola Utslipp', 'male');
    await addPartnerContact({
      ctx,
      input: { partnerId: zero.id, personId: kari.id, role: 'fagleder', validFrom: '2020-01-01' },
    });
    await addPartnerContact({
      ctx,
      input: { partnerId: copy.id, personId: kari.id, validFrom: '2020-01-01' },
    });
    await addPartnerContact({
      ctx,
      input: { partnerId: copy.id, personId: ola.id, validFrom: '2020-01-01' },
    });
    const programme = await createProgramme({ ctx, input: { year: 2071 } });
    const area = await addFocusArea({
      ctx,
      input: { programmeId: programme.id, name: 'Klima og miljø', kind: 'tasks' },
    });
    await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: area.id },
        text: 'Klimakur-innspill',
        partners: ['Zero Emission Resource Organisation'],
      },
    });

    const merged = await mergePartners({
      ctx,
      input: { keepId: zero.id, version: zero.version, duplicateIds: [copy.id] },
    });
    expect(merged).toMatchObject({
      aliases: ['Zero Emission Resource Organisation'],
      orgNumber: '979191138',
    });
    const view = await getPartner(ctx, zero.id);
    expect(view.contacts.map((c) => c.name)).toEqual(['Kari Klima', 'Ola Utslipp']);
    expect(view.activities.map((a) => [a.year, a.text])).toEqual([[2071, 'Klimakur-innspill']]);
    expect((await getPartner(ctx, copy.id)).mergedInto).toEqual({ id: zero.id, name: 'Zero' });
    expect((await listPartners(ctx, { q: 'zero emission' })).items.map((p) => p.name)).toEqual(['Zero']);
    await expect(
      updatePartner({ ctx, input: { id: copy.id, version: copy.version + 1, name: 'Igjen', kind: 'ngo' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      mergePartners({ ctx, input: { keepId: zero.id, version: merged.version, duplicateIds: [zero.id] } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    // Another organisation number is another organisation: not merged.
    const other = await addPartner({
      ctx,
      input: { name: 'Zero Norge', kind: 'ngo', orgNumber: '923 456 783' },
    });
    await expect(
      mergePartners({ ctx, input: { keepId: zero.id, version: merged.version, duplicateIds: [other.id] } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    expect(await auditRowsFor(db(), 'partners.mergePartners', zero.id)).toHaveLength(1);
    await removePartnerContact({ ctx, input: { id: view.contacts[0]!.id } });
    expect((await getPartner(ctx, zero.id)).contacts).toHaveLength(1);
  });
  it('shows the projects the partner takes part in, with its role, also those of a duplicate merged into it', async () => {
    const ctx = await editor();
    const ostland = await addPartner({
      ctx,
      input: { name: 'Østlandssamarbeidet (prosjekter)', kind: 'public_body' },
    });
    const copy = await addPartner({ ctx, input: { name: 'Østlandssamarbeidet, kopi', kind: 'public_body' } });
    const horizon = await addProject({
      ctx,
      input: { name: 'Bærekraftig Osloregion', funder: 'EU', startsOn: '2019-01-01', endsOn: '2021-12-31' },
    });
    const freight = await addProject({
      ctx,
      input: { name: 'Gods- og logistikkprosjektet', startsOn: '2020-01-01' },
    });
    await addProjectPartner({ ctx, input: { projectId: horizon.id, partnerId: ostland.id, role: 'lead' } });
    await addProjectPartner({ ctx, input: { projectId: freight.id, partnerId: copy.id } });
    // Both in one project: after the merge the partner is in it once, still its lead.
    await addProjectPartner({ ctx, input: { projectId: horizon.id, partnerId: copy.id, role: 'partner' } });
    expect((await getPartner(ctx, ostland.id)).projects).toEqual([
      { id: horizon.id, name: 'Bærekraftig Osloregion', role: 'lead' },
    ]);
    await mergePartners({
      ctx,
      input: { keepId: ostland.id, version: ostland.version, duplicateIds: [copy.id] },
    });
    expect((await getPartner(ctx, ostland.id)).projects).toEqual([
      { id: freight.id, name: 'Gods- og logistikkprosjektet', role: 'partner' },
      { id: horizon.id, name: 'Bærekraftig Osloregion', role: 'lead' },
    ]);
    expect((await getPartner(ctx, copy.id)).projects).toEqual([]);
  });
});
