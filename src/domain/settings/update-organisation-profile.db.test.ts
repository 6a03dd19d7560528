import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { Conflict, Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { getOrganisationProfile, getSettings } from './queries';
import { updateMembershipSettings } from './update-membership-settings';
import { updateOrganisationProfile } from './update-organisation-profile';

const database = setupTestDatabase();
const db = () => database().db;

describe('updateOrganisationProfile', () => {
  it('saves the profile with versions, audits it, and refuses a stale version', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    const before = await getOrganisationProfile(ctx);
    const saved = await updateOrganisationProfile({
      ctx,
      input: {
        version: before.version,
        name: 'Osloregionen',
        descriptionNb: 'Et samarbeid.',
        descriptionEn: '',
      },
    });
    expect(saved.version).toBe(before.version + 1);
    expect(await getOrganisationProfile(anonymousCtx(db()))).toMatchObject({
      name: 'Osloregionen',
      version: saved.version,
    });
    const [row] = await auditRowsFor(db(), 'settings.updateOrganisationProfile');
    expect(row?.after).toMatchObject({ name: 'Osloregionen' });
    await expect(
      updateOrganisationProfile({ ctx, input: { version: before.version, name: 'Gammel versjon' } }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it('is for administrators only, and needs a name', async () => {
    const { ctx: editor } = await makeUser(db(), { role: 'editor' });
    await expect(
      updateOrganisationProfile({ ctx: editor, input: { version: 0, name: 'X' } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      updateOrganisationProfile({ ctx: anonymousCtx(db()), input: { version: 0, name: 'X' } }),
    ).rejects.toBeInstanceOf(Unauthenticated);
    const { ctx } = await makeUser(db(), { role: 'admin' });
    await expect(updateOrganisationProfile({ ctx, input: { version: 0, name: ' ' } })).rejects.toBeInstanceOf(
      Validation,
    );
  });
});

describe('updateMembershipSettings', () => {
  it('changes the exit rule and the part-year fee rule, for administrators only', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    const current = await getSettings(ctx, 'membership');
    expect(current).toMatchObject({ exitNoticeMonths: 6, feePartYear: 'whole' });
    const saved = await updateMembershipSettings({
      ctx,
      input: { version: current.version, exitNoticeMonths: 12, feePartYear: 'proRata' },
    });
    expect(saved).toEqual({ exitNoticeMonths: 12, feePartYear: 'proRata', version: current.version + 1 });
    expect((await auditRowsFor(db(), 'settings.updateMembershipSettings'))[0]?.after).toEqual({
      exitNoticeMonths: 12,
      feePartYear: 'proRata',
    });
    const { ctx: editor } = await makeUser(db(), { role: 'editor' });
    await expect(
      updateMembershipSettings({
        ctx: editor,
        input: { version: saved.version, exitNoticeMonths: 6, feePartYear: 'whole' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      updateMembershipSettings({
        ctx,
        input: { version: saved.version, exitNoticeMonths: 99, feePartYear: 'whole' },
      }),
    ).rejects.toBeInstanceOf(Validation);
  });
});
