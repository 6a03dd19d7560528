import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { anonymousCtx, systemTestCtx } from '../../tests/support/fixtures';
import { consultationOverview, getConsultation, publicResponses } from '../domain/consultations/queries';
import { getNetwork, listNetworks, mailingList } from '../domain/networks/queries';
import { getPartner, listPartners } from '../domain/partners/queries';
import { getActivity, getProgramme } from '../domain/programme/queries';
import { getProject, listProjects } from '../domain/projects/queries';
import { search } from '../domain/search/queries';

const database = setupTestDatabase({ demo: true });
/** The demo as the secretariat reads it in June 2020, and at the end of 2020. */
const june = () => ({ ...systemTestCtx(database().db), now: new Date('2020-06-01T10:00:00Z') });
const december = () => ({ ...systemTestCtx(database().db), now: new Date('2020-12-15T12:00:00Z') });

describe('the consultations, networks and projects (demo)', () => {
  it('has TEN-T due, NTP and Klimakur 2030 answered in committee cases, and NFD not answered with a reason', async () => {
    const overview = await consultationOverview(june());
    expect(overview.dueNext.map((c) => [c.title, c.status, c.state])).toEqual([
      ['Høring – EUs transportpolitikk / revisjon av TEN-T-forordningen', 'drafting', 'open'],
    ]);
    expect(overview.closed.map((c) => [c.title, c.state])).toEqual([
      ['Høring – Klimakur 2030', 'answered'],
      ['Høring – Nasjonal transportplan 2022–2033', 'answered'],
      ['Innspill – gjennomgang av det næringsrettede virkemiddelapparatet', 'not_answered'],
    ]);
    const klimakur = overview.closed[0]!;
    expect(klimakur).toMatchObject({ deadline: '2020-05-15', responsibleName: expect.any(String) });
    const detail = await getConsultation(june(), klimakur.id);
    expect(detail.case).toMatchObject({
      bodyName: 'Interessepolitisk utvalg',
      number: expect.stringMatching(/\/20$/),
    });
    expect(detail.focusArea?.name).toBe('Klima og miljø');
    expect(overview.closed[2]!.notAnsweredReason).toContain('Østlandssamarbeidet');

    const answered = await publicResponses(anonymousCtx(database().db));
    expect(answered.map((r) => [r.title, r.document?.title])).toEqual([
      ['Høring – Klimakur 2030', 'Høringsuttalelse fra Osloregionen – Klimakur 2030'],
      [
        'Høring – Nasjonal transportplan 2022–2033',
        'Høringsuttalelse fra Osloregionen – Nasjonal transportplan 2022–2033',
      ],
    ]);
  });

  it('has the five networks of Handlingsprogram 2020, each with members', async () => {
    const page = await listNetworks(december());
    expect(page.items.map((n) => n.name)).toEqual([
      'Ambassadørnettverk for utenlandske studenter og ex pats',
      'Faggruppen for areal, transport og klima',
      'Faggruppen Næringssamarbeidet i Osloregionen',
      'Nettverk for oppfølging av ordførererklæringen om klima og miljø',
      'Nettverk for sirkulærøkonomi',
    ]);
    for (const n of page.items) expect(n.members, n.name).toBeGreaterThan(0);
    expect(page.items.map((n) => n.focusArea?.name)).toEqual([
      'Internasjonal profilering',
      'Areal og transport',
      'Næringsutvikling og innovasjon',
      'Klima og miljø',
      'Klima og miljø',
    ]);
  });

  it('lists the climate adviser who left in June 2020 as former, off the mailing list; Nordre Follo lacks an address', async () => {
    const { items } = await listNetworks(december(), { q: 'ordførererklæringen' });
    const view = await getNetwork(december(), items[0]!.id);
    expect(view.former.map((m) => [m.detail, m.validTo])).toEqual([
      ['klimarådgiver, Hamar kommune', '2020-06-30'],
    ]);
    expect(view.current.filter((m) => m.kind === 'member').map((m) => m.name)).toContain('Nordre Follo');
    const list = await mailingList(december(), items[0]!.id);
    expect(list.rows.map((r) => r.name)).not.toContain(view.former[0]!.name);
    expect(list.rows.filter((r) => !r.email).map((r) => r.name)).toEqual(['Nordre Follo']);
    // Seven mayors and four remaining climate advisers, each with an address.
    expect(list.rows.filter((r) => r.email)).toHaveLength(11);
  });

  it('has the three projects with funder, amount, lead and deliverables', async () => {
    const page = await listProjects(december());
    expect(page.items.map((p) => [p.name, p.funder, p.fundingProgramme, p.lead?.name ?? null])).toEqual([
      ['Bærekraftig Osloregion', 'EU', 'Horizon 2020', 'Oslo'],
      ['Gods- og logistikkprosjektet', '', '', null],
      ['Veileder for klimabudsjett', 'Miljødirektoratet', 'Klimasats', null],
    ]);
    const klimasats = await getProject(december(), page.items[2]!.id);
    expect(klimasats.project.amountGrantedOre).toBe(50_000_000);
    expect(klimasats.deliverables.map((d) => [d.title, d.status])).toContainEqual([
      'Veileder publisert',
      'delivered',
    ]);
    const horizon = await getProject(december(), page.items[0]!.id);
    expect(horizon.deliverables).toHaveLength(3);
    expect(horizon.deliverables.filter((d) => d.overdue)).toEqual([]);
    const zero = (await listPartners(december(), { q: 'Zero' })).items[0]!;
    expect((await getPartner(december(), zero.id)).projects).toEqual([
      { id: horizon.project.id, name: 'Bærekraftig Osloregion', role: 'partner' },
    ]);
  });

  it('links each consultation, event, network and project to its 2020 activity, and shows the public only what is public', async () => {
    const programme = await getProgramme(december(), 2020);
    const activity = (text: string) => programme.activities.find((a) => a.text === text)!.id;
    const links = async (text: string, ctx = december()) =>
      (await getActivity(ctx, activity(text))).links.map((l) => [l.kind, l.label]);
    expect(await links('Gi innspill til arbeidet med Nasjonal transportplan')).toContainEqual([
      'consultation',
      'Høringssvar: Høring – Nasjonal transportplan 2022–2033 (Samferdselsdepartementet)',
    ]);
    expect(await links('Følge opp Horizon-prosjektet Bærekraftig Osloregion')).toEqual([
      ['project', 'Bærekraftig Osloregion (Horizon 2020)'],
    ]);
    // TEN-T is still being drafted: the public sees no link to it yet.
    const tenT = 'Gi innspill til EUs transportpolitikk (TEN-T)';
    expect((await links(tenT)).map(([kind]) => kind)).toContain('consultation');
    expect((await links(tenT, anonymousCtx(database().db))).map(([kind]) => kind)).not.toContain(
      'consultation',
    );
  });

  it('finds in Norwegian: "transportplan" the activities, cases and consultation about the NTP, "kommunelov" case 39/19, and nothing exempt for the public', async () => {
    const anonymous = anonymousCtx(database().db);
    const ntp = await search(anonymous, { q: 'transportplan' });
    expect(ntp.items.map((h) => h.type)).toEqual(expect.arrayContaining(['activity', 'consultation']));
    expect(ntp.items.map((h) => h.title)).toContain('Gi innspill til arbeidet med Nasjonal transportplan');
    const hit = ntp.items.find((h) => h.title === 'Gi innspill til arbeidet med Nasjonal transportplan')!;
    expect(hit.snippet.filter((r) => r.hit).map((r) => r.text.toLowerCase())).toContain('transportplan');
    const activities = await search(anonymous, { q: 'transportplan', type: 'activity', year: 2020 });
    expect(activities.items.every((h) => h.type === 'activity' && h.year === 2020)).toBe(true);

    const law = await search(anonymous, { q: 'kommunelov' });
    expect(law.items.find((h) => h.type === 'case')).toMatchObject({
      reference: '39/19',
      title: 'Konsekvenser av ny kommunelov for Osloregionen',
    });
    // First among the cases: its title has the very word, where others only share the stem "kommune".
    const lawCases = await search(anonymous, { q: 'kommunelov', type: 'case' });
    expect(lawCases.items.length).toBeGreaterThan(1);
    expect(lawCases.items[0]).toMatchObject({
      reference: '39/19',
      year: 2019,
      date: expect.stringMatching(/^2019-\d\d-\d\d$/),
    });

    // The exempt lease: its words find nothing for the public, and the case and its paper for the board's secretariat.
    for (const q of ['forhandlingsmandat', 'kvadratmeter', 'kontorlokaler'])
      expect((await search(anonymous, { q })).items, q).toEqual([]);
    const staff = await search(december(), { q: 'forhandlingsmandat kontorlokaler' });
    expect(staff.items.map((h) => h.type)).toEqual(expect.arrayContaining(['case', 'document']));
    // News: a published item is found by the public, the draft only by the secretariat.
    const branding = await search(anonymous, { q: 'Place Branding', type: 'news' });
    expect(branding.items.map((h) => [h.title, h.href.split('/')[1]])).toEqual([
      ['Nordic Place Branding Conference er utsatt', 'nyheter'],
    ]);
    expect((await search(anonymous, { q: 'innovasjonscamp', type: 'news' })).items).toEqual([]);
    expect((await search(december(), { q: 'innovasjonscamp', type: 'news' })).items).toHaveLength(1);
    const paged = await search(anonymous, { q: 'Osloregionen', limit: 5 });
    expect(paged.total).toBeGreaterThan(5);
    const next = await search(anonymous, { q: 'Osloregionen', limit: 5, cursor: paged.nextCursor! });
    expect(next.items.map((h) => h.id)).not.toContain(paged.items[0]!.id);
  });
});
