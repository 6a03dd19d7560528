import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { getCycle } from '../../domain/cycle/queries';
import { listEvents, listRegistrations } from '../../domain/events/queries';
import { copyProgramme } from '../../domain/programme/copy-programme';
import {
  activitiesInCell,
  getActivity,
  getProgramme,
  type ProgrammeModel,
} from '../../domain/programme/queries';
import { programmeFile } from '../../exports/programme-files';
import { docxText, pdfText } from '../../exports/text-extraction';
import { projectRoot } from '../../kernel/paths';
import { HANDLINGSPROGRAM_2020 } from './handlingsprogram-2020';

const database = setupTestDatabase({ demo: true });
const SEED = readFileSync(join(projectRoot(), '..', 'shared', 'seed', '000_004ffbd40783494e.txt'), 'utf8');
const flat = (text: string) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const seedText = flat(SEED);

/** The chapter headings of the seed's contents, as "4.3.1 Administrasjon og kommunikasjon". */
const SEED_HEADINGS = SEED.slice(
  SEED.indexOf('Innholdsfortegnelse'),
  SEED.indexOf('1. Kort om Osloregionen\n\nDen'),
)
  .split('\n')
  .map((line) =>
    line
      .replace(/\.{2,}|\t\d+$/g, '')
      .replace(/\t.*$/, '')
      .trim(),
  )
  .filter((line) => /^\d/.test(line))
  .map((line) => line.replace(/^(\d+(?:\.\d+)*)\.? /, '$1 '));

function cell(model: ProgrammeModel, area: string, roleLabel: string) {
  const focusArea = model.focusAreas.find((a) => a.name === area)!;
  const role = model.roles.find((r) => r.label === roleLabel)!;
  return activitiesInCell(model, focusArea.id, role.id).map((a) => a.text);
}

let model: ProgrammeModel;
beforeAll(async () => {
  model = await getProgramme(anonymousCtx(database().db), 2020);
}, 120_000);

