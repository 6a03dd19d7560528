import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { countyId, makeMunicipality, makePerson } from '../../../tests/support/organisation';
import { Conflict, Forbidden, PreconditionFailed, Unauthenticated, Validation } from '../../kernel/errors';
import { addMember } from '../members/add-member';
import { addParticipation } from '../members/add-participation';
import { addSubregion } from '../members/add-subregion';
import { addBody } from './add-body';
import { addDelegation } from './add-delegation';
import { appointPerson } from './appoint-person';
import { checkBody, listAppointments, listDelegations, orgChart } from './queries';
import { removeAppointment } from './remove-appointment';
import { removeDelegation } from './remove-delegation';
import { updateAppointment } from './update-appointment';
import { updateBody } from './update-body';
import { updateDelegation } from './update-delegation';

const database = setupTestDatabase();
const db = () => database().db;
const editor = async () => (await makeUser(db(), { role: 'editor' })).ctx;

/** A small alliance: a capital, a county municipality, two sub-regions with one member each. */
async function smallAlliance() {
  const ctx = systemTestCtx(db());
  const capital = await makeMunicipality(db(), { name: 'Hovedstad' });
  const county = await addMember({
    ctx,
    input: { kind: 'county', name: 'Vestland fylkeskommune', number: '46', joinedOn: '2020-01-01' },
  });
  const north = await addSubregion({ ctx, input: { name: 'Nordregionen', validFrom: '2019-01-01' } });
  const south = await addSubregion({ ctx, input: { name: 'Sørregionen', validFrom: '2019-01-01' } });
  return { capital, county, north, south };
}

describe('the composition check', () => {
  it('counts the board seats, and names the seat an appointment removal empties', async () => {
    const ctx = await editor();
    const a = await smallAlliance();
    const board = await addBody({
      ctx,
      input: {
        kind: 'board',
        name: 'Styret i testalliansen',
        composition: { type: 'named_counties_subregions', namedMemberIds: [a.capital.id], deputies: false },
        validFrom: '2020-01-01',
      },
    });
    const seats = [
      { onBehalfMemberId: a.capital.id, role: 'leader' as const },
      { onBehalfMemberId: a.county.id, role: 'member' as const },
      { onBehalfSubregionId: a.north.id, role: 'member' as const },
      { onBehalfSubregionId: a.south.id, role: 'member' as const },
    ];
    const appointed = [];
    for (const [i, seat] of seats.entries()) {
      const person = await makePerson(db(), `Representant ${i}`, i % 2 ? 'male' : 'female');
      appointed.push(
        await appointPerson({
          ctx,
          input: { bodyId: board.id, personId: person.id, validFrom: '2020-01-01', ...seat },
        }),
      );
    }
    const full = await checkBody(ctx, board.id, '2020-06-01');
    expect(full).toMatchObject({ required: 4, filled: 4, votingMembers: 4, warnings: [] });
    expect(full.gender).toEqual({ female: 2, male: 2, other: 0, unknown: 0 });

    await removeAppointment({ ctx, input: { id: appointed[3]!.id } });
    const after = await checkBody(ctx, board.id, '2020-06-01');
    expect(after.filled).toBe(3);
    expect(after.warnings).toContainEqual({ code: 'seat.empty', params: { seat: 'Sørregionen' } });
    expect(await auditRowsFor(db(), 'bodies.removeAppointment', appointed[3]!.id)).toHaveLength(1);
  });

  it('warns about gender balance below 40 %, a missing leader and an appointment without a seat', async () => {
    const ctx = await editor();
    const body = await addBody({
      ctx,
      input: {
        kind: 'committee',
        name: 'Utvalget',
        composition: { type: 'fixed', seats: 4, deputies: false },
        validFrom: '2020-01-01',
      },
    });
    for (const [i, gender] of (['male', 'male', 'male', 'female'] as const).entries()) {
      const person = await makePerson(db(), `Utvalgsmedlem ${i}`, gender);
      await appointPerson({
        ctx,
        input: { bodyId: body.id, personId: person.id, role: 'member', validFrom: '2020-01-01' },
      });
    }
    const check = await checkBody(ctx, body.id, '2020-06-01');
    expect(check.warnings).toEqual([
      { code: 'leader.missing', params: {} },
      { code: 'gender.imbalance', params: { women: 25, men: 75 } },
    ]);
  });

  it('counts the brand-partnership contributors as the seats of a participants body', async () => {
    const ctx = await editor();
    const m1 = await makeMunicipality(db(), { name: 'Bidragsyter' });
    await makeMunicipality(db(), { name: 'Ikke-bidragsyter' });
    await addParticipation({
      ctx,
      input: { memberId: m1.id, scheme: 'test-brand', validFrom: '2020-01-01' },
    });
    const arena = await addBody({
      ctx,
      input: {
        kind: 'partner_arena',
        name: 'Partnerarena',
        composition: { type: 'participants', scheme: 'test-brand', deputies: true },
        validFrom: '2020-01-01',
      },
    });
    const check = await checkBody(ctx, arena.id, '2020-06-01');
    expect(check.required).toBe(1);
    expect(check.warnings).toContainEqual({ code: 'seat.empty', params: { seat: 'Bidragsyter' } });
  });
});

