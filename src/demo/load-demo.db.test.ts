import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { anonymousCtx, makeUser, systemTestCtx } from '../../tests/support/fixtures';
import { checkBody, listBodies } from '../domain/bodies/queries';
import { getCase, getDocumentFile, listCases, listFollowUps } from '../domain/cases/queries';
import { listOutbox, pendingMail } from '../domain/mail/delivery';
import { getMeeting, listMeetings } from '../domain/meetings/queries';
import { listMembers, listSubregions } from '../domain/members/queries';
import { NotFound } from '../kernel/errors';
import { loadDemo } from './load-demo';
import { DEMO_EXEMPT } from './meetings';

const database = setupTestDatabase();

/** A body of the demo by name, and one of its cases by number, as the system sees them. */
async function bodyNamed(name: string) {
  const { items } = await listBodies(systemTestCtx(database().db), { includeInactive: true });
  return items.find((b) => b.name === name)!;
}
async function caseNumbered(bodyName: string, number: string) {
  const body = await bodyNamed(bodyName);
  const page = await listCases(systemTestCtx(database().db), { bodyId: body.id, q: number });
  return page.items[0]!;
}

describe('the demo installation (Osloregionen 2020)', () => {
  it('loads through the verbs', async () => {
    const started = performance.now();
    await loadDemo(database().db);
    console.log(`demo loaded in ${Math.round(performance.now() - started)} ms on ${database().driver}`);
  }, 120_000);

  it('has 69 municipalities and 2 county municipalities on 1.1.2020', async () => {
    const page = await listMembers(anonymousCtx(database().db), { asOf: '2020-01-01', limit: 500 });
    expect(page.total).toBe(71);
    expect(page.items.filter((m) => m.kind === 'municipality')).toHaveLength(69);
    expect(page.items.filter((m) => m.kind === 'county').map((m) => m.name)).toEqual([
      'Innlandet fylkeskommune',
      'Viken fylkeskommune',
    ]);
    const names = page.items.map((m) => m.name);
    expect(names.indexOf('Ås')).toBeGreaterThan(names.indexOf('Vestby'));
    expect(names.indexOf('Øvre Eiker')).toBeGreaterThan(names.indexOf('Vestby'));
    expect(names.at(-1)).toBe('Åsnes');
  });

  it('has the pre-merger municipalities on 31.12.2019, with their old numbers and counties', async () => {
    const page = await listMembers(anonymousCtx(database().db), { asOf: '2019-12-31', limit: 500 });
    const byName = new Map(page.items.map((m) => [m.name, m]));
    for (const name of [
      'Skedsmo',
      'Ski',
      'Røyken',
      'Fet',
      'Sørum',
      'Oppegård',
      'Hurum',
      'Rygge',
      'Nedre Eiker',
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.has('Lillestrøm')).toBe(false);
    expect(byName.get('Vestby')).toMatchObject({ number: '0211', county: { name: 'Akershus' } });
    expect(byName.get('Akershus fylkeskommune')).toMatchObject({ kind: 'county', number: '02' });
  });

  it('gives every board seat in 2019 a holder, and shows the coordination group its open seats', async () => {
    const ctx = systemTestCtx(database().db);
    const { items } = await listBodies(ctx, { asOf: '2019-06-01' });
    const board = items.find((b) => b.name === 'Styret')!;
    for (const date of ['2018-12-04', '2019-06-01', '2019-12-31', '2020-06-01']) {
      const check = await checkBody(ctx, board.id, date);
      expect(
        check.warnings.filter((w) => w.code.startsWith('seat.') || w.code.startsWith('appointment.')),
        date,
      ).toEqual([]);
      expect(check.filled).toBe(check.required);
    }
    const on2019 = await checkBody(ctx, board.id, '2019-06-01');
    expect(on2019.required).toBe(22); // Oslo, 5 county municipalities, 16 sub-regions
    const coordination = (await listBodies(ctx, { asOf: '2020-06-01' })).items.find(
      (b) => b.name === 'Koordineringsgruppen',
    )!;
    const open = await checkBody(ctx, coordination.id, '2020-06-01');
    expect(open.warnings.filter((w) => w.code === 'seat.empty').length).toBe(4);
  });

  it('becomes an intermunicipal political council on 28.10.2020', async () => {
    const ctx = systemTestCtx(database().db);
    const before = (await listBodies(ctx, { asOf: '2020-10-27' })).items.map((b) => b.name);
    const after = (await listBodies(ctx, { asOf: '2020-10-28' })).items.map((b) => b.name);
    expect(before).toContain('Samarbeidsrådet');
    expect(after).not.toContain('Samarbeidsrådet');
    expect(after[0]).toBe('Representantskapet');
    const regions = await listSubregions(ctx, '2020-11-01');
    expect(regions.items.map((r) => r.name)).not.toContain('Midt-Buskerud');
  });

  it("has the board's cases 55/18 and 39/19, decided in meetings whose minutes are approved", async () => {
    const ctx = systemTestCtx(database().db);
    const review = await caseNumbered('Styret', '55/18');
    expect(review).toMatchObject({
      title: 'Videreutvikling av samarbeidet i Osloregionen',
      status: 'decided',
      decidedOn: '2018-12-04',
    });
    expect(review.paper?.decision).toContain('utsettes til 2020');
    const newAct = await caseNumbered('Styret', '39/19');
    expect(newAct).toMatchObject({
      title: 'Konsekvenser av ny kommunelov for Osloregionen',
      status: 'decided',
      decidedOn: '2019-09-17',
    });
    const board = await bodyNamed('Styret');
    const meetings = await listMeetings(ctx, { bodyId: board.id });
    expect(meetings.map((m) => [m.day, m.status])).toEqual([
      ['2018-12-04', 'minutes_approved'],
      ['2019-09-17', 'minutes_approved'],
      ['2019-12-03', 'minutes_approved'],
      ['2020-03-10', 'planned'],
    ]);
    // Historical timestamps: the notice a week or more ahead, the minutes after the meeting.
    for (const m of meetings.slice(0, 3)) {
      expect(m.startsAt.getTime() - m.noticeSentAt!.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000);
      expect(m.minutesApprovedAt!.getTime()).toBeGreaterThan(m.startsAt.getTime());
      expect(m.minutesApprovedAt!.getFullYear()).toBeLessThan(2020);
    }
  });

  it('shows the public who voted how on 39/19', async () => {
    const board = await bodyNamed('Styret');
    const [, september] = await listMeetings(systemTestCtx(database().db), { bodyId: board.id });
    const model = await getMeeting(anonymousCtx(database().db), september!.id);
    const [item] = model.agenda;
    expect(item).toMatchObject({ caseNumber: '39/19', outcome: 'adopted' });
    expect(item!.count).toMatchObject({ for: 17, against: 3, casting: false });
    expect(
      item!
        .votes!.filter((v) => v.choice === 'against')
        .map((v) => v.onBehalf)
        .sort(),
    ).toEqual(['Gjøvikregionen', 'Hadeland', 'Kongsbergregionen']);
    expect(model.quorum).toMatchObject({ votingMembers: 22, present: 20, ok: true });
  });

  it('has the council set the fee for 2020, and expert group meetings with information items', async () => {
    const fee = await caseNumbered('Samarbeidsrådet', '1/19');
    expect(fee).toMatchObject({ title: 'Kontingent for 2020', status: 'decided', decidedOn: '2019-05-09' });
    for (const name of ['Faggruppe for areal, transport og klima', 'Næringssamarbeidet i Osloregionen']) {
      const group = await bodyNamed(name);
      const [meeting] = await listMeetings(systemTestCtx(database().db), { bodyId: group.id });
      expect(meeting?.status, name).toBe('minutes_approved');
      const model = await getMeeting(anonymousCtx(database().db), meeting!.id);
      expect(model.agenda.length).toBeGreaterThan(0);
      expect(model.agenda.every((i) => i.kind === 'information' && i.outcome === 'noted')).toBe(true);
    }
  });

  it('has sent its historical notices, so nothing is mailed when SMTP is set', async () => {
    const db = database().db;
    const admin = (await makeUser(db, { role: 'admin' })).ctx;
    const outbox = await listOutbox(admin, { limit: 500 });
    expect(outbox.total).toBeGreaterThan(50);
    expect(
      outbox.items.every((m) => m.status === 'sent' && m.sentAt?.getTime() === m.createdAt.getTime()),
    ).toBe(true);
    expect(await pendingMail(db)).toEqual([]);
  });

  it('lets the public download the case paper of 39/19', async () => {
    const anonymous = anonymousCtx(database().db);
    const newAct = await caseNumbered('Styret', '39/19');
    const { documents } = await getCase(anonymous, newAct.id);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ access: 'public', withheld: false, contentType: 'application/pdf' });
    const file = await getDocumentFile(anonymous, documents[0]!.id);
    expect(file.content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(file.content.toString('latin1')).toContain('%%EOF');
  });

  it('withholds the exempt case, its title and its attachment from the public', async () => {
    const db = database().db;
    const lease = await caseNumbered('Styret', DEMO_EXEMPT.caseNumber);
    const seen = await getCase(anonymousCtx(db), lease.id);
    expect(seen.case).toMatchObject({
      withheld: true,
      title: null,
      paper: null,
      legalBasis: 'Offl. § 23 første ledd',
    });
    expect(seen.documents).toHaveLength(1);
    expect(seen.documents[0]).toMatchObject({
      access: 'exempt',
      withheld: true,
      title: null,
      filename: null,
    });
    const board = await bodyNamed('Styret');
    const december = (await listMeetings(systemTestCtx(db), { bodyId: board.id }))[2]!;
    const published = await getMeeting(anonymousCtx(db), december.id);
    expect(published.agenda.find((i) => i.caseNumber === DEMO_EXEMPT.caseNumber)).toMatchObject({
      withheld: true,
      title: null,
      decision: null,
    });
    for (const shown of [seen, published]) {
      const text = JSON.stringify(shown);
      expect(text).not.toContain(DEMO_EXEMPT.secretPhrase);
      expect(text).not.toContain(DEMO_EXEMPT.documentTitle);
    }
    await expect(getDocumentFile(anonymousCtx(db), seen.documents[0]!.id)).rejects.toBeInstanceOf(NotFound);
    // The secretariat has it all, the phrase included: a leak test that looks for it can find it.
    const file = await getDocumentFile(systemTestCtx(db), seen.documents[0]!.id);
    expect(file.content.toString('latin1')).toContain(DEMO_EXEMPT.secretPhrase);
    const full = await getCase(systemTestCtx(db), lease.id);
    expect(full.case.paper?.decision).toContain(DEMO_EXEMPT.secretPhrase);
    expect(full.documents[0]!.title).toBe(DEMO_EXEMPT.documentTitle);
  });

  it('has follow-ups of the decisions, the overdue ones first in mid-2020', async () => {
    const { ctx: editor } = await makeUser(database().db, { role: 'editor' });
    const ctx = { ...editor, now: new Date('2020-06-01T10:00:00Z') };
    const board = await bodyNamed('Styret');
    const open = await listFollowUps(ctx, { bodyId: board.id });
    expect(open.length).toBeGreaterThanOrEqual(4);
    expect(open[0]!.overdue).toBe(true);
    expect(open.some((f) => !f.overdue)).toBe(true);
    expect(open.filter((f) => f.overdue).map((f) => f.caseNumber)).toContain('39/19');
    const all = await listFollowUps(ctx, { all: 'true' });
    expect(all.filter((f) => f.status === 'done').length).toBeGreaterThanOrEqual(2);
    expect(all.every((f) => f.ownerName)).toBe(true);
  });
});
