import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { makeBoard } from '../../../tests/support/organisation';
import type { Ctx } from '../../kernel/ctx';
import { Conflict, Forbidden, NotFound, PreconditionFailed, Validation } from '../../kernel/errors';
import { registerCase } from '../cases/register-case';
import { planCycle } from '../cycle/plan-cycle';
import { getCycle } from '../cycle/queries';
import { addActivity } from './add-activity';
import { addFocusArea } from './add-focus-area';
import { addProgressNote } from './add-progress-note';
import { addRole } from './add-role';
import { adoptProgramme } from './adopt-programme';
import { copyProgramme } from './copy-programme';
import { createProgramme } from './create-programme';
import { linkActivity } from './link-activity';
import { moveActivity } from './move-activity';
import { activitiesInCell, getActivity, getProgramme, listProgrammes } from './queries';
import { removeActivity } from './remove-activity';
import { removeFocusArea } from './remove-focus-area';
import { removeRole } from './remove-role';
import { reopenProgramme } from './reopen-programme';
import { setActivityStatus } from './set-activity-status';
import { unlinkActivity } from './unlink-activity';
import { updateActivity } from './update-activity';
import { updateFocusArea } from './update-focus-area';
import { updateProgramme } from './update-programme';
import { updateRole } from './update-role';

const database = setupTestDatabase();
const db = () => database().db;

// A year of its own per test: a year has one programme, and the tests share the file's database.
let nextYear = 2040;

/** A draft with two roles, a matrix area and a task area, made by an editor. */
async function draft(ctx: Ctx, year = nextYear++) {
  const programme = await createProgramme({ ctx, input: { year, vision: 'En bærekraftig region.' } });
  const dialogue = await addRole({
    ctx,
    input: { programmeId: programme.id, name: 'ha dialog med og påvirke nasjonale myndigheter' },
  });
  const meetingPlaces = await addRole({
    ctx,
    input: { programmeId: programme.id, name: 'skape møteplasser og nettverk' },
  });
  const transport = await addFocusArea({
    ctx,
    input: { programmeId: programme.id, name: 'Areal og transport' },
  });
  const admin = await addFocusArea({
    ctx,
    input: { programmeId: programme.id, name: 'Administrasjon og kommunikasjon', kind: 'tasks', position: 0 },
  });
  return { programme, dialogue, meetingPlaces, transport, admin, year };
}

const texts = (model: Awaited<ReturnType<typeof getProgramme>>, areaId: string, roleId: string | null) =>
  activitiesInCell(model, areaId, roleId).map((a) => a.text);

describe('a programme', () => {
  it('is made by an editor, audited, one per year, and a member may not make one', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, year } = await draft(ctx);
    expect(programme).toMatchObject({ title: `Handlingsprogram ${year}`, status: 'draft', version: 1 });
    expect(await auditRowsFor(db(), 'programme.createProgramme', programme.id)).toHaveLength(1);
    await expect(createProgramme({ ctx, input: { year } })).rejects.toBeInstanceOf(Conflict);
    const member = await makeUser(db(), { role: 'member' });
    await expect(createProgramme({ ctx: member.ctx, input: { year: year + 500 } })).rejects.toBeInstanceOf(
      Forbidden,
    );
    const invalid = await createProgramme({ ctx, input: { year: 1850 } }).catch((e) => e);
    expect(invalid).toBeInstanceOf(Validation);
    expect(invalid.fieldErrors.year).toEqual(['Må være minst 2000.']);
  });

  it('keeps roles and focus areas in order, with the label a table shows', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, dialogue, meetingPlaces, year } = await draft(ctx);
    expect(dialogue.label).toBe('Ha dialog med og påvirke nasjonale myndigheter');
    const first = await addRole({
      ctx,
      input: { programmeId: programme.id, name: 'utvikle felles holdninger og strategier', position: 0 },
    });
    await updateRole({
      ctx,
      input: { id: meetingPlaces.id, version: 1, name: meetingPlaces.name, position: 1 },
    });
    const model = await getProgramme(ctx, year);
    expect(model.roles.map((r) => [r.position, r.label])).toEqual([
      [0, 'Utvikle felles holdninger og strategier'],
      [1, 'Skape møteplasser og nettverk'],
      [2, 'Ha dialog med og påvirke nasjonale myndigheter'],
    ]);
    expect(model.focusAreas.map((a) => [a.name, a.kind])).toEqual([
      ['Administrasjon og kommunikasjon', 'tasks'],
      ['Areal og transport', 'matrix'],
    ]);
    await removeRole({ ctx, input: { id: first.id, version: first.version } });
    expect((await getProgramme(ctx, year)).roles.map((r) => r.position)).toEqual([0, 1]);
    const stale = await updateRole({ ctx, input: { id: dialogue.id, version: 7, name: 'x' } }).catch(
      (e) => e,
    );
    expect(stale).toBeInstanceOf(Conflict);
    expect(stale.messageKey).toBe('error.staleVersion');
  });
});

