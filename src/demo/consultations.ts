import { listAppointments, listBodies } from '../domain/bodies/queries';
import { addCaseDocument } from '../domain/cases/add-case-document';
import { registerCase } from '../domain/cases/register-case';
import { registerConsultation } from '../domain/consultations/register-consultation';
import { setConsultationResponse } from '../domain/consultations/set-consultation-response';
import { setConsultationStatus } from '../domain/consultations/set-consultation-status';
import { getProgramme } from '../domain/programme/queries';
import type { Ctx } from '../kernel/ctx';
import { demoPdf } from './meetings-pdf';
import { at } from './meetings-steps';

/**
 * The consultations Handlingsprogram 2020 names under "Dialog med og påvirke nasjonale
 * myndigheter": input to Nasjonal transportplan and to EU transport policy (TEN-T), Klimakur 2030,
 * and NFD's review of the business support system. The titles and authorities are real, and so is
 * Klimakur's deadline (15 May 2020); the other dates, the case numbers and the responses are demo
 * values. The responses are adopted in cases of Interessepolitisk utvalg (none of the demo's board
 * cases is about a consultation).
 */
export async function loadConsultations(ctx: Ctx) {
  const { items: bodies } = await listBodies(ctx, { includeInactive: true });
  const committee = bodies.find((b) => b.name === 'Interessepolitisk utvalg')!.id;
  const secretariat = bodies.find((b) => b.name === 'Sekretariatet')!.id;
  const staffList = await listAppointments(ctx, { bodyId: secretariat, asOf: '2020-01-01' });
  const staff = (title: string) => staffList.find((a) => a.personTitle === title)!.personId;
  const transport = staff('seniorrådgiver, areal og transport');
  const business = staff('rådgiver, næringsutvikling');
  const areas = (await getProgramme(ctx, 2020)).focusAreas;
  const area = (name: string) => areas.find((a) => a.name === name)!.id;

  /** A response adopted in a committee case, with the response as a public PDF, and submitted. */
  async function answer(
    consultation: Awaited<ReturnType<typeof registerConsultation>>,
    plan: { registeredOn: string; adoptedOn: string; submittedOn: string; title: string; text: string[] },
  ) {
    const kase = await registerCase({
      ctx: at(ctx, `${plan.registeredOn}T09:00`),
      input: {
        bodyId: committee,
        registeredOn: plan.registeredOn,
        officerId: consultation.responsibleId,
        title: plan.title,
        background: `${consultation.authority} har sendt «${consultation.title}» på høring med frist ${consultation.deadline}.`,
        proposedDecision: 'Interessepolitisk utvalg vedtar høringsuttalelsen slik den foreligger.',
      },
    });
    const document = await addCaseDocument({
      ctx: at(ctx, `${plan.registeredOn}T11:00`),
      input: {
        caseId: kase.id,
        title: `Høringsuttalelse fra Osloregionen – ${consultation.title.replace(/^Høring – /, '')}`,
        filename: `horingsuttalelse-${kase.number.replace('/', '-')}.pdf`,
        content: demoPdf(plan.title, plan.text),
        access: 'public',
      },
    });
    const adopted = await setConsultationStatus({
      ctx: at(ctx, `${plan.adoptedOn}T14:00`),
      input: { id: consultation.id, version: consultation.version, status: 'adopted', caseId: kase.id },
    });
    const named = await setConsultationResponse({
      ctx: at(ctx, `${plan.adoptedOn}T14:05`),
      input: { id: consultation.id, version: adopted.version, documentId: document.id },
    });
    await setConsultationStatus({
      ctx: at(ctx, `${plan.submittedOn}T10:00`),
      input: {
        id: consultation.id,
        version: named.version,
        status: 'submitted',
        submittedOn: plan.submittedOn,
      },
    });
  }

  // Nasjonal transportplan 2022–2033: answered on time (demo dates).
  const ntp = await registerConsultation({
    ctx: at(ctx, '2020-01-17T09:00'),
    input: {
      title: 'Høring – Nasjonal transportplan 2022–2033',
      authority: 'Samferdselsdepartementet',
      receivedOn: '2020-01-17',
      deadline: '2020-03-13',
      focusAreaId: area('Areal og transport'),
      responsibleId: transport,
    },
  });
  await answer(ntp, {
    registeredOn: '2020-02-18',
    adoptedOn: '2020-03-05',
    submittedOn: '2020-03-12',
    title: 'Høringsuttalelse – Nasjonal transportplan 2022–2033',
    text: [
      'Osloregionen viser til høringen om Nasjonal transportplan 2022–2033.',
      'Gods- og logistikkprosjektet og Osloregionens areal- og transportstrategi er grunnlaget for uttalelsen.',
      'Osloregionen ber om at grensekryssende jernbaneløsninger og godsknutepunktene i regionen prioriteres.',
    ],
  });

  // EU transport policy (TEN-T): still being drafted (demo dates).
  const tenT = await registerConsultation({
    ctx: at(ctx, '2020-02-03T09:00'),
    input: {
      title: 'Høring – EUs transportpolitikk / revisjon av TEN-T-forordningen',
      authority: 'EU-kommisjonen/Samferdselsdepartementet',
      receivedOn: '2020-02-03',
      deadline: '2020-06-30',
      focusAreaId: area('Areal og transport'),
      responsibleId: transport,
    },
  });
  const assessing = await setConsultationStatus({
    ctx: at(ctx, '2020-02-10T10:00'),
    input: { id: tenT.id, version: tenT.version, status: 'assessing' },
  });
  await setConsultationStatus({
    ctx: at(ctx, '2020-02-24T10:00'),
    input: { id: tenT.id, version: assessing.version, status: 'drafting' },
  });

  // Klimakur 2030: the deadline of 15 May 2020 is real; the rest are demo dates.
  const klimakur = await registerConsultation({
    ctx: at(ctx, '2020-01-31T12:00'),
    input: {
      title: 'Høring – Klimakur 2030',
      authority: 'Miljødirektoratet',
      receivedOn: '2020-01-31',
      deadline: '2020-05-15',
      focusAreaId: area('Klima og miljø'),
      responsibleId: transport,
    },
  });
  await answer(klimakur, {
    registeredOn: '2020-04-21',
    adoptedOn: '2020-05-07',
    submittedOn: '2020-05-14',
    title: 'Høringsuttalelse – Klimakur 2030',
    text: [
      'Osloregionen viser til høringen om Klimakur 2030.',
      'Kommunene i regionen har sluttet seg til ordførererklæringen om klima og miljø, og ønsker bedre nasjonale rammer for sirkulærøkonomi på lokalt og regionalt nivå.',
    ],
  });

  // NFD's review of the business support system: not answered, with the reason (demo dates).
  const review = await registerConsultation({
    ctx: at(ctx, '2020-01-20T09:00'),
    input: {
      title: 'Innspill – gjennomgang av det næringsrettede virkemiddelapparatet',
      authority: 'Nærings- og fiskeridepartementet',
      receivedOn: '2020-01-20',
      deadline: '2020-03-01',
      focusAreaId: area('Næringsutvikling og innovasjon'),
      responsibleId: business,
    },
  });
  await setConsultationStatus({
    ctx: at(ctx, '2020-02-12T10:00'),
    input: {
      id: review.id,
      version: review.version,
      status: 'not_answered',
      reason:
        'Næringssamarbeidet drøftet gjennomgangen 7. november 2019. Innspillene gis gjennom Østlandssamarbeidet og medlemmene, så Osloregionen sender ikke et eget svar.',
    },
  });
}
