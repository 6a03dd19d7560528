import { afterAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser } from '../../tests/support/fixtures';
import { makeBoard } from '../../tests/support/organisation';
import { registerCase } from '../domain/cases/register-case';
import { addAgendaItem } from '../domain/meetings/add-agenda-item';
import { getMeeting } from '../domain/meetings/queries';
import { recordAttendance } from '../domain/meetings/record-attendance';
import { recordDecision } from '../domain/meetings/record-decision';
import { scheduleMeeting } from '../domain/meetings/schedule-meeting';
import { renderDocx } from './docx-document';
import { renderHtmlDocument } from './html-document';
import { minutesDocument, noticeDocument } from './meeting-documents';
import { closePdfBrowser, htmlToPdf } from './pdf';
import { docxText, pdfText } from './text-extraction';

const database = setupTestDatabase();
afterAll(() => closePdfBrowser());

async function heldMeeting() {
  const { ctx } = await makeUser(database().db, { role: 'editor' });
  const board = await makeBoard(database().db, 'Styret for protokoll');
  const meeting = await scheduleMeeting({
    ctx,
    input: { bodyId: board.body.id, startsAt: '2019-09-17T10:00', location: 'Oslo rådhus' },
  });
  const kase = await registerCase({
    ctx,
    input: {
      bodyId: board.body.id,
      title: 'Konsekvenser av ny kommunelov',
      number: '39/19',
      registeredOn: '2019-09-01',
    },
  });
  const item = await addAgendaItem({ ctx, input: { meetingId: meeting.id, caseId: kase.id } });
  const [leader, m1, m2, m3] = board.seats;
  await recordAttendance({
    ctx,
    input: {
      meetingId: meeting.id,
      version: meeting.version,
      entries: [
        { appointmentId: leader!.id, status: 'present' },
        { appointmentId: m1!.id, status: 'present' },
        { appointmentId: m2!.id, status: 'deputy', deputyAppointmentId: board.deputy.id },
        { appointmentId: m3!.id, status: 'absent' },
      ],
    },
  });
  await recordDecision({
    ctx,
    input: {
      agendaItemId: item.id,
      version: item.version,
      decision: 'Osloregionen omdannes til **interkommunalt politisk råd** i løpet av 2020.',
      votes: [
        { appointmentId: leader!.id, choice: 'for' },
        { appointmentId: m1!.id, choice: 'against' },
        { appointmentId: m2!.id, choice: 'for' },
      ],
    },
  });
  return getMeeting(ctx, meeting.id);
}

describe('the minutes and the notice as documents', () => {
  it('contain the attendance, the decision and who voted how, in DOCX and in PDF', async () => {
    const model = await heldMeeting();
    const minutes = minutesDocument(model, 'Osloregionen', 'nb');
    const expected = [
      'Protokoll fra møte i Styret for protokoll',
      'Styremedlem 1',
      'Forfall – Vara Varasen møtte som vara',
      '39/19',
      'Konsekvenser av ny kommunelov',
      'Osloregionen omdannes til interkommunalt politisk råd i løpet av 2020.',
      '2 stemte for, 1 mot, 0 avsto.',
      'Vedtatt.',
      'Stemmegivning',
    ];
    const word = await docxText(await renderDocx(minutes));
    for (const text of expected) expect(word).toContain(text);
    const html = renderHtmlDocument(minutes);
    expect(html).toContain('<strong>interkommunalt politisk råd</strong>');
    const pdf = await pdfText(await htmlToPdf(html, { page: 'Side', of: 'av' }));
    for (const text of expected) expect(pdf.replace(/\s+/g, ' ')).toContain(text);
    expect(pdf).toMatch(/Side 1 av \d/);
  }, 60_000);

  it('the notice lists the agenda and who is called', async () => {
    const model = await heldMeeting();
    const text = await docxText(await renderDocx(noticeDocument(model, 'Osloregionen', 'nb')));
    expect(text).toContain('Innkalling til møte i Styret for protokoll');
    expect(text).toContain('39/19 Konsekvenser av ny kommunelov');
    expect(text).toContain('Vara Varasen');
  });
});