describe('Handlingsprogram 2020 in the demo', () => {
  it('has the seed’s structure: 5 focus areas, 7 roles, 4 administration tasks', () => {
    expect(model.programme).toMatchObject({ title: 'Handlingsprogram 2020', status: 'adopted' });
    expect(model.focusAreas.map((a) => a.name)).toEqual([
      'Administrasjon og kommunikasjon',
      'Areal og transport',
      'Klima og miljø',
      'Næringsutvikling og innovasjon',
      'Internasjonal profilering',
    ]);
    expect(model.roles.map((r) => r.name)).toEqual([
      'utvikle felles holdninger og strategier',
      'ha dialog med og påvirke nasjonale myndigheter',
      'styrke felles identitet',
      'skape møteplasser og nettverk',
      'drive erfaringsoverføring og kunnskapsutvikling',
      'samarbeide og bygge nettverk med andre organisasjoner',
      'samle kunnskap, statistikk og foreta analyser om regionen',
    ]);
    const admin = model.focusAreas[0]!;
    expect(admin.kind).toBe('tasks');
    expect(activitiesInCell(model, admin.id, null).map((a) => a.text)).toEqual([
      'Forberedelse og oppfølging av møter i politiske og administrative fora.',
      'Medlemspleie, møter med regionråd, fylkeskommuner og enkeltkommuner.',
      'Kommunikasjon.',
      'Organisasjonsutvikling.',
    ]);
  });

  it('has the activities in the right cells, split where the source lost its bullet points', () => {
    expect(cell(model, 'Areal og transport', 'Skape møteplasser og nettverk')).toContain(
      'Arr. BEST-konferansen 2020 med fokus på gods og logistikk',
    );
    expect(cell(model, 'Klima og miljø', 'Dialog med og påvirke nasjonale myndigheter')).toEqual([
      'Følge opp arbeidet med helhetlig plan for Oslofjorden',
      'Arbeide for bedre nasjonale rammer for arbeid med sirkulærøkonomi på lokalt og regionalt nivå',
      'Utarbeide forslag til behandling i styret og interessepolitisk utvalg',
      'Delta i relevante høringsprosesser, bl.a. Klimakur',
    ]);
    expect(
      cell(model, 'Næringsutvikling og innovasjon', 'Erfaringsoverføring og kunnskapsutvikling')[0],
    ).toMatch(/Ungt Entreprenørskap$/);
    expect(cell(model, 'Internasjonal profilering', 'Skape møteplasser og nettverk')).toContain(
      'Gjennomføre Nordic Place Branding Conference i april 2020 i Oslo',
    );
    expect(cell(model, 'Areal og transport', 'Styrke felles identitet')).toEqual([]);
    const cooperation = model.activities.find((a) =>
      a.text.startsWith('Samarbeide med Østlandssamarbeidet, NHO'),
    )!;
    expect(cooperation.partners).toEqual(['Østlandssamarbeidet', 'NHO', 'LO', 'Zero']);
  });

  it('is word for word: every activity, task and comment paragraph is in the customer’s document', () => {
    const seedCells = HANDLINGSPROGRAM_2020.focusAreas.flatMap((a) => a.cells ?? []);
    const count = seedCells.reduce((n, c) => n + c.activities.length, 0) + 4;
    expect(model.activities).toHaveLength(count);
    expect(count).toBe(63);
    for (const a of model.activities) {
      expect(seedText, a.text).toContain(flat(a.text));
      expect(seedText, a.details).toContain(flat(a.details));
    }
    for (const area of model.focusAreas)
      for (const paragraph of area.comments.split('\n\n')) expect(seedText).toContain(flat(paragraph));
  });

  it('was adopted by the board in case 52/19 on 3 December 2019, and its cycle shows it', async () => {
    expect(model.programme.adoptedOn).toBe('2019-12-03');
    expect(model.programme.adoptedCase).toMatchObject({ number: '52/19', bodyName: 'Styret' });
    const cycle = await getCycle(anonymousCtx(database().db), 2020);
    expect(
      cycle.milestones.map((m) => [m.kind, m.doneOn, m.case?.number ?? null, m.meeting?.day ?? null]),
    ).toEqual([
      ['fee', '2019-05-09', '1/19', '2019-05-09'],
      ['programme_budget', '2019-12-03', '52/19', '2019-12-03'],
      ['annual_report', null, null, null],
      ['report_to_council', null, null, null],
    ]);
    const followed = model.activities
      .filter((a) => a.status !== 'planned')
      .map((a) => `${a.status}: ${a.text}`);
    expect(followed).toContain('postponed: Gjennomføre Nordic Place Branding Conference i april 2020 i Oslo');
  });
});

