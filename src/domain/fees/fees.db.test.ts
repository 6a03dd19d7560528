import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { makeMemberContact, makeMunicipality } from '../../../tests/support/organisation';
import { Conflict, Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { recordPopulation } from '../knowledge/record-population';
import { addParticipation } from '../members/add-participation';
import { getSettings } from '../settings/queries';
import { updateMembershipSettings } from '../settings/update-membership-settings';
import { feeList, getFeeDecision } from './queries';
import { setFeeDecision } from './set-fee-decision';

const database = setupTestDatabase();
const db = () => database().db;
const editor = async () => (await makeUser(db(), { role: 'editor' })).ctx;

async function municipalityWith(population: number, year: number, overrides = {}) {
  const m = await makeMunicipality(db(), overrides);
  await recordPopulation({
    ctx: systemTestCtx(db()),
    input: { rows: [{ memberId: m.id, year, population, source: 'Test' }] },
  });
  return m;
}

describe('setFeeDecision', () => {
  it('records a decision with its reference date defaulting to 1 January of the year before, and audits it', async () => {
    const ctx = await editor();
    const saved = await setFeeDecision({
      ctx,
      input: { year: 2031, version: 0, rate: '2,50', floor: '5 000' },
    });
    expect(saved).toMatchObject({
      rate: '2.5000',
      referenceDate: '2030-01-01',
      floorOre: 500_000,
      capOre: null,
      rounding: 'krone',
      caseId: null,
    });
    expect((await auditRowsFor(db(), 'fees.setFeeDecision', saved.id))[0]?.after).toMatchObject({
      rate: '2.5000',
    });
    await expect(
      setFeeDecision({ ctx, input: { year: 2031, version: 0, rate: '3' } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      setFeeDecision({ ctx, input: { year: 2031, version: saved.version + 5, rate: '3' } }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses a reference date that is not 1 January, a cap below the floor, a bad rate, and callers who are not editors', async () => {
    const ctx = await editor();
    const error = await setFeeDecision({
      ctx,
      input: {
        year: 2032,
        version: 0,
        rate: '2,5x',
        referenceDate: '2031-06-30',
        floor: '10 000',
        cap: '5 000',
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(Object.keys(error.fieldErrors)).toEqual(['rate']);
    const date = await setFeeDecision({
      ctx,
      input: { year: 2032, version: 0, rate: '2', referenceDate: '2031-06-30' },
    }).catch((e) => e);
    expect(date.fieldErrors.referenceDate).toEqual(['Folketallet telles 1. januar. Velg 1. januar i et år.']);
    const cap = await setFeeDecision({
      ctx,
      input: { year: 2032, version: 0, rate: '2', floor: '10 000', cap: '5 000' },
    }).catch((e) => e);
    expect(cap.fieldErrors.cap).toEqual(['Taket kan ikke være lavere enn gulvet.']);
    const extra = await setFeeDecision({
      ctx,
      input: {
        year: 2032,
        version: 0,
        rate: '2',
        extras: [{ label: 'Merkevare', scheme: 'brand', basis: 'flat' }],
      },
    }).catch((e) => e);
    expect(Object.keys(extra.fieldErrors)).toEqual(['extras.0.amount']);
    await expect(
      setFeeDecision({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { year: 2032, version: 0, rate: '2' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('feeList', () => {
  it('applies floor, cap and extras, and the pro-rata rule the settings name for a member that joins during the year', async () => {
    const ctx = await editor();
    const small = await municipalityWith(1_000, 2032);
    const large = await municipalityWith(500_000, 2032);
    const partner = await municipalityWith(20_000, 2032);
    const late = await municipalityWith(36_600, 2032, { joinedOn: '2033-07-02' });
    await addParticipation({
      ctx,
      input: { memberId: partner.id, scheme: 'merkevare-test', validFrom: '2033-01-01' },
    });
    await setFeeDecision({
      ctx,
      input: {
        year: 2033,
        version: 0,
        rate: '2,50',
        floor: '5 000',
        cap: '1 000 000',
        extras: [
          { label: 'Merkevarepartnerskap', scheme: 'merkevare-test', basis: 'per_inhabitant', rate: '0,50' },
        ],
      },
    });
    const rows = new Map((await feeList(ctx, 2033)).rows.map((r) => [r.member.id, r]));
    expect(rows.get(small.id)).toMatchObject({
      population: 1_000,
      computedOre: 250_000,
      limit: 'floor',
      totalOre: 500_000,
    });
    expect(rows.get(large.id)).toMatchObject({ limit: 'cap', totalOre: 100_000_000 });
    expect(rows.get(partner.id)).toMatchObject({
      feeOre: 5_000_000,
      extras: [{ label: 'Merkevarepartnerskap', amountOre: 1_000_000 }],
      totalOre: 6_000_000,
    });
    expect(rows.get(late.id)).toMatchObject({ memberFrom: '2033-07-02', share: null, totalOre: 9_150_000 });

    const admin = (await makeUser(db(), { role: 'admin' })).ctx;
    const settings = await getSettings(admin, 'membership');
    await updateMembershipSettings({
      ctx: admin,
      input: { version: settings.version, exitNoticeMonths: 6, feePartYear: 'proRata' },
    });
    const prorated = (await feeList(ctx, 2033)).rows.find((r) => r.member.id === late.id);
    // 2 July–31 December is 183 of 365 days: 91 500 × 183/365 = 45 875,34 → 45 875.
    expect(prorated).toMatchObject({ share: { days: 183, of: 365 }, totalOre: 4_587_500 });
    const now = await getSettings(admin, 'membership');
    await updateMembershipSettings({
      ctx: admin,
      input: { version: now.version, exitNoticeMonths: 6, feePartYear: 'whole' },
    });
  });

  it("shows a member contact their own municipality's basis and nothing of the others; the public nothing", async () => {
    const ctx = await editor();
    const own = await municipalityWith(12_345, 2033);
    await municipalityWith(54_321, 2033);
    await setFeeDecision({ ctx, input: { year: 2034, version: 0, rate: '2' } });
    const contact = await makeMemberContact(db(), own.id);
    const list = await feeList(contact.ctx, 2034);
    expect(list.scope).toBe('own');
    expect(list.rows.map((r) => [r.member.id, r.population, r.totalOre])).toEqual([
      [own.id, 12_345, 2_469_000],
    ]);
    expect(list.totalOre).toBe(2_469_000);
    const stranger = await makeUser(db(), { role: 'member' });
    expect((await feeList(stranger.ctx, 2034)).rows).toEqual([]);
    await expect(feeList(anonymousCtx(db()), 2034)).rejects.toBeInstanceOf(Unauthenticated);
    expect(await getFeeDecision({ db: db() }, 2099)).toBeNull();
  });
});
