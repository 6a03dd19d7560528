import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { anonymousCtx, systemTestCtx } from '../../tests/support/fixtures';
import { portalBodies, portalBody } from '../domain/bodies/portal';
import { listBodies } from '../domain/bodies/queries';
import { registerCase } from '../domain/cases/register-case';
import { getCycle } from '../domain/cycle/queries';
import { updateMilestone } from '../domain/cycle/update-milestone';
import { memberFeeShare } from '../domain/fees/queries';
import { setFeeDecision } from '../domain/fees/set-fee-decision';
import { listDecisions } from '../domain/meetings/portal';
import { portalMember, portalMembers } from '../domain/members/portal';
import { addPerson } from '../domain/people/add-person';
import { portalPerson } from '../domain/people/portal';
import { programmeDocumentData } from '../domain/programme/document-data';
import { currentProgramme, publicProgrammeYear } from '../domain/programme/portal';
import { renderHtmlBody } from '../exports/html-document';
import { programmeDocument } from '../exports/programme-document';
import { NotFound } from '../kernel/errors';

const database = setupTestDatabase({ demo: true });
/** The portal as a visitor reads it in November 2020, after the conversion to a political council. */
const visitor = () => anonymousCtx(database().db, { now: new Date('2020-11-16T10:00:00Z') });

