import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { auditRowsFor, makeUser, uniqueEmail } from '../../tests/support/fixtures';
import { makeBoard } from '../../tests/support/organisation';
import { registerCase } from '../domain/cases/register-case';
import { registerConsultation } from '../domain/consultations/register-consultation';
import { sendConsultationReminders } from '../domain/consultations/send-consultation-reminders';
import { setConsultationStatus } from '../domain/consultations/set-consultation-status';
import { updateConsultation } from '../domain/consultations/update-consultation';
import { outbox } from '../domain/mail/schema';
import { addPerson } from '../domain/people/add-person';
import { Forbidden } from '../kernel/errors';
import { createLogger } from '../kernel/logger';
import { runConsultationReminders } from './consultation-reminders';

const database = setupTestDatabase();
const logger = createLogger('silent');
const mailsAbout = (id: string) =>
  database()
    .db.select()
    .from(outbox)
    .where(and(eq(outbox.entityType, 'consultation'), eq(outbox.entityId, id)));

describe('the consultation deadline reminders', () => {
  it('mail the responsible person once, 7 days before the deadline, and leave submitted ones alone', async () => {
    const db = database().db;
    const { ctx: editorCtx, user: editorUser } = await makeUser(db, { role: 'editor', name: 'Redaktør Rød' });
    const ctx = { ...editorCtx, now: new Date('2081-05-02T08:00:00Z') };
    const responsible = await addPerson({
      ctx,
      input: { name: 'Ola Transport', email: uniqueEmail('ola.transport'), title: 'seniorrådgiver' },
    });
    const ntp = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Nasjonal transportplan 2022–2033',
        authority: 'Samferdselsdepartementet',
        receivedOn: '2081-05-01',
        deadline: '2081-06-15',
        responsibleId: responsible.id,
      },
    });
    const klimakur = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Klimakur 2030',
        authority: 'Miljødirektoratet',
        receivedOn: '2081-05-01',
        deadline: '2081-06-14',
        responsibleId: responsible.id,
      },
    });
    const { body } = await makeBoard(db, 'Styret med høringssvar');
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Høringssvar Klimakur 2030', registeredOn: '2081-05-20' },
    });
    await setConsultationStatus({
      ctx,
      input: {
        id: klimakur.id,
        version: klimakur.version,
        status: 'submitted',
        caseId: kase.id,
        submittedOn: '2081-05-02',
      },
    });
    const before = (await auditRowsFor(db, 'consultations.sendConsultationReminders')).length;

    // 8 days before: nothing due, and no trace of the round.
    const eightDays = new Date('2081-06-07T08:00:00Z');
    expect(await runConsultationReminders({ db, baseUrl: undefined, logger, now: eightDays })).toBe(0);
    expect(await auditRowsFor(db, 'consultations.sendConsultationReminders')).toHaveLength(before);

    // 7 days before: one mail, to the responsible person, with the link.
    const sevenDays = new Date('2081-06-08T08:00:00Z');
    expect(
      await runConsultationReminders({ db, baseUrl: 'https://samrad.example.org/', logger, now: sevenDays }),
    ).toBe(1);
    const mails = await mailsAbout(ntp.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      toAddress: responsible.email,
      toName: 'Ola Transport',
      subject: 'Høringsfrist 15. juni 2081: Høring – Nasjonal transportplan 2022–2033',
    });
    expect(mails[0]!.text).toContain('Samferdselsdepartementet');
    expect(mails[0]!.text).toContain(`https://samrad.example.org/app/horinger/${ntp.id}`);
    expect(mails.map((m) => m.toAddress)).not.toContain(editorUser.email);

    // Once only; and the submitted one never.
    expect(await runConsultationReminders({ db, baseUrl: undefined, logger, now: sevenDays })).toBe(0);
    expect(await mailsAbout(ntp.id)).toHaveLength(1);
    expect(await mailsAbout(klimakur.id)).toHaveLength(0);
    expect(await auditRowsFor(db, 'consultations.sendConsultationReminders')).toHaveLength(before + 1);
  });

  it('mail the editors when nobody is responsible, remind anew when the deadline moves, and run only as the system', async () => {
    const db = database().db;
    const { ctx: editorCtx, user: editorUser } = await makeUser(db, { role: 'editor' });
    const ctx = { ...editorCtx, now: new Date('2082-01-05T08:00:00Z') };
    const input = {
      title: 'Innspill – gjennomgang av det næringsrettede virkemiddelapparatet',
      authority: 'Nærings- og fiskeridepartementet',
      reference: '',
      receivedOn: '2082-01-05',
      deadline: '2082-02-01',
    };
    const c = await registerConsultation({ ctx, input });
    const now = new Date('2082-01-28T08:00:00Z');
    expect(await runConsultationReminders({ db, baseUrl: undefined, logger, now })).toBe(1);
    const toEditors = (await mailsAbout(c.id)).map((m) => m.toAddress);
    expect(toEditors).toContain(editorUser.email);

    await updateConsultation({
      ctx,
      input: { ...input, id: c.id, version: c.version, deadline: '2082-02-15' },
    });
    const later = new Date('2082-02-10T08:00:00Z');
    expect(await runConsultationReminders({ db, baseUrl: undefined, logger, now: later })).toBe(1);
    expect((await mailsAbout(c.id)).length).toBe(toEditors.length * 2);

    await expect(sendConsultationReminders({ ctx, input: {} })).rejects.toBeInstanceOf(Forbidden);
  });
});