describe('the documents of 2020', () => {
  const inOrder = (text: string, headings: string[]) => {
    let from = 0;
    for (const heading of headings) {
      const at = text.indexOf(heading, from);
      expect(at, `"${heading}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + heading.length;
    }
  };

  it('has the seed’s chapter headings in its contents', () => {
    expect(SEED_HEADINGS).toEqual([
      '1 Kort om Osloregionen',
      '2 Osloregionens organisering',
      '2.1 Politiske organer',
      '2.2 Administrativ organisering',
      '3 Osloregionens plan- og budsjettprosess',
      '4 Visjon, innsatsområder og aktivitet i 2020',
      '4.1 Visjon',
      '4.2 Innsatsområder i 2020',
      '4.3 Aktiviteter i 2020',
      '4.3.1 Administrasjon og kommunikasjon',
      '4.3.2 Areal og transport',
      '4.3.3 Klima og miljø',
      '4.3.4 Næringsutvikling og innovasjon',
      '4.3.5 Internasjonal profilering',
    ]);
  });

  it('as DOCX and PDF: the chapters in the seed’s order, every activity’s text, the comments', async () => {
    const ctx = anonymousCtx(database().db);
    const docx = await programmeFile(ctx, 2020, 'programme', 'docx');
    expect(docx.filename).toBe('handlingsprogram-2020.docx');
    const pdf = await programmeFile(ctx, 2020, 'programme', 'pdf');
    expect(pdf.contentType).toBe('application/pdf');
    for (const text of [await docxText(docx.body as Uint8Array), await pdfText(pdf.body as Uint8Array)]) {
      const body = flat(text);
      // The contents list the chapters, and then the chapters follow, both in the seed's order.
      inOrder(body, ['Innholdsfortegnelse', ...SEED_HEADINGS, ...SEED_HEADINGS]);
      for (const a of model.activities) expect(body, a.text).toContain(flat(a.text));
      expect(body).toContain('Kommentarer til tabellen');
      expect(body).toContain('Vedtatt av styret 3. desember 2019, sak 52/19');
      expect(body).toContain(
        'Per 1. januar 2020 har Osloregionen 71 medlemmer: 69 kommuner og 2 fylkeskommuner.',
      );
      expect(body).toContain('Per 1. januar 2020 består sekretariatet av 5 personer.');
    }
  }, 60_000);

  it('the annual report adds status, notes and key figures, and is not public before it is approved', async () => {
    const { ctx } = await makeUser(database().db, { role: 'member' });
    const report = await programmeFile(ctx, 2020, 'report', 'md');
    const text = report.body as string;
    expect(report.filename).toBe('arsrapport-2020.md');
    expect(text).toContain('# Årsrapport 2020');
    expect(text).toContain('## 5 Nøkkeltall for 2020');
    expect(text).toContain('Konferansen i april er utsatt på grunn av koronapandemien.');
    expect(text).toContain('Gjennomført gjennom: Faggruppe for areal, transport og klima, 22. oktober 2019');
    // Under the activity, the event held for it with the number who came (counted, not typed in).
    const best = (await listEvents(ctx)).items.find((e) => e.title === 'BEST-konferansen 2020')!;
    const came = (await listRegistrations(systemTestCtx(database().db), best.id)).confirmed.filter(
      (r) => r.attended,
    );
    expect(came.length).toBeGreaterThan(40);
    const row = text
      .split('\n')
      .find((line) => line.includes('Arr. BEST-konferansen 2020 med fokus på gods og logistikk'));
    expect(row).toContain(
      `Gjennomført gjennom: BEST-konferansen 2020, 5. mars 2020 (${came.length} deltakere)`,
    );
    // The accounts summary: the imported ledger per focus area, and its result to the øre.
    expect(text).toContain('## 6 Regnskap 2020');
    expect(text).toMatch(/Internasjonal profilering \| kr\s500\s000 \| kr\s177\s750,25 \|/);
    expect(text).toMatch(/Regnskapsmessig resultat:\*\* kr\s1\s045\s468,55/);
    await expect(programmeFile(anonymousCtx(database().db), 2020, 'report', 'html')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('copying 2020 to 2021', () => {
  it('gives a draft with the same structure, carried-over marks, and 2020 unchanged', async () => {
    const ctx = systemTestCtx(database().db);
    const before = await getProgramme(ctx, 2020);
    await copyProgramme({ ctx, input: { fromYear: 2020 } });
    const next = await getProgramme(ctx, 2021);
    expect(next.programme).toMatchObject({
      title: 'Handlingsprogram 2021',
      status: 'draft',
      copiedFromYear: 2020,
    });
    expect(next.focusAreas.map((a) => a.name)).toEqual(before.focusAreas.map((a) => a.name));
    expect(next.roles.map((r) => r.name)).toEqual(before.roles.map((r) => r.name));
    expect(next.activities).toHaveLength(before.activities.length);
    // No 2020 activity is done or cancelled in the demo: all are carried over.
    expect(next.activities.every((a) => a.carriedOver)).toBe(true);
    expect(cell(next, 'Klima og miljø', 'Dialog med og påvirke nasjonale myndigheter')).toEqual(
      cell(before, 'Klima og miljø', 'Dialog med og påvirke nasjonale myndigheter'),
    );
    expect(await getProgramme(ctx, 2020)).toEqual(before);
    // The secretariat sees where a 2020 activity went on; the public does not learn of the draft.
    const nordic = before.activities.find((a) => a.text.startsWith('Gjennomføre Nordic Place'))!;
    expect((await getActivity(ctx, nordic.id)).continuedIn.map((c) => c.year)).toEqual([2021]);
    expect((await getActivity(anonymousCtx(database().db), nordic.id)).continuedIn).toEqual([]);
  });
});
