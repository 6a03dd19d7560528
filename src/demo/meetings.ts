import type { z } from 'zod';
import { listAppointments, listBodies } from '../domain/bodies/queries';
import { addCaseDocument } from '../domain/cases/add-case-document';
import { type RegisterCaseInput, registerCase } from '../domain/cases/register-case';
import type { Ctx } from '../kernel/ctx';
import {
  ACCOUNTS_2019,
  AGREEMENT_2020,
  BUDGET_2020,
  FEE_2020,
  NEW_ACT_2019,
  OFFICE_LEASE,
  type Paper,
  PROGRAMME_2020,
  REVIEW_2018,
  SECRET_PHRASE,
} from './meetings-papers';
import { demoPdf, paperPdf } from './meetings-pdf';
import { addFollowUps, at, holdMeeting, planMeeting } from './meetings-steps';

/** The exempt case on the board's agenda of 3.12.2019, for tests that check none of it leaks. */
export const DEMO_EXEMPT = {
  caseNumber: '54/19',
  title: OFFICE_LEASE.title,
  documentTitle: 'Forhandlingsmandat og leietilbud',
  secretPhrase: SECRET_PHRASE,
} as const;

const LEASE_BASIS = 'Offl. § 23 første ledd';

type Demo = Awaited<ReturnType<typeof demoContext>>;

/**
 * Meetings and cases of 2018–2020 on the bodies loadBodies made, each from notice to approved
 * minutes: the board's cases 55/18 and 39/19 that Handlingsprogram 2020 names, the council's fee
 * for 2020, two expert group meetings, the programme and budget for 2020 with an exempt case, a
 * board meeting planned for March 2020, and the follow-ups the decisions gave.
 */
export async function loadMeetings(ctx: Ctx) {
  const demo = await demoContext(ctx);
  const review = await board2018(demo);
  const fee = await council2019(demo);
  const newAct = await board2019September(demo);
  const expertGroups = await expertGroups2019(demo);
  const programme = await board2019December(demo);
  await boardPlanned2020(demo);
  return { review, fee, newAct, expertGroups, programme };
}

/** The meetings and cases the rest of the demo (the programme, the cycle) refers to. */
export type DemoMeetings = Awaited<ReturnType<typeof loadMeetings>>;

/** The bodies and the secretariat's staff (case officers, follow-up owners), found by name and title. */
async function demoContext(ctx: Ctx) {
  const { items } = await listBodies(ctx, { includeInactive: true });
  const bodyId = (name: string) => items.find((b) => b.name === name)!.id;
  const board = bodyId('Styret');
  const staffList = await listAppointments(ctx, { bodyId: bodyId('Sekretariatet'), asOf: '2019-01-01' });
  const staff = (title: string) => staffList.find((a) => a.personTitle === title)!.personId;
  const director = staff('daglig leder');
  const register = (
    registeredOn: string,
    paper: Paper,
    extra: Partial<z.input<typeof RegisterCaseInput>> = {},
  ) =>
    registerCase({
      ctx: at(ctx, `${registeredOn}T09:00`),
      input: { bodyId: board, registeredOn, officerId: director, ...paper, ...extra },
    });
  return { ctx, board, bodyId, staff, director, register };
}

async function board2018({ ctx, board, director, register }: Demo) {
  const review = await register('2018-11-13', REVIEW_2018, { number: '55/18' });
  const meetingId = await holdMeeting(ctx, {
    bodyId: board,
    startsAt: '2018-12-04T10:00',
    endsAt: '2018-12-04T13:00',
    location: 'Oslo rådhus',
    planned: '2018-11-13T10:00',
    notice: '2018-11-20T09:00',
    minutes: '2018-12-11T12:00',
    absent: ['Vestfold', 'Kongsvingerregionen'],
    items: [{ kase: review }],
  });
  await addFollowUps(ctx, review, '2018-12-11T12:00', [
    {
      title:
        'Utrede videreutvikling av samarbeidet med sekretariatene i Østlandssamarbeidet og Osloregionens Europakontor',
      ownerId: director,
      dueOn: '2020-04-30',
      status: 'in_progress',
    },
  ]);
  return { caseId: review.id, meetingId };
}

