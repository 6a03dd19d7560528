import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makeBoard } from '../../../tests/support/organisation';
import type { Ctx } from '../../kernel/ctx';
import { Forbidden, PreconditionFailed, Unauthenticated, Validation } from '../../kernel/errors';
import { registerCase } from '../cases/register-case';
import { consultationOverview } from './queries';
import { registerConsultation } from './register-consultation';
import { setConsultationStatus } from './set-consultation-status';

const database = setupTestDatabase();
const db = () => database().db;
// The secretariat's day: 1 March 2021 at noon in Oslo.
const at = (ctx: Ctx): Ctx => ({ ...ctx, now: new Date('2021-03-01T11:00:00Z') });
const editor = async () => at((await makeUser(db(), { role: 'editor' })).ctx);

describe('consultations', () => {
  it('shows one due in 5 days in "due next", and one submitted after its deadline as answered late', async () => {
    const ctx = await editor();
    const ntp = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Nasjonal transportplan 2022–2033',
        authority: 'Samferdselsdepartementet',
        reference: '20/1234',
        receivedOn: '2021-01-15',
        deadline: '2021-03-06',
      },
    });
    await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Klimakur 2030',
        authority: 'Miljødirektoratet',
        receivedOn: '2021-02-01',
        deadline: '2021-06-30',
      },
    });
    const overview = await consultationOverview(ctx);
    expect(overview.dueNext.map((c) => [c.title, c.state])).toContainEqual([
      'Høring – Nasjonal transportplan 2022–2033',
      'open',
    ]);
    expect(overview.dueNext.map((c) => c.title)).not.toContain('Høring – Klimakur 2030');

    const { body } = await makeBoard(db(), 'Høringsstyret');
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Høringssvar NTP', registeredOn: '2021-02-20' },
    });
    let row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: ntp.version, status: 'drafting' },
    });
    const noCase = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: row.version, status: 'adopted' },
    }).catch((e) => e);
    expect(noCase).toBeInstanceOf(Validation);
    row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: row.version, status: 'adopted', caseId: kase.id },
    });
    row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: row.version, status: 'submitted', submittedOn: '2021-03-08' },
    });
    expect(row).toMatchObject({
      status: 'submitted',
      submittedOn: '2021-03-08',
      bodyId: body.id,
      caseId: kase.id,
    });
    const after = await consultationOverview(ctx);
    expect(after.answeredLate.map((c) => c.id)).toEqual([ntp.id]);
    expect(after.dueNext.map((c) => c.id)).not.toContain(ntp.id);
    expect(await auditRowsFor(db(), 'consultations.setConsultationStatus', ntp.id)).toHaveLength(3);
    await expect(
      setConsultationStatus({ ctx, input: { id: ntp.id, version: row.version, status: 'drafting' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });

  it('closes one as not answered only with a reason; refuses a deadline before receipt and callers who are not editors', async () => {
    const ctx = await editor();
    const c = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – næringsrettede virkemidler',
        authority: 'Nærings- og fiskeridepartementet',
        receivedOn: '2021-01-10',
        deadline: '2021-02-10',
      },
    });
    expect((await consultationOverview(ctx)).dueNext.find((x) => x.id === c.id)?.state).toBe('overdue');
    await expect(
      setConsultationStatus({ ctx, input: { id: c.id, version: c.version, status: 'not_answered' } }),
    ).rejects.toBeInstanceOf(Validation);
    const closed = await setConsultationStatus({
      ctx,
      input: {
        id: c.id,
        version: c.version,
        status: 'not_answered',
        reason: 'Dekkes av Østlandssamarbeidets svar.',
      },
    });
    expect((await consultationOverview(ctx)).closed.find((x) => x.id === closed.id)?.state).toBe(
      'not_answered',
    );
    const bad = await registerConsultation({
      ctx,
      input: { title: 'X', authority: 'Y', receivedOn: '2021-02-10', deadline: '2021-02-01' },
    }).catch((e) => e);
    expect(bad.fieldErrors.deadline).toEqual(['Fristen kan ikke være før høringen ble mottatt.']);
    await expect(
      registerConsultation({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { title: 'X', authority: 'Y', receivedOn: '2021-02-01', deadline: '2021-02-10' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(consultationOverview(anonymousCtx(db()))).rejects.toBeInstanceOf(Unauthenticated);
  });
});
