import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makeBoard, makeMunicipality } from '../../../tests/support/organisation';
import { Conflict, Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { addCaseDocument } from '../cases/add-case-document';
import { registerCase } from '../cases/register-case';
import { addPartner } from '../partners/add-partner';
import { addDeliverable } from './add-deliverable';
import { addProject } from './add-project';
import { addProjectPartner } from './add-project-partner';
import { getProject, listProjects, projectsOfPartner } from './queries';
import { removeProjectPartner } from './remove-project-partner';
import { updateDeliverable } from './update-deliverable';
import { updateProject } from './update-project';

const database = setupTestDatabase();
const db = () => database().db;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** An editor on 1 March 2021 (Oslo), so "today" and "overdue" are the same in every run. */
const editor = async (now = '2021-03-01T12:00:00Z') => ({
  ...(await makeUser(db(), { role: 'editor' })).ctx,
  now: new Date(now),
});

describe('the project register', () => {
  it('keeps the amount granted as øre from kroner as people write them, and refuses an end before the start', async () => {
    const ctx = await editor();
    const horizon = await addProject({
      ctx,
      input: {
        name: 'Bærekraftig Osloregion',
        funder: 'EU',
        fundingProgramme: 'Horizon 2020',
        amountGranted: '1 250 000',
        startsOn: '2019-01-01',
        endsOn: '2021-12-31',
      },
    });
    expect(horizon).toMatchObject({ amountGrantedOre: 125_000_000, caseId: null, version: 1 });
    expect(await auditRowsFor(db(), 'projects.addProject', horizon.id)).toHaveLength(1);
    const badAmount = await addProject({
      ctx,
      input: { name: 'Uklart beløp', startsOn: '2020-06-01', amountGranted: 'mye' },
    }).catch((e) => e);
    expect(badAmount.fieldErrors).toEqual({
      amountGranted: ['Skriv et beløp i kroner, for eksempel 5 000 eller 2 500,50.'],
    });
    const backwards = await addProject({
      ctx,
      input: { name: 'Baklengs', startsOn: '2020-06-01', endsOn: '2020-05-31' },
    }).catch((e) => e);
    expect(backwards).toBeInstanceOf(Validation);
    expect(backwards.fieldErrors).toEqual({ endsOn: ['Sluttdatoen kan ikke være før startdatoen.'] });
    const changed = await updateProject({
      ctx,
      input: {
        id: horizon.id,
        version: 1,
        name: horizon.name,
        startsOn: '2019-01-01',
        amountGranted: 2_000_000,
      },
    });
    expect(changed).toMatchObject({ amountGrantedOre: 200_000_000, endsOn: null, funder: '', version: 2 });
    await expect(
      updateProject({ ctx, input: { id: horizon.id, version: 1, name: 'Gammel', startsOn: '2019-01-01' } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      addProject({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { name: 'X', startsOn: '2020-01-01' },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(listProjects(anonymousCtx(db()))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('has at most one lead: a second is refused with its message; partners and members take part once', async () => {
    const ctx = await editor();
    const project = await addProject({
      ctx,
      input: {
        name: 'Veileder for klimabudsjett',
        funder: 'Miljødirektoratet',
        fundingProgramme: 'Klimasats',
        startsOn: '2019-03-01',
        endsOn: '2020-12-31',
        amountGranted: 500_000,
      },
    });
    const ostland = await addPartner({ ctx, input: { name: 'Østlandssamarbeidet', kind: 'public_body' } });
    const zero = await addPartner({ ctx, input: { name: 'Zero', kind: 'ngo' } });
    const asker = await makeMunicipality(db(), { name: 'Asker' });
    await addProjectPartner({ ctx, input: { projectId: project.id, partnerId: ostland.id, role: 'lead' } });
    const second = await addProjectPartner({
      ctx,
      input: { projectId: project.id, partnerId: zero.id, role: 'lead' },
    }).catch((e) => e);
    expect(second).toBeInstanceOf(Validation);
    expect(second.fieldErrors.role).toEqual([
      'Prosjektet har allerede en prosjektleder: Østlandssamarbeidet. Et prosjekt kan bare ha én.',
    ]);
    const zeroRow = await addProjectPartner({ ctx, input: { projectId: project.id, partnerId: zero.id } });
    expect(zeroRow.role).toBe('partner');
    await addProjectPartner({ ctx, input: { projectId: project.id, memberId: asker.id } });
    await expect(
      addProjectPartner({ ctx, input: { projectId: project.id, partnerId: zero.id } }),
    ).rejects.toBeInstanceOf(Conflict);
    const both = await addProjectPartner({
      ctx,
      input: { projectId: project.id, partnerId: zero.id, memberId: asker.id },
    }).catch((e) => e);
    expect(both.fieldErrors.partnerId).toEqual(['Velg én partner eller ett medlem.']);

    const view = await getProject(ctx, project.id);
    expect(view.partners.map((p) => [p.name, p.role, p.kind])).toEqual([
      ['Østlandssamarbeidet', 'lead', 'partner'],
      ['Asker', 'partner', 'member'],
      ['Zero', 'partner', 'partner'],
    ]);
    const listed = (await listProjects(ctx, { q: 'klimasats' })).items;
    expect(listed.map((p) => [p.name, p.amountGrantedOre, p.lead?.name])).toEqual([
      ['Veileder for klimabudsjett', 50_000_000, 'Østlandssamarbeidet'],
    ]);
    expect(await projectsOfPartner(ctx, ostland.id)).toEqual([
      { id: project.id, name: 'Veileder for klimabudsjett', role: 'lead' },
    ]);
    await removeProjectPartner({ ctx, input: { id: zeroRow.id } });
    expect(await projectsOfPartner(ctx, zero.id)).toEqual([]);
    expect(await auditRowsFor(db(), 'projects.removeProjectPartner', project.id)).toHaveLength(1);
  });

  it('flags a deliverable overdue when its day passed undelivered; delivered records today in Oslo', async () => {
    const ctx = await editor();
    const project = await addProject({
      ctx,
      input: { name: 'Gods- og logistikkprosjektet', startsOn: '2019-01-01', endsOn: '2020-12-31' },
    });
    const guide = await addDeliverable({
      ctx,
      input: { projectId: project.id, title: 'Kunnskapsgrunnlag om gods og logistikk', dueOn: '2020-06-30' },
    });
    await addDeliverable({
      ctx,
      input: {
        projectId: project.id,
        title: 'Innlegg på BEST-konferansen',
        dueOn: '2021-09-30',
        status: 'in_progress',
      },
    });
    await addDeliverable({
      ctx,
      input: {
        projectId: project.id,
        title: 'Kartlegging av næringsarealer',
        dueOn: '2020-03-01',
        status: 'cancelled',
      },
    });
    let view = await getProject(ctx, project.id);
    expect(view.deliverables.map((d) => [d.title, d.overdue])).toEqual([
      ['Kartlegging av næringsarealer', false],
      ['Kunnskapsgrunnlag om gods og logistikk', true],
      ['Innlegg på BEST-konferansen', false],
    ]);
    // At 00:30 on 1 January 2021 in Oslo it is still 31 December in UTC: the day recorded is Oslo's.
    const late = { ...ctx, now: new Date('2020-12-31T23:30:00Z') };
    const delivered = await updateDeliverable({
      ctx: late,
      input: { id: guide.id, version: guide.version, status: 'delivered' },
    });
    expect(delivered).toMatchObject({ status: 'delivered', deliveredOn: '2021-01-01', version: 2 });
    view = await getProject(ctx, project.id);
    expect(view.deliverables.find((d) => d.id === guide.id)!.overdue).toBe(false);
    const reopened = await updateDeliverable({
      ctx,
      input: { id: guide.id, version: 2, status: 'in_progress' },
    });
    expect(reopened.deliveredOn).toBeNull();
    await expect(
      updateDeliverable({ ctx, input: { id: guide.id, version: 2, status: 'delivered' } }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await auditRowsFor(db(), 'projects.updateDeliverable', project.id)).toHaveLength(2);
  });

  it("shows the documents of the project's case", async () => {
    const ctx = await editor();
    const { body } = await makeBoard(db(), 'Styret for prosjekter');
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Horizon 2020: Bærekraftig Osloregion', registeredOn: '2019-02-01' },
    });
    await addCaseDocument({
      ctx,
      input: {
        caseId: kase.id,
        title: 'Tilskuddsavtale (Grant Agreement)',
        filename: 'grant-agreement.pdf',
        access: 'public',
        content: PDF,
      },
    });
    const project = await addProject({
      ctx,
      input: { name: 'Bærekraftig Osloregion', startsOn: '2019-01-01', caseId: kase.id },
    });
    const view = await getProject(ctx, project.id);
    expect(view.case).toMatchObject({ number: kase.number, title: 'Horizon 2020: Bærekraftig Osloregion' });
    expect(view.documents.map((d) => d.title)).toEqual(['Tilskuddsavtale (Grant Agreement)']);
    expect(
      (
        await getProject(
          ctx,
          (
            await addProject({ ctx, input: { name: 'Uten sak', startsOn: '2020-01-01' } })
          ).id,
        )
      ).documents,
    ).toEqual([]);
  });
});
