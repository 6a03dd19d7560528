import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makeBoard } from '../../../tests/support/organisation';
import type { Ctx } from '../../kernel/ctx';
import {
  Conflict,
  Forbidden,
  NotFound,
  PreconditionFailed,
  Unauthenticated,
  Validation,
} from '../../kernel/errors';
import { addCaseDocument } from '../cases/add-case-document';
import { registerCase } from '../cases/register-case';
import { addPerson } from '../people/add-person';
import { addFocusArea } from '../programme/add-focus-area';
import { createProgramme } from '../programme/create-programme';
import {
  consultationDeadlines,
  consultationOverview,
  getConsultation,
  getPublicResponse,
  listConsultations,
  publicResponses,
} from './queries';
import { registerConsultation } from './register-consultation';
import { setConsultationResponse } from './set-consultation-response';
import { setConsultationStatus } from './set-consultation-status';
import { updateConsultation } from './update-consultation';

const database = setupTestDatabase();
const db = () => database().db;
// The secretariat's day: 1 March 2021 at noon in Oslo.
const at = (ctx: Ctx): Ctx => ({ ...ctx, now: new Date('2021-03-01T11:00:00Z') });
const editor = async () => at((await makeUser(db(), { role: 'editor' })).ctx);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('consultations', () => {
  it('shows one due in 5 days in "due next", and one submitted after its deadline as answered late', async () => {
    const ctx = await editor();
    const ntp = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Nasjonal transportplan 2022–2033',
        authority: 'Samferdselsdepartementet',
        reference: '20/1234',
        receivedOn: '2021-01-15',
        deadline: '2021-03-06',
      },
    });
    await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Klimakur 2030',
        authority: 'Miljødirektoratet',
        receivedOn: '2021-02-01',
        deadline: '2021-06-30',
      },
    });
    const overview = await consultationOverview(ctx);
    expect(overview.dueNext.map((c) => [c.title, c.state])).toContainEqual([
      'Høring – Nasjonal transportplan 2022–2033',
      'open',
    ]);
    expect(overview.dueNext.map((c) => c.title)).not.toContain('Høring – Klimakur 2030');

    const { body } = await makeBoard(db(), 'Høringsstyret');
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Høringssvar NTP', registeredOn: '2021-02-20' },
    });
    let row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: ntp.version, status: 'drafting' },
    });
    const noCase = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: row.version, status: 'adopted' },
    }).catch((e) => e);
    expect(noCase).toBeInstanceOf(Validation);
    row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: row.version, status: 'adopted', caseId: kase.id },
    });
    // Sent two days after the deadline, recorded the day after; a day still to come is refused.
    const later = { ...ctx, now: new Date('2021-03-09T10:00:00Z') };
    const future = await setConsultationStatus({
      ctx: later,
      input: { id: ntp.id, version: row.version, status: 'submitted', submittedOn: '2021-03-10' },
    }).catch((e) => e);
    expect(future.fieldErrors.submittedOn).toEqual([
      'Innsendt-datoen må være mellom mottaksdatoen og i dag.',
    ]);
    row = await setConsultationStatus({
      ctx: later,
      input: { id: ntp.id, version: row.version, status: 'submitted', submittedOn: '2021-03-08' },
    });
    expect(row).toMatchObject({
      status: 'submitted',
      submittedOn: '2021-03-08',
      bodyId: body.id,
      caseId: kase.id,
    });
    const after = await consultationOverview(ctx);
    expect(after.answeredLate.map((c) => c.id)).toEqual([ntp.id]);
    expect(after.dueNext.map((c) => c.id)).not.toContain(ntp.id);
    expect(await auditRowsFor(db(), 'consultations.setConsultationStatus', ntp.id)).toHaveLength(3);
    await expect(
      setConsultationStatus({ ctx, input: { id: ntp.id, version: row.version, status: 'drafting' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });

  it('closes one as not answered only with a reason; refuses a deadline before receipt and callers who are not editors', async () => {
    const ctx = await editor();
    const c = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – næringsrettede virkemidler',
        authority: 'Nærings- og fiskeridepartementet',
        receivedOn: '2021-01-10',
        deadline: '2021-02-10',
      },
    });
    expect((await consultationOverview(ctx)).dueNext.find((x) => x.id === c.id)?.state).toBe('overdue');
    await expect(
      setConsultationStatus({ ctx, input: { id: c.id, version: c.version, status: 'not_answered' } }),
    ).rejects.toBeInstanceOf(Validation);
    const closed = await setConsultationStatus({
      ctx,
      input: {
        id: c.id,
        version: c.version,
        status: 'not_answered',
        reason: 'Dekkes av Østlandssamarbeidets svar.',
      },
    });
    expect((await consultationOverview(ctx)).closed.find((x) => x.id === closed.id)?.state).toBe(
      'not_answered',
    );
    const bad = await registerConsultation({
      ctx,
      input: { title: 'X', authority: 'Y', receivedOn: '2021-02-10', deadline: '2021-02-01' },
    }).catch((e) => e);
    expect(bad.fieldErrors.deadline).toEqual(['Fristen kan ikke være før høringen ble mottatt.']);
    await expect(
      registerConsultation({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { title: 'X', authority: 'Y', receivedOn: '2021-02-01', deadline: '2021-02-10' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(consultationOverview(anonymousCtx(db()))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('corrects what was registered, names the people and the focus area, and refuses a stale version', async () => {
    const ctx = await editor();
    const programme = await createProgramme({ ctx, input: { year: 2061 } });
    const area = await addFocusArea({ ctx, input: { programmeId: programme.id, name: 'Klima og miljø' } });
    const person = await addPerson({
      ctx,
      input: { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@example.org', title: 'seniorrådgiver' },
    });
    const klimakur = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Klimakur 2030',
        authority: 'Miljødirektoratet',
        receivedOn: '2021-01-31',
        deadline: '2021-05-15',
      },
    });
    const changed = await updateConsultation({
      ctx,
      input: {
        id: klimakur.id,
        version: klimakur.version,
        title: 'Høring – Klimakur 2030: tiltak og virkemidler',
        authority: 'Miljødirektoratet',
        reference: '2020/1234',
        receivedOn: '2021-01-31',
        deadline: '2021-05-15',
        focusAreaId: area.id,
        responsibleId: person.id,
      },
    });
    expect(changed).toMatchObject({ version: 2, reference: '2020/1234', responsibleId: person.id });
    const detail = await getConsultation(ctx, klimakur.id);
    expect(detail.consultation).toMatchObject({
      title: 'Høring – Klimakur 2030: tiltak og virkemidler',
      responsibleName: 'Ingrid Fjeld',
      state: 'open',
    });
    expect(detail.focusArea).toEqual({ id: area.id, name: 'Klima og miljø', year: 2061 });
    expect(detail.responsible).toEqual({ id: person.id, name: 'Ingrid Fjeld' });
    expect(detail.case).toBeNull();
    expect(await auditRowsFor(db(), 'consultations.updateConsultation', klimakur.id)).toHaveLength(1);

    await expect(
      updateConsultation({
        ctx,
        input: { ...changed, id: klimakur.id, version: klimakur.version, responsibleId: null },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    const unknown = await updateConsultation({
      ctx,
      input: { ...changed, version: changed.version, responsibleId: area.id },
    }).catch((e) => e);
    expect(unknown.fieldErrors.responsibleId).toEqual(['Personen finnes ikke i personregisteret.']);
    const early = await updateConsultation({
      ctx,
      input: { ...changed, version: changed.version, deadline: '2021-01-01' },
    }).catch((e) => e);
    expect(early.fieldErrors.deadline).toEqual(['Fristen kan ikke være før høringen ble mottatt.']);

    const found = await listConsultations(ctx, {
      q: 'tiltak og virkemidler',
      year: 2021,
      status: 'registered',
    });
    expect(found.items.map((c) => c.id)).toEqual([klimakur.id]);
    expect((await listConsultations(ctx, { q: 'tiltak og virkemidler', year: 2020 })).items).toEqual([]);
    expect((await listConsultations(ctx, { q: '2020/1234', status: 'submitted' })).items).toEqual([]);
    await expect(getConsultation(anonymousCtx(db()), klimakur.id)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it("takes the response from the consultation's case only, and shows the public the answered ones without exempt documents", async () => {
    const ctx = await editor();
    const { body } = await makeBoard(db(), 'Interessepolitisk utvalg i test');
    const ntp = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Nasjonal transportplan 2022–2033 (offentlig svar)',
        authority: 'Samferdselsdepartementet',
        reference: '19/3456',
        receivedOn: '2021-01-10',
        deadline: '2021-02-26',
      },
    });
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Høringssvar – Nasjonal transportplan', registeredOn: '2021-02-01' },
    });
    const other = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'En annen sak', registeredOn: '2021-02-01' },
    });
    const response = await addCaseDocument({
      ctx,
      input: {
        caseId: kase.id,
        title: 'Høringssvar fra Osloregionen – NTP 2022–2033',
        filename: 'horingssvar-ntp.pdf',
        content: PDF,
        access: 'public',
      },
    });
    const strategy = await addCaseDocument({
      ctx,
      input: {
        caseId: kase.id,
        title: 'Forhandlingsnotat om prioriteringer',
        filename: 'notat.pdf',
        content: PDF,
        access: 'exempt',
        legalBasis: 'Offl. § 14',
      },
    });
    const elsewhere = await addCaseDocument({
      ctx,
      input: { caseId: other.id, title: 'Vedlegg', filename: 'vedlegg.pdf', content: PDF, access: 'public' },
    });

    const noCase = await setConsultationResponse({
      ctx,
      input: { id: ntp.id, version: ntp.version, documentId: response.id },
    }).catch((e) => e);
    expect(noCase).toBeInstanceOf(Validation);
    let row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: ntp.version, status: 'adopted', caseId: kase.id },
    });
    const wrong = await setConsultationResponse({
      ctx,
      input: { id: ntp.id, version: row.version, documentId: elsewhere.id },
    }).catch((e) => e);
    expect(wrong.fieldErrors.documentId).toEqual(['Velg et dokument i høringens sak.']);
    row = await setConsultationResponse({
      ctx,
      input: { id: ntp.id, version: row.version, documentId: response.id },
    });
    expect(row.responseDocumentId).toBe(response.id);
    expect(await auditRowsFor(db(), 'consultations.setConsultationResponse', ntp.id)).toHaveLength(1);

    // Adopted is not answered yet: the public does not see it.
    const anonymous = anonymousCtx(db());
    await expect(getPublicResponse(anonymous, ntp.id)).rejects.toBeInstanceOf(NotFound);
    row = await setConsultationStatus({
      ctx,
      input: { id: ntp.id, version: row.version, status: 'submitted', submittedOn: '2021-02-25' },
    });
    const view = await getPublicResponse(anonymous, ntp.id);
    expect(view).toEqual({
      id: ntp.id,
      title: 'Høring – Nasjonal transportplan 2022–2033 (offentlig svar)',
      authority: 'Samferdselsdepartementet',
      reference: '19/3456',
      deadline: '2021-02-26',
      submittedOn: '2021-02-25',
      bodyName: 'Interessepolitisk utvalg i test',
      caseNumber: kase.number,
      caseId: kase.id,
      document: { title: 'Høringssvar fra Osloregionen – NTP 2022–2033', download: `/filer/${response.id}` },
      links: { self: `/api/v1/consultations/${ntp.id}` },
    });
    expect((await publicResponses(anonymous)).map((r) => r.id)).toContain(ntp.id);
    expect((await getConsultation(ctx, ntp.id)).responseDocument?.title).toBe(
      'Høringssvar fra Osloregionen – NTP 2022–2033',
    );

    // An exempt document as the response: the public never learns its title or where it is.
    row = await setConsultationResponse({
      ctx,
      input: { id: ntp.id, version: row.version, documentId: strategy.id },
    });
    for (const reader of [anonymous, ctx]) {
      const seen = (await publicResponses(reader)).find((r) => r.id === ntp.id)!;
      expect(seen.document).toBeNull();
      expect(JSON.stringify(seen)).not.toContain('Forhandlingsnotat');
      expect(JSON.stringify(seen)).not.toContain(strategy.id);
    }
    expect((await getPublicResponse(anonymous, ntp.id)).document).toBeNull();

    // Another case leaves the document of the first behind.
    row = await setConsultationStatus({
      ctx,
      input: {
        id: ntp.id,
        version: row.version,
        status: 'submitted',
        caseId: other.id,
        submittedOn: '2021-02-25',
      },
    });
    expect(row.responseDocumentId).toBeNull();

    // Deadlines of open and answered ones are public facts, for the calendar; not those closed unanswered.
    const deadlines = await consultationDeadlines(anonymous);
    expect(deadlines.find((d) => d.id === ntp.id)).toEqual({
      id: ntp.id,
      title: 'Høring – Nasjonal transportplan 2022–2033 (offentlig svar)',
      authority: 'Samferdselsdepartementet',
      deadline: '2021-02-26',
      answered: true,
    });
  });
});