describe('the texts of a programme', () => {
  it('are changed with the version read, and not once the programme is adopted', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, year } = await draft(ctx);
    const texts = {
      title: `Handlingsplan ${year}`,
      vision: 'Osloregionen skal være en konkurransedyktig og bærekraftig region i Europa.',
      aboutText: 'Osloregionen er en frivillig sammenslutning basert på interessefellesskap.',
    };
    const updated = await updateProgramme({
      ctx,
      input: { id: programme.id, version: programme.version, ...texts },
    });
    expect(updated).toMatchObject({ ...texts, version: programme.version + 1 });
    expect((await getProgramme(ctx, year)).programme.aboutText).toBe(texts.aboutText);
    expect(await auditRowsFor(db(), 'programme.updateProgramme', programme.id)).toHaveLength(1);
    const stale = await updateProgramme({
      ctx,
      input: { id: programme.id, version: programme.version, ...texts },
    }).catch((e) => e);
    expect(stale.messageKey).toBe('error.staleVersion');
    const empty = await updateProgramme({
      ctx,
      input: { id: programme.id, version: updated.version, ...texts, title: '  ' },
    }).catch((e) => e);
    expect(empty.fieldErrors.title).toEqual(['Feltet må fylles ut.']);

    const { body } = await makeBoard(db(), `Tekststyret ${year}`);
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Vedtak', registeredOn: `${year - 1}-11-01` },
    });
    const adopted = await adoptProgramme({
      ctx,
      input: { id: programme.id, version: updated.version, caseId: kase.id, adoptedOn: `${year - 1}-12-01` },
    });
    await expect(
      updateProgramme({ ctx, input: { id: programme.id, version: adopted.version, ...texts } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });
});