/** The council's annual meeting sets next year's fee (Handlingsprogram 2020 § 3); one seat per member. */
async function council2019({ ctx, bodyId, director, register }: Demo) {
  const fee = await register('2019-04-08', FEE_2020, { bodyId: bodyId('Samarbeidsrådet') });
  const meetingId = await holdMeeting(ctx, {
    bodyId: fee.bodyId,
    startsAt: '2019-05-09T10:00',
    endsAt: '2019-05-09T15:00',
    location: 'Oslo kongressenter',
    planned: '2019-04-08T10:00',
    notice: '2019-04-23T09:00',
    minutes: '2019-05-20T12:00',
    absent: ['Hurdal', 'Aremark', 'Nore og Uvdal', 'Krødsherad', 'Hjartdal', 'Grue'],
    items: [{ title: 'Årsrapport og regnskap 2018' }, { kase: fee }],
  });
  await addFollowUps(ctx, fee, '2019-05-20T12:00', [
    {
      title: 'Sende melding om kontingent for 2020 til medlemmene',
      ownerId: director,
      dueOn: '2019-06-30',
      done: '2019-06-14T10:00',
    },
  ]);
  return { caseId: fee.id, meetingId };
}

/** 39/19 with a named vote, and its case paper as a public PDF. */
async function board2019September({ ctx, board, director, register }: Demo) {
  const newAct = await register('2019-08-27', NEW_ACT_2019, { number: '39/19' });
  await addCaseDocument({
    ctx: at(ctx, '2019-08-27T11:00'),
    input: {
      caseId: newAct.id,
      title: 'Saksframlegg 39/19',
      filename: 'sak-39-19-saksframlegg.pdf',
      content: paperPdf('39/19', 'Styret i Osloregionen, møte 17. september 2019', NEW_ACT_2019),
      access: 'public',
    },
  });
  const meetingId = await holdMeeting(ctx, {
    bodyId: board,
    startsAt: '2019-09-17T10:00',
    endsAt: '2019-09-17T13:00',
    location: 'Akershus fylkeshus',
    planned: '2019-08-27T10:00',
    notice: '2019-09-03T09:00',
    minutes: '2019-09-24T12:00',
    absent: ['Midt-Buskerud', 'Hedmark fylkeskommune'],
    items: [{ kase: newAct, against: ['Hadeland', 'Gjøvikregionen', 'Kongsbergregionen'] }],
    minutesNotes:
      'Sak 39/19 ble vedtatt mot 3 stemmer. Mindretallet ønsket å avvente utredningen av samarbeidet på Østlandet, jf. sak 55/18.',
  });
  await addFollowUps(ctx, newAct, '2019-09-24T12:00', [
    {
      title: 'Utarbeide forslag til samarbeidsavtale for Osloregionen interkommunalt politisk råd',
      ownerId: director,
      dueOn: '2020-03-10',
      status: 'in_progress',
    },
    {
      title: 'Orientere koordineringsgruppen og faggruppene om omdanningen',
      ownerId: director,
      dueOn: '2019-11-30',
      done: '2019-11-05T12:00',
    },
    {
      title: 'Legge samarbeidsavtalen fram for medlemmenes kommunestyrer og fylkesting',
      ownerId: director,
      dueOn: '2020-09-30',
    },
  ]);
  return { caseId: newAct.id, meetingId };
}

