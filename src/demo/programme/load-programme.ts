import { planCycle } from '../../domain/cycle/plan-cycle';
import { getCycle } from '../../domain/cycle/queries';
import { updateMilestone } from '../../domain/cycle/update-milestone';
import { addActivity } from '../../domain/programme/add-activity';
import { addFocusArea } from '../../domain/programme/add-focus-area';
import { addProgressNote } from '../../domain/programme/add-progress-note';
import { addRole } from '../../domain/programme/add-role';
import { adoptProgramme } from '../../domain/programme/adopt-programme';
import { createProgramme } from '../../domain/programme/create-programme';
import { linkActivity } from '../../domain/programme/link-activity';
import { setActivityStatus } from '../../domain/programme/set-activity-status';
import type { Ctx } from '../../kernel/ctx';
import type { DemoMeetings } from '../meetings';
import { at } from '../meetings-steps';
import { HANDLINGSPROGRAM_2020 } from './handlingsprogram-2020';
import type { SeedProgramme } from './seed-types';

/** A programme written down as in its document, made through the verbs; its activities by text. */
export async function buildProgramme(ctx: Ctx, seed: SeedProgramme) {
  const programme = await createProgramme({
    ctx,
    input: {
      year: seed.year,
      title: seed.title,
      vision: seed.vision,
      visionText: seed.visionText,
      focusAreasIntro: seed.focusAreasIntro,
      activitiesIntro: seed.activitiesIntro,
      aboutText: seed.texts.about,
      organisationalChangesText: seed.texts.organisationalChanges,
      administrationText: seed.texts.administration,
      processText: seed.texts.process,
    },
  });
  const roles = new Map<string, string>();
  for (const role of seed.roles) {
    const row = await addRole({ ctx, input: { programmeId: programme.id, ...role } });
    roles.set(role.label, row.id);
  }
  const activities = new Map<string, { id: string; version: number }[]>();
  const keep = (text: string, row: { id: string; version: number }) =>
    activities.set(text, [...(activities.get(text) ?? []), row]);
  for (const area of seed.focusAreas) {
    const focusArea = await addFocusArea({
      ctx,
      input: {
        programmeId: programme.id,
        name: area.name,
        kind: area.tasks ? 'tasks' : 'matrix',
        intro: area.intro ?? '',
        comments: area.comments ?? '',
      },
    });
    for (const task of area.tasks ?? []) {
      const row = await addActivity({
        ctx,
        input: {
          programmeId: programme.id,
          cell: { focusAreaId: focusArea.id },
          text: task.title,
          details: task.text,
          responsible: 'Sekretariatet',
          status: 'ongoing',
        },
      });
      keep(task.title, row);
    }
    for (const cell of area.cells ?? []) {
      const roleId = roles.get(cell.role);
      if (!roleId) throw new Error(`Demo programme: no role "${cell.role}"`);
      for (const activity of cell.activities) {
        const row = await addActivity({
          ctx,
          input: {
            programmeId: programme.id,
            cell: { focusAreaId: focusArea.id, roleId },
            text: activity.text,
            partners: activity.partners ?? [],
            responsible: 'Sekretariatet',
          },
        });
        keep(activity.text, row);
      }
    }
  }
  return { programme, activities };
}

/**
 * Handlingsprogram 2020 as it went: its cycle planned in the spring of 2019, the council's fee in
 * May, the programme drafted in the autumn and adopted by the board on 3 December 2019 (sak 52/19),
 * and the first follow-up notes of 2020.
 */
export async function loadProgramme(ctx: Ctx, meetings: DemoMeetings): Promise<void> {
  await planCycle({ ctx: at(ctx, '2019-03-01T09:00'), input: { year: 2020 } });
  const fee = (await getCycle(ctx, 2020)).milestones.find((m) => m.kind === 'fee')!;
  await updateMilestone({
    ctx: at(ctx, '2019-05-20T12:00'),
    input: {
      id: fee.id,
      version: fee.version,
      windowFrom: fee.windowFrom,
      windowTo: fee.windowTo,
      doneOn: '2019-05-09',
      meetingId: meetings.fee.meetingId,
      caseId: meetings.fee.caseId,
    },
  });

  const { programme, activities } = await buildProgramme(at(ctx, '2019-10-15T09:00'), HANDLINGSPROGRAM_2020);
  await adoptProgramme({
    ctx: at(ctx, '2019-12-10T12:00'),
    input: { id: programme.id, version: programme.version, caseId: meetings.programme.caseId },
  });

  // The year's follow-up is the secretariat's: its notes are signed so.
  const secretariat: Ctx = { ...ctx, actor: { kind: 'system', label: 'Sekretariatet' } };
  const only = (text: string) => {
    const rows = activities.get(text);
    if (rows?.length !== 1) throw new Error(`Demo programme: "${text}" is not one activity`);
    return rows[0]!;
  };
  const follow = async (
    when: string,
    text: string,
    status: 'ongoing' | 'done' | 'postponed' | 'cancelled',
    note: string,
  ) => {
    const row = only(text);
    const after = await setActivityStatus({ ctx: at(secretariat, when), input: { ...row, status, note } });
    activities.set(text, [{ id: after.id, version: after.version }]);
  };
  await follow(
    '2020-01-28T14:00',
    'Gi innspill til arbeidet med Nasjonal transportplan',
    'ongoing',
    'Faggruppen for areal, transport og klima drøftet innspillet 22. oktober 2019. Innspillet skrives med utgangspunkt i areal- og transportstrategien og gods- og logistikkprosjektet.',
  );
  await linkActivity({
    ctx: at(ctx, '2020-01-28T14:05'),
    input: {
      activityId: only('Gi innspill til arbeidet med Nasjonal transportplan').id,
      meetingId: meetings.expertGroups.landUseMeetingId,
    },
  });
  await follow(
    '2020-03-16T10:00',
    'Gjennomføre Nordic Place Branding Conference i april 2020 i Oslo',
    'postponed',
    'Konferansen i april er utsatt på grunn av koronapandemien. Ny dato avklares med partnerne.',
  );
  await follow(
    '2020-02-10T09:00',
    'Gjennomføre innovasjonscamp for videregående skoler i Osloregionen i samarbeid med Ungt Entreprenørskap',
    'ongoing',
    'Avtale med Ungt Entreprenørskap om innovasjonscamp høsten 2020 er under arbeid. Temaet blir bærekraftige byer og samfunn.',
  );
  await addProgressNote({
    ctx: at(secretariat, '2020-02-20T11:00'),
    input: {
      activityId: only('Organisasjonsutvikling.').id,
      text: 'Forslag til samarbeidsavtale for Osloregionen interkommunalt politisk råd legges fram for styret 10. mars 2020, jf. sak 39/19.',
    },
  });
  await linkActivity({
    ctx: at(ctx, '2020-02-20T11:05'),
    input: { activityId: only('Organisasjonsutvikling.').id, caseId: meetings.newAct.caseId },
  });
}