describe('the matrix', () => {
  it('puts activities in cells, moves them to another role and back in order', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, dialogue, meetingPlaces, transport, year } = await draft(ctx);
    const add = (text: string, roleId: string, position?: number) =>
      addActivity({
        ctx,
        input: { programmeId: programme.id, cell: { focusAreaId: transport.id, roleId }, text, position },
      });
    const ntp = await add('Gi innspill til arbeidet med Nasjonal transportplan', dialogue.id);
    await add('Gi innspill til EUs transportpolitikk (TEN-T)', dialogue.id);
    await add('Delta i relevante høringsprosesser.', dialogue.id, 0);
    const best = await add('Arr. BEST-konferansen 2020 med fokus på gods og logistikk', meetingPlaces.id);
    let model = await getProgramme(ctx, year);
    expect(texts(model, transport.id, dialogue.id)).toEqual([
      'Delta i relevante høringsprosesser.',
      'Gi innspill til arbeidet med Nasjonal transportplan',
      'Gi innspill til EUs transportpolitikk (TEN-T)',
    ]);

    await moveActivity({
      ctx,
      input: {
        placementId: ntp.placementId,
        focusAreaId: transport.id,
        roleId: meetingPlaces.id,
        position: 0,
      },
    });
    model = await getProgramme(ctx, year);
    expect(texts(model, transport.id, meetingPlaces.id)).toEqual([
      'Gi innspill til arbeidet med Nasjonal transportplan',
      'Arr. BEST-konferansen 2020 med fokus på gods og logistikk',
    ]);
    // The cell it left closes up: positions 0, 1.
    const left = model.activities
      .flatMap((a) => a.cells)
      .filter((c) => c.roleId === dialogue.id)
      .map((c) => c.position)
      .sort();
    expect(left).toEqual([0, 1]);

    // Within a cell: BEST first.
    const bestPlacement = model.activities.find((a) => a.id === best.id)!.cells[0]!.placementId;
    await moveActivity({
      ctx,
      input: { placementId: bestPlacement, focusAreaId: transport.id, roleId: meetingPlaces.id, position: 0 },
    });
    expect(texts(await getProgramme(ctx, year), transport.id, meetingPlaces.id)[0]).toContain('BEST');
    expect(await auditRowsFor(db(), 'programme.moveActivity', best.id)).toHaveLength(1);
  });

  it('lets an activity serve several roles, and refuses cells of another programme or without a role', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, dialogue, meetingPlaces, transport, admin, year } = await draft(ctx);
    const other = await draft(ctx);
    const activity = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Samarbeide med Østlandssamarbeidet, NHO, LO, Zero, og andre relevante etater og organisasjoner',
        partners: ['Østlandssamarbeidet', 'NHO', 'LO', 'Zero', 'NHO'],
      },
    });
    expect(activity.partners).toEqual(['Østlandssamarbeidet', 'NHO', 'LO', 'Zero']);
    await updateActivity({
      ctx,
      input: {
        id: activity.id,
        version: activity.version,
        text: activity.text,
        partners: activity.partners,
        cells: [
          { focusAreaId: transport.id, roleId: dialogue.id },
          { focusAreaId: transport.id, roleId: meetingPlaces.id },
        ],
      },
    });
    const model = await getProgramme(ctx, year);
    expect(texts(model, transport.id, meetingPlaces.id)).toEqual([activity.text]);
    expect(texts(model, transport.id, dialogue.id)).toEqual([activity.text]);
    expect(model.focusAreas.find((a) => a.id === transport.id)!.progress.planned).toBe(1);

    const placement = model.activities[0]!.cells.find((c) => c.roleId === dialogue.id)!.placementId;
    await expect(
      moveActivity({
        ctx,
        input: { placementId: placement, focusAreaId: transport.id, roleId: meetingPlaces.id },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    // A placement named with another activity than its own is not found.
    await expect(
      moveActivity({
        ctx,
        input: {
          placementId: placement,
          activityId: other.programme.id,
          focusAreaId: transport.id,
          roleId: dialogue.id,
        },
      }),
    ).rejects.toBeInstanceOf(NotFound);
    const foreign = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: other.dialogue.id },
        text: 'x',
      },
    }).catch((e) => e);
    expect(foreign.fieldErrors).toEqual({ roleId: ['Rollen hører ikke til dette handlingsprogrammet.'] });
    const noRole = await addActivity({
      ctx,
      input: { programmeId: programme.id, cell: { focusAreaId: transport.id }, text: 'x' },
    }).catch((e) => e);
    expect(noRole.fieldErrors).toEqual({ roleId: ['Velg en rolle og arbeidsform.'] });
    // A task list takes no role: the one given is ignored.
    const task = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: admin.id, roleId: dialogue.id },
        text: 'Kommunikasjon.',
      },
    });
    expect(texts(await getProgramme(ctx, year), admin.id, null)).toEqual(['Kommunikasjon.']);
    const period = await updateActivity({
      ctx,
      input: {
        id: task.id,
        version: task.version,
        text: task.text,
        plannedFrom: '2040-05-01',
        plannedTo: '2040-04-01',
      },
    }).catch((e) => e);
    expect(period.fieldErrors.plannedTo).toBeDefined();
  });

  it('refuses to remove a role or area with activities, or to make a used matrix a task list', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, dialogue, transport } = await draft(ctx);
    const activity = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Høring',
      },
    });
    const inUse = await removeRole({ ctx, input: { id: dialogue.id, version: dialogue.version } }).catch(
      (e) => e,
    );
    expect(inUse).toBeInstanceOf(Conflict);
    expect(inUse.params).toEqual({ count: 1 });
    await expect(
      removeFocusArea({ ctx, input: { id: transport.id, version: transport.version } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      updateFocusArea({ ctx, input: { id: transport.id, version: 1, name: transport.name, kind: 'tasks' } }),
    ).rejects.toBeInstanceOf(Conflict);
    const stale = await removeActivity({
      ctx,
      input: { id: activity.id, version: activity.version + 1 },
    }).catch((e) => e);
    expect(stale.messageKey).toBe('error.staleVersion');
    await removeActivity({ ctx, input: { id: activity.id, version: activity.version } });
    await removeRole({ ctx, input: { id: dialogue.id, version: dialogue.version } });
    await removeFocusArea({ ctx, input: { id: transport.id, version: transport.version } });
    expect(await auditRowsFor(db(), 'programme.removeActivity', activity.id)).toHaveLength(1);
  });
});

