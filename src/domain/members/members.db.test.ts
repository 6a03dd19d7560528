import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { countyId, freshNumber, makeMunicipality } from '../../../tests/support/organisation';
import { Conflict, Forbidden, PreconditionFailed, Unauthenticated, Validation } from '../../kernel/errors';
import { addMember } from './add-member';
import { addParticipation } from './add-participation';
import { addSubregion } from './add-subregion';
import { assignSubregion } from './assign-subregion';
import { changeMemberIdentity } from './change-member-identity';
import { endParticipation } from './end-participation';
import { mergeMembers } from './merge-members';
import { getMemberHistory, getMemberOn, listMembers, listParticipants, listSubregions } from './queries';
import { registerExitNotice } from './register-exit-notice';
import { updateMember } from './update-member';
import { updateSubregion } from './update-subregion';
import { withdrawExitNotice } from './withdraw-exit-notice';

const database = setupTestDatabase();
const db = () => database().db;
const editor = async () => (await makeUser(db(), { role: 'editor' })).ctx;
const member = async () => (await makeUser(db(), { role: 'member' })).ctx;

describe('addMember', () => {
  it('admits a municipality with its number and county, and audits it', async () => {
    const ctx = await editor();
    const number = freshNumber();
    const added = await addMember({
      ctx,
      input: {
        kind: 'municipality',
        name: 'Bjørnafjorden',
        number,
        countyId: await countyId(db(), '46'),
        joinedOn: '2020-01-01',
        orgNumber: '974 760 673',
      },
    });
    expect(added).toMatchObject({
      name: 'Bjørnafjorden',
      number,
      county: { name: 'Vestland' },
      orgNumber: '974760673',
    });
    expect((await auditRowsFor(db(), 'members.addMember', added.id))[0]?.after).toMatchObject({
      name: 'Bjørnafjorden',
    });
  });

  it('refuses a number that does not start with the county number, an unknown county on the date and a bad org number', async () => {
    const ctx = await editor();
    const vestland = await countyId(db(), '46');
    const wrongPrefix = await addMember({
      ctx,
      input: {
        kind: 'municipality',
        name: 'Feil',
        number: '3099',
        countyId: vestland,
        joinedOn: '2020-01-01',
      },
    }).catch((e) => e);
    expect(wrongPrefix).toBeInstanceOf(Validation);
    expect(wrongPrefix.fieldErrors.number[0]).toBe(
      'Kommunenummer 3099 hører ikke til Vestland (kommunenumre der begynner med 46).',
    );
    const notYet = await addMember({
      ctx,
      input: {
        kind: 'municipality',
        name: 'For tidlig',
        number: '4650',
        countyId: vestland,
        joinedOn: '2019-06-01',
      },
    }).catch((e) => e);
    expect(notYet.fieldErrors.countyId[0]).toBe('Vestland gjaldt ikke 1. juni 2019.');
    const badOrg = await addMember({
      ctx,
      input: { kind: 'other', name: 'Forening', orgNumber: '974760674', joinedOn: '2020-01-01' },
    }).catch((e) => e);
    expect(badOrg.fieldErrors.orgNumber).toEqual([
      'Organisasjonsnummeret er ikke gyldig (9 siffer med riktig kontrollsiffer).',
    ]);
  });

  it('refuses a number another member holds', async () => {
    const taken = await makeMunicipality(db());
    const error = await addMember({
      ctx: await editor(),
      input: {
        kind: 'municipality',
        name: 'Kopi',
        number: taken.number!,
        countyId: await countyId(db(), '46'),
        joinedOn: '2021-01-01',
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Conflict);
  });

  it('is for editors: members are refused, anonymous callers asked to sign in', async () => {
    const input = { kind: 'other' as const, name: 'Noe', joinedOn: '2020-01-01' };
    await expect(addMember({ ctx: await member(), input })).rejects.toBeInstanceOf(Forbidden);
    await expect(addMember({ ctx: anonymousCtx(db()), input })).rejects.toBeInstanceOf(Unauthenticated);
  });
});

describe('changeMemberIdentity and updateMember', () => {
  it('renumbers from a date and keeps the old number in history', async () => {
    const ctx = await editor();
    const old = await addMember({
      ctx,
      input: {
        kind: 'municipality',
        name: 'Vestby',
        number: '0211',
        countyId: await countyId(db(), '02', '2019-01-01'),
        joinedOn: '2005-01-01',
      },
    });
    const renumbered = await changeMemberIdentity({
      ctx,
      input: {
        id: old.id,
        version: old.version,
        validFrom: '2020-01-01',
        name: 'Vestby',
        number: '3019',
        countyId: await countyId(db(), '30'),
      },
    });
    expect(renumbered).toMatchObject({ number: '3019', county: { name: 'Viken' } });
    expect(await getMemberOn(ctx, old.id, '2019-12-31')).toMatchObject({
      number: '0211',
      county: { name: 'Akershus' },
    });
    const history = await getMemberHistory(ctx, old.id);
    expect(history.identities.map((i) => [i.number, i.validFrom, i.validTo])).toEqual([
      ['0211', '2005-01-01', '2019-12-31'],
      ['3019', '2020-01-01', null],
    ]);
    expect(await auditRowsFor(db(), 'members.changeMemberIdentity', old.id)).toHaveLength(1);
    const stale = {
      id: old.id,
      version: old.version,
      validFrom: '2024-01-01',
      name: 'Vestby',
      number: '3216',
      countyId: await countyId(db(), '32', '2024-01-01'),
    };
    await expect(changeMemberIdentity({ ctx, input: stale })).rejects.toBeInstanceOf(Conflict);
  });

  it('corrects notes and org number with a version check', async () => {
    const ctx = await editor();
    const m = await makeMunicipality(db());
    const updated = await updateMember({
      ctx,
      input: { id: m.id, version: m.version, notes: 'Kontaktperson byttet.' },
    });
    expect(updated.notes).toBe('Kontaktperson byttet.');
    expect(await auditRowsFor(db(), 'members.updateMember', m.id)).toHaveLength(1);
    await expect(
      updateMember({ ctx, input: { id: m.id, version: m.version, notes: 'x' } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      updateMember({ ctx: await member(), input: { id: m.id, version: 2 } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(updateMember({ ctx, input: { id: 'x', version: 1 } as never })).rejects.toBeInstanceOf(
      Validation,
    );
  });
});

describe('registerExitNotice', () => {
  it('ends the membership at the year end the statutes give: 15.05.2020 → 31.12.2020, 01.08.2020 → 31.12.2021', async () => {
    const ctx = await editor();
    const early = await makeMunicipality(db());
    expect(
      (
        await registerExitNotice({
          ctx,
          input: { id: early.id, version: early.version, noticeOn: '2020-05-15' },
        })
      ).leftOn,
    ).toBe('2020-12-31');
    const late = await makeMunicipality(db());
    const after = await registerExitNotice({
      ctx,
      input: { id: late.id, version: late.version, noticeOn: '2020-08-01' },
    });
    expect(after).toMatchObject({ leftOn: '2021-12-31', leftReason: 'exit', exitNoticeOn: '2020-08-01' });
    expect(await auditRowsFor(db(), 'members.registerExitNotice', late.id)).toHaveLength(1);
    const inMembers = async (date: string) =>
      (await listMembers(ctx, { asOf: date, limit: 500 })).items.some((m) => m.id === late.id);
    expect(await inMembers('2021-12-31')).toBe(true);
    expect(await inMembers('2022-01-01')).toBe(false);
  });

  it('can be withdrawn, and refuses a notice before the member joined', async () => {
    const ctx = await editor();
    const m = await makeMunicipality(db());
    const noticed = await registerExitNotice({
      ctx,
      input: { id: m.id, version: m.version, noticeOn: '2020-03-01' },
    });
    const back = await withdrawExitNotice({ ctx, input: { id: m.id, version: noticed.version } });
    expect(back).toMatchObject({ leftOn: null, exitNoticeOn: null });
    expect(await auditRowsFor(db(), 'members.withdrawExitNotice', m.id)).toHaveLength(1);
    await expect(
      registerExitNotice({ ctx, input: { id: m.id, version: back.version, noticeOn: '2019-01-01' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      withdrawExitNotice({ ctx, input: { id: m.id, version: back.version } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      registerExitNotice({ ctx: await member(), input: { id: m.id, version: 1, noticeOn: '2020-01-01' } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      registerExitNotice({ ctx, input: { id: m.id, version: 1, noticeOn: '15.05.2020' } }),
    ).rejects.toBeInstanceOf(Validation);
  });
});

describe('mergeMembers', () => {
  it('ends the predecessors the day before and starts the successor with links to them', async () => {
    const ctx = await editor();
    const akershus = await countyId(db(), '02', '2019-01-01');
    const region = await addSubregion({ ctx, input: { name: 'Nedre Testrike', validFrom: '2005-01-01' } });
    const make = (name: string, number: string) =>
      addMember({
        ctx,
        input: {
          kind: 'municipality',
          name,
          number,
          countyId: akershus,
          joinedOn: '2005-01-01',
          subregionId: region.id,
        },
      });
    const skedsmo = await make('Skedsmo', '0231');
    const fet = await make('Fet', '0227');
    const sorum = await make('Sørum', '0226');
    const lillestrom = await mergeMembers({
      ctx,
      input: {
        predecessorIds: [skedsmo.id, fet.id, sorum.id],
        effectiveOn: '2020-01-01',
        successor: {
          kind: 'municipality',
          name: 'Lillestrøm',
          number: '3030',
          countyId: await countyId(db(), '30'),
          subregionId: region.id,
        },
      },
    });
    expect(lillestrom).toMatchObject({
      name: 'Lillestrøm',
      number: '3030',
      joinedOn: '2020-01-01',
      subregion: { name: 'Nedre Testrike' },
    });
    expect(await getMemberOn(ctx, skedsmo.id)).toMatchObject({ leftOn: '2019-12-31', leftReason: 'merged' });
    const history = await getMemberHistory(ctx, lillestrom.id);
    expect(history.predecessors.map((p) => p.name).sort()).toEqual(['Fet', 'Skedsmo', 'Sørum']);
    expect((await getMemberHistory(ctx, fet.id)).successors).toEqual([
      { id: lillestrom.id, name: 'Lillestrøm', effectiveOn: '2020-01-01' },
    ]);
    const regions = await listSubregions(ctx, '2019-12-31');
    expect(regions.items.find((r) => r.id === region.id)?.memberCount).toBe(3);
    expect((await listSubregions(ctx, '2020-01-01')).items.find((r) => r.id === region.id)?.memberCount).toBe(
      1,
    );
    expect(await auditRowsFor(db(), 'members.mergeMembers', lillestrom.id)).toHaveLength(1);
  });

  it('refuses members that had already left, and fewer than two predecessors', async () => {
    const ctx = await editor();
    const a = await makeMunicipality(db(), { joinedOn: '2021-01-01' });
    const b = await makeMunicipality(db());
    const error = await mergeMembers({
      ctx,
      input: {
        predecessorIds: [a.id, b.id],
        effectiveOn: '2021-01-01',
        successor: { kind: 'other', name: 'Ny' },
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PreconditionFailed);
    await expect(
      mergeMembers({
        ctx,
        input: {
          predecessorIds: [a.id],
          effectiveOn: '2022-01-01',
          successor: { kind: 'other', name: 'Ny' },
        },
      }),
    ).rejects.toBeInstanceOf(Validation);
    await expect(
      mergeMembers({
        ctx: await member(),
        input: {
          predecessorIds: [a.id, b.id],
          effectiveOn: '2022-01-01',
          successor: { kind: 'other', name: 'Ny' },
        },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('sub-regions', () => {
  it('are added, changed and dissolved, and members move between them over time', async () => {
    const ctx = await editor();
    const a = await addSubregion({ ctx, input: { name: 'Midt-Testerud', validFrom: '2005-01-01' } });
    const b = await addSubregion({ ctx, input: { name: 'Indre Testfold', validFrom: '2005-01-01' } });
    const m = await makeMunicipality(db(), { subregionId: a.id });
    const moved = await assignSubregion({
      ctx,
      input: { memberId: m.id, version: m.version, subregionId: b.id, validFrom: '2021-01-01' },
    });
    expect(moved.subregion?.name).toBe('Indre Testfold');
    expect((await getMemberOn(ctx, m.id, '2020-12-31')).subregion?.name).toBe('Midt-Testerud');
    const dissolved = await updateSubregion({
      ctx,
      input: { id: a.id, version: a.version, name: a.name, validFrom: a.validFrom, validTo: '2020-10-30' },
    });
    expect(dissolved.validTo).toBe('2020-10-30');
    expect((await listSubregions(ctx, '2020-11-01')).items.map((r) => r.name)).not.toContain('Midt-Testerud');
    expect(await auditRowsFor(db(), 'members.assignSubregion', m.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'members.updateSubregion', a.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'members.addSubregion', b.id)).toHaveLength(1);
    // A member cannot move into a sub-region that no longer exists.
    await expect(
      assignSubregion({
        ctx,
        input: { memberId: m.id, version: moved.version, subregionId: a.id, validFrom: '2022-01-01' },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      updateSubregion({
        ctx,
        input: { id: b.id, version: b.version, name: 'X', validFrom: '2020-01-01', validTo: '2019-01-01' },
      }),
    ).rejects.toBeInstanceOf(Validation);
    await expect(
      addSubregion({ ctx: await member(), input: { name: 'X', validFrom: '2020-01-01' } }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('participations', () => {
  it('records who takes part in a scheme over time, without overlaps', async () => {
    const ctx = await editor();
    const m = await makeMunicipality(db());
    const period = await addParticipation({
      ctx,
      input: { memberId: m.id, scheme: 'test-partnerskap', validFrom: '2020-01-01' },
    });
    await expect(
      addParticipation({
        ctx,
        input: { memberId: m.id, scheme: 'test-partnerskap', validFrom: '2020-06-01' },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    expect((await listParticipants(db(), 'test-partnerskap', '2020-06-01')).map((p) => p.id)).toEqual([m.id]);
    await endParticipation({ ctx, input: { id: period.id, validTo: '2020-12-31' } });
    expect(await listParticipants(db(), 'test-partnerskap', '2021-01-01')).toEqual([]);
    expect(await auditRowsFor(db(), 'members.addParticipation', m.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'members.endParticipation', m.id)).toHaveLength(1);
    await expect(
      endParticipation({ ctx, input: { id: period.id, validTo: '2019-01-01' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(
      endParticipation({ ctx: await member(), input: { id: period.id, validTo: '2021-01-01' } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      addParticipation({ ctx, input: { memberId: m.id, scheme: '', validFrom: '2020-01-01' } }),
    ).rejects.toBeInstanceOf(Validation);
  });
});