/** The expert groups meet to share knowledge: information items only (Handlingsprogram 2020 § 4.3). */
async function expertGroups2019({ ctx, bodyId }: Demo) {
  const landUseMeetingId = await holdMeeting(ctx, {
    bodyId: bodyId('Faggruppe for areal, transport og klima'),
    startsAt: '2019-10-22T09:30',
    endsAt: '2019-10-22T12:00',
    location: 'Drammen rådhus',
    planned: '2019-10-01T10:00',
    notice: '2019-10-08T09:00',
    minutes: '2019-10-29T12:00',
    items: [
      { title: 'Gods- og logistikkprosjektet: status og videre arbeid' },
      { title: 'Innspill til Nasjonal transportplan 2022–2033' },
    ],
  });
  const businessMeetingId = await holdMeeting(ctx, {
    bodyId: bodyId('Næringssamarbeidet i Osloregionen'),
    startsAt: '2019-11-07T09:30',
    endsAt: '2019-11-07T12:00',
    location: 'Kunnskapsbyen Lillestrøm',
    planned: '2019-10-17T10:00',
    notice: '2019-10-24T09:00',
    minutes: '2019-11-14T12:00',
    items: [
      { title: 'Innovasjonscamp for videregående skoler med Ungt Entreprenørskap: erfaringer fra 2019' },
      { title: 'NFDs gjennomgang av det næringsrettede virkemiddelapparatet' },
    ],
  });
  return { landUseMeetingId, businessMeetingId };
}

/** The programme and budget for 2020, after the draft of 26.11.2019, and the exempt case. */
async function board2019December({ ctx, board, staff, register }: Demo) {
  const lease = await register('2019-11-19', OFFICE_LEASE, {
    number: DEMO_EXEMPT.caseNumber,
    access: 'exempt',
    legalBasis: LEASE_BASIS,
    titleExempt: true,
  });
  await addCaseDocument({
    ctx: at(ctx, '2019-11-19T11:00'),
    input: {
      caseId: lease.id,
      title: DEMO_EXEMPT.documentTitle,
      filename: 'forhandlingsmandat-kontorlokaler.pdf',
      content: demoPdf('Fortrolig: forhandlingsmandat, kontorlokaler for sekretariatet', [
        'Unntatt offentlighet, jf. offentleglova § 23 første ledd.',
        OFFICE_LEASE.background,
        // A line of its own, so the phrase is whole in the file.
        `Forhandlingsramme: ${SECRET_PHRASE} per år.`,
        'Leietid: inntil fem år.',
      ]),
      access: 'exempt',
      legalBasis: LEASE_BASIS,
    },
  });
  const programme = await register('2019-11-26', PROGRAMME_2020, { number: '52/19' });
  const budget = await register('2019-11-26', BUDGET_2020, { number: '53/19' });
  const meetingId = await holdMeeting(ctx, {
    bodyId: board,
    startsAt: '2019-12-03T10:00',
    endsAt: '2019-12-03T13:00',
    location: 'Oslo rådhus',
    planned: '2019-11-26T09:15',
    notice: '2019-11-26T09:30',
    minutes: '2019-12-10T12:00',
    absent: ['Østfold fylkeskommune', 'Ringeriksregionen'],
    items: [{ kase: programme }, { kase: budget }, { kase: lease }],
  });
  const communications = staff('kommunikasjonsrådgiver');
  await addFollowUps(ctx, programme, '2019-12-10T12:00', [
    {
      title: 'Publisere Handlingsprogram 2020 og sende det til medlemmene',
      ownerId: communications,
      dueOn: '2019-12-20',
      done: '2019-12-12T10:00',
    },
    {
      title: 'Utarbeide ny kommunikasjonsstrategi for Osloregionen',
      ownerId: communications,
      dueOn: '2020-11-30',
    },
    {
      title: 'Utarbeide en handlingsrettet fireårig strategi for internasjonal profilering',
      ownerId: staff('prosjektleder, internasjonal profilering'),
      dueOn: '2020-05-15',
    },
  ]);
  return { caseId: programme.id, budgetCaseId: budget.id, meetingId };
}

/** Planned, without notice: the public sees that the board meets, not yet what it will deal with. */
async function boardPlanned2020({ ctx, board, register }: Demo) {
  const accounts = await register('2020-02-18', ACCOUNTS_2019);
  const agreement = await register('2020-02-18', AGREEMENT_2020);
  await planMeeting(ctx, {
    bodyId: board,
    startsAt: '2020-03-10T10:00',
    endsAt: '2020-03-10T13:00',
    location: 'Oslo rådhus',
    planned: '2020-02-18T10:00',
    items: [{ kase: accounts }, { kase: agreement }],
  });
}