describe('adoption and follow-up', () => {
  it('adopts with the board case, marks the cycle done, locks the structure but not the follow-up', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor', name: 'Sekretær Sekretariatet' });
    const { programme, dialogue, transport, year } = await draft(ctx);
    await planCycle({ ctx, input: { year } });
    const { body } = await makeBoard(db(), `Styret ${year}`);
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: `Handlingsprogram ${year}`, registeredOn: `${year - 1}-11-20` },
    });
    const activity = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Klimakur',
      },
    });
    const undecided = await adoptProgramme({
      ctx,
      input: { id: programme.id, version: programme.version, caseId: kase.id },
    }).catch((e) => e);
    expect(undecided.fieldErrors.adoptedOn).toEqual([
      'Saken har ingen vedtaksdato. Oppgi datoen programmet ble vedtatt.',
    ]);
    const outOfRange = await adoptProgramme({
      ctx,
      input: {
        id: programme.id,
        version: programme.version,
        caseId: kase.id,
        adoptedOn: `${year + 2}-01-10`,
      },
    }).catch((e) => e);
    expect(outOfRange.fieldErrors.adoptedOn).toEqual([
      `Programmet vedtas i ${year - 1} eller ${year}. Sjekk vedtaksdatoen.`,
    ]);
    const adopted = await adoptProgramme({
      ctx,
      input: {
        id: programme.id,
        version: programme.version,
        caseId: kase.id,
        adoptedOn: `${year - 1}-12-03`,
      },
    });
    expect(adopted).toMatchObject({
      status: 'adopted',
      adoptedOn: `${year - 1}-12-03`,
      adoptedCaseId: kase.id,
    });
    const milestone = (await getCycle(ctx, year)).milestones.find((m) => m.kind === 'programme_budget')!;
    expect(milestone).toMatchObject({
      state: 'done',
      doneOn: `${year - 1}-12-03`,
      case: { number: kase.number },
    });

    const locked = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Ny',
      },
    }).catch((e) => e);
    expect(locked).toBeInstanceOf(PreconditionFailed);
    expect(locked.params).toEqual({ year });

    const ongoing = await setActivityStatus({
      ctx,
      input: {
        id: activity.id,
        version: activity.version,
        status: 'ongoing',
        note: 'Høringsuttalelse under arbeid.',
      },
    });
    await addProgressNote({
      ctx,
      input: { activityId: activity.id, notedOn: `${year}-03-01`, text: 'Vedtatt i styret.' },
    });
    await setActivityStatus({ ctx, input: { id: activity.id, version: ongoing.version, status: 'done' } });
    const detail = await getActivity(ctx, activity.id);
    expect(detail.activity.status).toBe('done');
    // Oldest first: the note written today, then the one dated 1 March of the plan year.
    expect(detail.notes.map((n) => [n.text, n.author])).toEqual([
      ['Høringsuttalelse under arbeid.', 'Sekretær Sekretariatet'],
      ['Vedtatt i styret.', 'Sekretær Sekretariatet'],
    ]);

    // The public reads the adopted programme and its statuses, but not the secretariat's notes.
    const publicView = await getActivity(anonymousCtx(db()), activity.id);
    expect(publicView.activity.status).toBe('done');
    expect(publicView.notes).toEqual([]);
    const listed = (await listProgrammes(anonymousCtx(db()))).find((p) => p.year === year);
    expect(listed?.activities).toBe((await getProgramme(ctx, year)).activities.length);
    expect(listed?.activities).toBeGreaterThan(0);

    await expect(
      reopenProgramme({ ctx, input: { id: programme.id, version: adopted.version, reason: '' } }),
    ).rejects.toBeInstanceOf(Validation);
    await reopenProgramme({
      ctx,
      input: { id: programme.id, version: adopted.version, reason: 'Rette skrivefeil' },
    });
    // The decision is withdrawn: the cycle's milestone is open again, for the next adoption to mark.
    expect((await getCycle(ctx, year)).milestones.find((m) => m.kind === 'programme_budget')).toMatchObject({
      doneOn: null,
      case: null,
    });
    await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Ny',
      },
    });
    await expect(getProgramme(anonymousCtx(db()), year)).rejects.toBeInstanceOf(NotFound);
  });

  it('links an activity to a case, shows an exempt one withheld, and unlinks it', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { programme, dialogue, transport, year } = await draft(ctx);
    const { body } = await makeBoard(db(), `Lenkestyret ${year}`);
    const exempt = await registerCase({
      ctx,
      input: {
        bodyId: body.id,
        title: 'Leie av kontorlokaler',
        access: 'exempt',
        legalBasis: 'Offl. § 23 første ledd',
        titleExempt: true,
        registeredOn: `${year}-02-01`,
      },
    });
    const activity = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Lokaler',
      },
    });
    const link = await linkActivity({ ctx, input: { activityId: activity.id, caseId: exempt.id } });
    await expect(
      linkActivity({ ctx, input: { activityId: activity.id, caseId: exempt.id } }),
    ).rejects.toBeInstanceOf(Conflict);
    const none = await linkActivity({ ctx, input: { activityId: activity.id } }).catch((e) => e);
    expect(none.fieldErrors.target).toEqual([
      'Velg én ting å koble til: et møte, en sak, et dokument, en høring, et arrangement, et nettverk eller et prosjekt.',
    ]);
    expect((await getActivity(ctx, activity.id)).links[0]!.label).toBe(
      `Sak ${exempt.number} Leie av kontorlokaler`,
    );

    await adoptProgramme({
      ctx,
      input: { id: programme.id, version: programme.version, caseId: exempt.id, adoptedOn: `${year}-02-02` },
    });
    const anonymous = (await getActivity(anonymousCtx(db()), activity.id)).links[0]!;
    expect(anonymous.label).toBe(`Sak ${exempt.number} Unntatt offentlighet`);
    expect(JSON.stringify(anonymous)).not.toContain('kontorlokaler');
    await unlinkActivity({ ctx, input: { id: link.id } });
    expect((await getActivity(ctx, activity.id)).links).toEqual([]);
  });
});