describe('bodies', () => {
  it('are added and changed, with versions and audit rows; a body cannot appoint itself round a circle', async () => {
    const ctx = await editor();
    const council = await addBody({
      ctx,
      input: {
        kind: 'council',
        name: 'Rådet',
        composition: { type: 'one_per_member', deputies: false },
        validFrom: '2005-01-01',
      },
    });
    const board = await addBody({
      ctx,
      input: {
        kind: 'board',
        name: 'Styret',
        appointedById: council.id,
        composition: { type: 'open' },
        validFrom: '2005-01-01',
      },
    });
    const changed = await updateBody({
      ctx,
      input: {
        id: board.id,
        version: board.version,
        kind: 'board',
        name: 'Styret',
        appointedById: council.id,
        composition: { type: 'fixed', seats: 7, deputies: true },
        validFrom: '2005-01-01',
        meetingsPerYearMin: 4,
        meetingsPerYearMax: 6,
      },
    });
    expect(changed).toMatchObject({ version: 2, composition: { type: 'fixed', seats: 7, deputies: true } });
    await expect(
      updateBody({
        ctx,
        input: {
          id: council.id,
          version: council.version,
          kind: 'council',
          name: 'Rådet',
          appointedById: board.id,
          composition: { type: 'open' },
          validFrom: '2005-01-01',
        },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      updateBody({
        ctx,
        input: {
          id: board.id,
          version: 1,
          kind: 'board',
          name: 'Styret',
          composition: { type: 'open' },
          validFrom: '2005-01-01',
        },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await auditRowsFor(db(), 'bodies.addBody', board.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'bodies.updateBody', board.id)).toHaveLength(1);
  });

  it('refuse bad input: fewer meetings as maximum than minimum, an end before the start, an unknown rule', async () => {
    const ctx = await editor();
    const error = await addBody({
      ctx,
      input: {
        kind: 'board',
        name: 'X',
        composition: { type: 'fixed', seats: 0 } as never,
        validFrom: '2020-01-01',
        validTo: '2019-01-01',
        meetingsPerYearMin: 6,
        meetingsPerYearMax: 4,
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(Object.keys(error.fieldErrors).sort()).toEqual([
      'composition.seats',
      'meetingsPerYearMax',
      'validTo',
    ]);
    const member = (await makeUser(db(), { role: 'member' })).ctx;
    await expect(
      addBody({
        ctx: member,
        input: { kind: 'board', name: 'X', composition: { type: 'open' }, validFrom: '2020-01-01' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      addBody({
        ctx: anonymousCtx(db()),
        input: { kind: 'board', name: 'X', composition: { type: 'open' }, validFrom: '2020-01-01' },
      }),
    ).rejects.toBeInstanceOf(Unauthenticated);
  });
});

describe('appointments', () => {
  it('follow the facts on their first day, end with an end date, and refuse a double appointment', async () => {
    const ctx = await editor();
    const body = await addBody({
      ctx,
      input: {
        kind: 'expert_group',
        name: 'Faggruppen',
        composition: { type: 'open' },
        validFrom: '2019-01-01',
      },
    });
    const person = await makePerson(db(), 'Planlegger Pia');
    const later = await makeMunicipality(db(), { joinedOn: '2021-01-01' });
    await expect(
      appointPerson({
        ctx,
        input: {
          bodyId: body.id,
          personId: person.id,
          role: 'member',
          onBehalfMemberId: later.id,
          validFrom: '2020-06-01',
        },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      appointPerson({
        ctx,
        input: { bodyId: body.id, personId: person.id, role: 'member', validFrom: '2018-06-01' },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    const appointment = await appointPerson({
      ctx,
      input: { bodyId: body.id, personId: person.id, role: 'member', validFrom: '2020-01-01' },
    });
    expect(appointment.votingRight).toBe(true);
    await expect(
      appointPerson({
        ctx,
        input: { bodyId: body.id, personId: person.id, role: 'member', validFrom: '2020-06-01' },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    const ended = await updateAppointment({
      ctx,
      input: {
        id: appointment.id,
        version: appointment.version,
        bodyId: body.id,
        personId: person.id,
        role: 'member',
        validFrom: '2020-01-01',
        validTo: '2020-12-31',
      },
    });
    expect(ended.validTo).toBe('2020-12-31');
    expect(await listAppointments(ctx, { bodyId: body.id, asOf: '2021-01-01' })).toEqual([]);
    expect((await listAppointments(ctx, { personId: person.id })).map((a) => a.bodyName)).toEqual([
      'Faggruppen',
    ]);
    expect(await auditRowsFor(db(), 'bodies.appointPerson', appointment.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'bodies.updateAppointment', appointment.id)).toHaveLength(1);
    await expect(
      appointPerson({
        ctx,
        input: { bodyId: body.id, personId: person.id, role: 'sjef' as never, validFrom: '2020-01-01' },
      }),
    ).rejects.toBeInstanceOf(Validation);
    const member = (await makeUser(db(), { role: 'member' })).ctx;
    await expect(removeAppointment({ ctx: member, input: { id: appointment.id } })).rejects.toBeInstanceOf(
      Forbidden,
    );
  });
});

describe('delegations and the organisation chart', () => {
  it('show who appoints whom and who delegates to whom on a date', async () => {
    const ctx = await editor();
    const council = await addBody({
      ctx,
      input: {
        kind: 'council',
        name: 'Samarbeidsrådet i test',
        composition: { type: 'one_per_member', deputies: false },
        validFrom: '2005-01-01',
        validTo: '2020-10-27',
      },
    });
    const successor = await addBody({
      ctx,
      input: {
        kind: 'council',
        name: 'Representantskapet i test',
        predecessorId: council.id,
        composition: { type: 'one_per_member', deputies: false },
        validFrom: '2020-10-28',
      },
    });
    const board = await addBody({
      ctx,
      input: {
        kind: 'board',
        name: 'Styret i test',
        appointedById: council.id,
        composition: { type: 'open' },
        validFrom: '2005-01-01',
      },
    });
    const arena = await addBody({
      ctx,
      input: {
        kind: 'partner_arena',
        name: 'Arenaen i test',
        appointedById: board.id,
        composition: { type: 'open' },
        validFrom: '2018-01-01',
        validTo: '2019-12-31',
      },
    });
    const delegation = await addDelegation({
      ctx,
      input: {
        fromBodyId: board.id,
        toBodyId: arena.id,
        scope: 'Vedta handlingsplan for profilering',
        decisionReference: 'Sak 45/17',
        validFrom: '2018-01-01',
        validTo: '2019-12-31',
      },
    });
    const in2019 = await orgChart(ctx, '2019-06-01');
    const names = (ids: string[]) => ids.map((id) => in2019.layout.nodes.find((n) => n.id === id)?.name);
    expect(names([council.id, board.id, arena.id])).toEqual([
      'Samarbeidsrådet i test',
      'Styret i test',
      'Arenaen i test',
    ]);
    expect(in2019.layout.edges.map((e) => [e.kind, e.from, e.to])).toEqual(
      expect.arrayContaining([
        ['appoints', council.id, board.id],
        ['appoints', board.id, arena.id],
        ['delegates', board.id, arena.id],
      ]),
    );
    // After the conversion the representantskap stands where the council stood.
    const in2021 = await orgChart(ctx, '2021-06-01');
    expect(in2021.layout.edges).toContainEqual(
      expect.objectContaining({ kind: 'appoints', from: successor.id, to: board.id }),
    );
    expect(in2021.layout.nodes.map((n) => n.id)).not.toContain(arena.id);

    const changed = await updateDelegation({
      ctx,
      input: {
        id: delegation.id,
        version: 1,
        fromBodyId: board.id,
        toBodyId: arena.id,
        scope: 'Endret',
        validFrom: '2018-01-01',
        validTo: '2019-06-30',
      },
    });
    expect(changed.validTo).toBe('2019-06-30');
    expect(await listDelegations(ctx, { asOf: '2019-07-01', bodyId: board.id })).toEqual([]);
    await removeDelegation({ ctx, input: { id: delegation.id } });
    expect(await auditRowsFor(db(), 'bodies.addDelegation', delegation.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'bodies.updateDelegation', delegation.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'bodies.removeDelegation', delegation.id)).toHaveLength(1);
    await expect(
      addDelegation({
        ctx,
        input: { fromBodyId: board.id, toBodyId: board.id, scope: 'x', validFrom: '2020-01-01' },
      }),
    ).rejects.toBeInstanceOf(Validation);
    const member = (await makeUser(db(), { role: 'member' })).ctx;
    await expect(
      addDelegation({
        ctx: member,
        input: { fromBodyId: board.id, toBodyId: arena.id, scope: 'x', validFrom: '2020-01-01' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('county members', () => {
  it('take their county from their number', async () => {
    const added = await addMember({
      ctx: systemTestCtx(db()),
      input: { kind: 'county', name: 'Agder fylkeskommune', number: '42', joinedOn: '2020-01-01' },
    });
    expect(added.county).toMatchObject({ id: await countyId(db(), '42'), name: 'Agder' });
  });
});