const pick = <T, K extends keyof T>(o: T, ...keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

const memberNamed = async (name: string) =>
  (await portalMembers(visitor(), { limit: 500 })).items.find((m) => m.name === name)!;

describe('the portal on the demo data', () => {
  it('lists the 71 members in Norwegian order with sub-region and population', async () => {
    const page = await portalMembers(visitor(), { limit: 500 });
    expect(page.counts).toEqual({ total: 71, municipalities: 69, counties: 2 });
    const names = page.items.map((m) => m.name);
    expect(names.slice(-4)).toEqual(['Østre Toten', 'Øvre Eiker', 'Ås', 'Åsnes']);
    expect(names.indexOf('Øvre Eiker')).toBeGreaterThan(names.indexOf('Vestby'));
    const lillestrom = page.items.find((m) => m.name === 'Lillestrøm')!;
    expect(lillestrom).toMatchObject({ kind: 'municipality', subregion: { name: 'Nedre Romerike' } });
    expect(lillestrom.population?.year).toBe(2020);
    expect(lillestrom.population?.value).toBeGreaterThan(80_000);
  });

  it("names the board's members today with whom they sit for, and its earlier appointments by period", async () => {
    const { active } = await portalBodies(visitor());
    const board = active.find((b) => b.name === 'Styret')!;
    expect(board.appointedToday).toBeGreaterThan(5);
    const page = await portalBody(visitor(), board.id);
    const leader = page.seats.find((s) => s.role === 'leader')!;
    expect(leader.onBehalf).toMatchObject({ kind: 'member', name: 'Oslo' });
    expect(leader.person.name).toMatch(/^\p{Lu}\p{L}+ .+/u);
    expect(page.seats.find((s) => s.role === 'deputy_leader')?.onBehalf?.name).toBe('Viken fylkeskommune');
    expect(page.seats.map((s) => s.onBehalf?.name)).toContain('Follo');
    expect(page.history.items).toContainEqual(
      expect.objectContaining({
        role: 'deputy_leader',
        onBehalf: expect.objectContaining({ name: 'Akershus fylkeskommune' }),
        validTo: '2019-12-31',
      }),
    );
    // Oslo's member page names the same person for the board.
    const oslo = await portalMember(visitor(), (await memberNamed('Oslo')).id);
    expect(oslo.representatives).toContainEqual(
      expect.objectContaining({ body: expect.objectContaining({ name: 'Styret' }), person: leader.person }),
    );
  });

  it("gives a member's representatives and its fee share: Oslo pays the cap, kr 1 000 000", async () => {
    const oslo = await memberNamed('Oslo');
    const page = await portalMember(visitor(), oslo.id);
    expect(page.representatives.map((a) => [a.body.name, a.role])).toEqual(
      expect.arrayContaining([
        ['Representantskapet', 'leader'],
        ['Styret', 'leader'],
        ['Koordineringsgruppen', 'leader'],
      ]),
    );
    const fee = await memberFeeShare(visitor(), oslo.id);
    expect(fee).toMatchObject({
      year: 2020,
      case: { number: '1/19' },
      referenceDate: '2019-01-01',
      population: 681_071,
      limit: 'cap',
      feeOre: 100_000_000,
    });
    expect(fee!.shareOfAll).toBeGreaterThan(0.05);
    expect(fee!.shareOfAll).toBeLessThan(1);
    expect(JSON.stringify(fee)).not.toContain('demoens egne tall');

    // The 2021 fee in a case the council has not decided yet is not the council's fee.
    const ctx = systemTestCtx(database().db);
    const council = (await listBodies(ctx, {})).items.find((b) => b.name === 'Representantskapet')!;
    const proposal = await registerCase({
      ctx,
      input: { bodyId: council.id, title: 'Kontingent for 2021', registeredOn: '2020-11-02' },
    });
    await setFeeDecision({ ctx, input: { year: 2021, rate: '2,60', caseId: proposal.id, version: 0 } });
    expect(await memberFeeShare(visitor(), oslo.id)).toMatchObject({ year: 2020, case: { number: '1/19' } });
  });

  it("shows a person's roles now and before, with no contact details; someone without an appointment has no page", async () => {
    const { seats } = await portalBody(
      visitor(),
      (await portalBodies(visitor())).active.find((b) => b.name === 'Styret')!.id,
    );
    const mayor = await portalPerson(visitor(), seats.find((s) => s.role === 'leader')!.person.id);
    expect(mayor.current.map((a) => [a.body.name, a.role])).toContainEqual(['Styret', 'leader']);
    expect(mayor.past).toContainEqual(
      expect.objectContaining({
        body: expect.objectContaining({ name: 'Samarbeidsrådet' }),
        validTo: '2020-10-27',
      }),
    );
    expect(JSON.stringify(mayor)).not.toMatch(/@|\+47|ordfører/);

    // Someone the secretariat registers as a contact, without an appointment, has no public page.
    const contact = await addPerson({
      ctx: systemTestCtx(database().db),
      input: { name: 'Kari Kontaktperson', email: 'kari.kontakt@example.org', organisation: 'Zero' },
    });
    await expect(portalPerson(visitor(), contact.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('lists the decisions of public cases, 39/19 among them, and never the exempt lease case', async () => {
    const all = await listDecisions(visitor(), { limit: 100 });
    const case39 = all.items.find((d) => d.case.number === '39/19');
    expect(case39).toMatchObject({ body: { name: 'Styret' }, meeting: { day: '2019-09-17' } });
    expect(case39!.case.title).toContain('kommunelov');
    expect(case39!.excerpt.length).toBeGreaterThan(20);
    const text = JSON.stringify(all);
    for (const word of ['kontorlokaler', 'forhandlingsmandat']) expect(text).not.toContain(word);
    const days = all.items.map((d) => d.meeting.day);
    expect(days).toEqual([...days].sort().reverse());

    const board2019 = await listDecisions(visitor(), { bodyId: case39!.body.id, year: 2019, limit: 2 });
    expect(board2019.items.every((d) => d.body.name === 'Styret' && d.meeting.day.startsWith('2019'))).toBe(
      true,
    );
    expect(board2019.total).toBeGreaterThan(board2019.items.length);
    const next = await listDecisions(visitor(), {
      bodyId: case39!.body.id,
      year: 2019,
      cursor: board2019.nextCursor!,
    });
    expect(next.items[0]!.id).not.toBe(board2019.items[0]!.id);
  });

  it('shows the vision and the five focus areas of the 2020 programme, and no annual report before it is approved', async () => {
    const programme = await currentProgramme(visitor());
    expect(programme).toMatchObject({
      year: 2020,
      vision: 'Osloregionen skal være en konkurransedyktig og bærekraftig region i Europa.',
    });
    const areas = [
      'Administrasjon og kommunikasjon',
      'Areal og transport',
      'Klima og miljø',
      'Næringsutvikling og innovasjon',
      'Internasjonal profilering',
    ];
    expect(programme?.focusAreas.map((a) => a.name)).toEqual(areas);

    const html = renderHtmlBody(
      programmeDocument(await programmeDocumentData(visitor(), 2020, 'programme'), 'nb'),
    );
    expect(html).toContain('Osloregionen skal være en konkurransedyktig og bærekraftig region i Europa.');
    for (const [i, area] of areas.entries()) expect(html).toContain(`4.3.${i + 1} ${area}`);
    expect(html).not.toContain('<h1');

    expect(await publicProgrammeYear(visitor(), 2020)).toMatchObject({ reportPublished: false });
    await expect(programmeDocumentData(visitor(), 2020, 'report')).rejects.toBeInstanceOf(NotFound);
    await expect(publicProgrammeYear(visitor(), 2019)).rejects.toBeInstanceOf(NotFound);

    // Once the board has approved it (the cycle's milestone done), the report is public, with the year's follow-up.
    const system = systemTestCtx(database().db);
    const milestone = (await getCycle(system, 2020)).milestones.find((m) => m.kind === 'annual_report')!;
    await updateMilestone({
      ctx: system,
      input: { ...pick(milestone, 'id', 'version', 'windowFrom', 'windowTo'), doneOn: '2021-03-16' },
    });
    expect(await publicProgrammeYear(visitor(), 2020)).toMatchObject({ reportPublished: true });
    const report = programmeDocument(await programmeDocumentData(visitor(), 2020, 'report'), 'nb');
    expect(report.title).toBe('Årsrapport 2020');
    expect(renderHtmlBody(report)).toContain('Utsatt');
  });
});