describe('next year', () => {
  it('starts as a copy: same structure, unfinished activities carried over, this year untouched', async () => {
    const ctx = systemTestCtx(db());
    // A leap year, so that a period from 29 February shows how a copy moves it.
    const { programme, dialogue, meetingPlaces, transport, admin, year } = await draft(ctx, 2096);
    const done = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: meetingPlaces.id },
        text: 'Arr. BEST-konferansen',
        plannedFrom: `${year}-02-29`,
        plannedTo: `${year}-05-31`,
        status: 'done',
      },
    });
    await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'NTP',
        status: 'ongoing',
      },
    });
    await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: admin.id },
        text: 'Kommunikasjon.',
        status: 'postponed',
      },
    });
    await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: transport.id, roleId: dialogue.id },
        text: 'Avlyst',
        status: 'cancelled',
      },
    });
    const before = await getProgramme(ctx, year);

    const copy = await copyProgramme({ ctx, input: { fromYear: year } });
    expect(copy).toMatchObject({ year: year + 1, status: 'draft', title: `Handlingsprogram ${year + 1}` });
    const next = await getProgramme(ctx, year + 1);
    expect(next.programme.copiedFromYear).toBe(year);
    expect(next.roles.map((r) => r.label)).toEqual(before.roles.map((r) => r.label));
    expect(next.focusAreas.map((a) => [a.name, a.kind])).toEqual(
      before.focusAreas.map((a) => [a.name, a.kind]),
    );
    const byText = new Map(next.activities.map((a) => [a.text, a]));
    expect([...byText.keys()].sort()).toEqual(['Arr. BEST-konferansen', 'Avlyst', 'Kommunikasjon.', 'NTP']);
    expect(byText.get('NTP')).toMatchObject({ carriedOver: true, status: 'ongoing' });
    expect(byText.get('Kommunikasjon.')).toMatchObject({ carriedOver: true, status: 'planned' });
    expect(byText.get('Arr. BEST-konferansen')).toMatchObject({
      carriedOver: false,
      status: 'planned',
      plannedFrom: `${year + 1}-02-28`,
      copiedFromId: done.id,
    });
    expect(texts(next, next.focusAreas[1]!.id, next.roles[1]!.id)).toEqual(['Arr. BEST-konferansen']);
    expect((await getActivity(ctx, byText.get('NTP')!.id)).copiedFrom?.year).toBe(year);
    expect((await getActivity(ctx, done.id)).continuedIn.map((c) => c.year)).toEqual([year + 1]);

    expect(await getProgramme(ctx, year)).toEqual(before);
    await expect(copyProgramme({ ctx, input: { fromYear: year } })).rejects.toBeInstanceOf(Conflict);
  });
});
