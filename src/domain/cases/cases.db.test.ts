import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { makeBoard } from '../../../tests/support/organisation';
import { Conflict, Forbidden, NotFound, Validation } from '../../kernel/errors';
import { withTransaction } from '../../kernel/transaction';
import { updateUser } from '../accounts/update-user';
import { addCaseDocument } from './add-case-document';
import { addFollowUp } from './add-follow-up';
import { getCase, getDocumentFile, listCases, listFollowUps } from './queries';
import { registerCase } from './register-case';
import { updateCase } from './update-case';
import { updateFollowUp } from './update-follow-up';

const database = setupTestDatabase();
const db = () => database().db;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('case numbers', () => {
  it('count per body and year, and start again at 1 each year', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { body } = await makeBoard(db());
    const old = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Videreutvikling', number: '55/19', registeredOn: '2019-11-01' },
    });
    expect(old.number).toBe('55/19');
    const next2019 = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Neste i 2019', registeredOn: '2019-12-01' },
    });
    expect(next2019.number).toBe('56/19');
    const first2020 = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Første i 2020', registeredOn: '2020-01-15' },
    });
    expect(first2020.number).toBe('1/20');
    await expect(
      registerCase({
        ctx,
        input: { bodyId: body.id, title: 'Kopi', number: '55/19', registeredOn: '2019-11-02' },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    const badYear = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Feil år', number: '3/18', registeredOn: '2019-11-02' },
    }).catch((e) => e);
    expect(badYear.fieldErrors.number).toEqual(['Saksnummeret skrives løpenummer/år, for eksempel 39/2019.']);
    expect(await auditRowsFor(db(), 'cases.registerCase', first2020.id)).toHaveLength(1);
  });

  it('never gives two of twenty concurrent registrations the same number, nor leaves a gap', async () => {
    const { body } = await makeBoard(db(), 'Samtidighetsstyret');
    const ctx = systemTestCtx(db());
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        registerCase({ ctx, input: { bodyId: body.id, title: `Sak ${i}`, registeredOn: '2021-03-01' } }),
      ),
    );
    expect(created.map((c) => c.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('gives a rolled-back number back to the next case', async () => {
    const { body } = await makeBoard(db(), 'Tilbakerullstyret');
    const ctx = systemTestCtx(db());
    await expect(
      withTransaction(ctx, async (tx) => {
        await registerCase({
          ctx: tx,
          input: { bodyId: body.id, title: 'Angret', registeredOn: '2022-01-10' },
        });
        throw new Error('angret');
      }),
    ).rejects.toThrow('angret');
    expect(
      (
        await registerCase({
          ctx,
          input: { bodyId: body.id, title: 'Den første', registeredOn: '2022-01-11' },
        })
      ).number,
    ).toBe('1/22');
  });
});

describe('exempt cases and documents', () => {
  it('need a legal basis, and show only existence, number and legal basis to outsiders', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { body, seats } = await makeBoard(db(), 'Styret med hemmeligheter');
    const missing = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'X', access: 'exempt' },
    }).catch((e) => e);
    expect(missing).toBeInstanceOf(Validation);
    expect(missing.fieldErrors.legalBasis[0]).toMatch(/Offl. § 14/);
    const secret = await registerCase({
      ctx,
      input: {
        bodyId: body.id,
        title: 'Ansettelse av daglig leder',
        titleExempt: true,
        access: 'exempt',
        legalBasis: 'Offl. § 25',
        background: 'Tre søkere er intervjuet.',
      },
    });
    const doc = await addCaseDocument({
      ctx,
      input: {
        caseId: secret.id,
        title: 'Innstilling',
        filename: 'innstilling.pdf',
        content: PDF,
        access: 'public',
      },
    });
    expect(doc).toMatchObject({
      contentType: 'application/pdf',
      size: PDF.length,
      access: 'exempt',
      legalBasis: 'Offl. § 25',
    });

    const outsider = await getCase(anonymousCtx(db()), secret.id);
    expect(outsider.case).toMatchObject({
      number: secret.number,
      title: null,
      legalBasis: 'Offl. § 25',
      withheld: true,
      paper: null,
    });
    expect(outsider.documents[0]).toMatchObject({
      title: null,
      filename: null,
      withheld: true,
      links: { download: null },
    });
    expect(JSON.stringify(outsider)).not.toMatch(/Ansettelse|søkere|innstilling/i);
    await expect(getDocumentFile(anonymousCtx(db()), doc.id)).rejects.toBeInstanceOf(NotFound);
    const stranger = await makeUser(db(), { role: 'member' });
    await expect(getDocumentFile(stranger.ctx, doc.id)).rejects.toBeInstanceOf(Forbidden);
    const search = await listCases(anonymousCtx(db()), { q: 'Ansettelse' });
    expect(search.total).toBe(0);

    // A board member signed in as the person they are sees it all.
    const boardMember = await makeUser(db(), { role: 'member' });
    const admin = (await makeUser(db(), { role: 'admin' })).ctx;
    await updateUser({
      ctx: admin,
      input: { id: boardMember.user.id, version: 1, personId: seats[1]!.personId },
    });
    const inside = await getCase(boardMember.ctx, secret.id);
    expect(inside.case).toMatchObject({ title: 'Ansettelse av daglig leder', withheld: false });
    expect((await getDocumentFile(boardMember.ctx, doc.id)).content.equals(PDF)).toBe(true);
  });

  it('refuses files by their content: an HTML file named .pdf is not a PDF', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { body } = await makeBoard(db(), 'Styret med filer');
    const kase = await registerCase({ ctx, input: { bodyId: body.id, title: 'Vedlegg' } });
    const error = await addCaseDocument({
      ctx,
      input: {
        caseId: kase.id,
        title: 'Falsk',
        filename: 'falsk.pdf',
        content: Buffer.from('<script>alert(1)</script>'),
        access: 'public',
      },
    }).catch((e) => e);
    expect(error.fieldErrors.content).toEqual([
      'Filen må være PDF, Word (DOCX), Excel (XLSX), PNG eller JPEG.',
    ]);
  });
});

describe('follow-ups', () => {
  it('list open tasks per body, overdue first', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { body } = await makeBoard(db(), 'Oppfølgingsstyret');
    const kase = await registerCase({ ctx, input: { bodyId: body.id, title: 'Regional plan' } });
    const now = { ...ctx, now: new Date('2020-06-15T10:00:00Z') };
    await addFollowUp({ ctx, input: { caseId: kase.id, title: 'Send høringssvar', dueOn: '2020-09-01' } });
    const late = await addFollowUp({
      ctx,
      input: { caseId: kase.id, title: 'Orientere styret', dueOn: '2020-05-01' },
    });
    const done = await addFollowUp({ ctx, input: { caseId: kase.id, title: 'Ferdig', dueOn: '2020-01-01' } });
    await updateFollowUp({
      ctx,
      input: { id: done.id, version: done.version, title: 'Ferdig', status: 'done', dueOn: '2020-01-01' },
    });
    const open = (await listFollowUps(now, { bodyId: body.id })).map((f) => [f.title, f.overdue]);
    expect(open).toEqual([
      ['Orientere styret', true],
      ['Send høringssvar', false],
    ]);
    expect(await auditRowsFor(db(), 'cases.addFollowUp', late.id)).toHaveLength(1);
    await expect(listFollowUps(anonymousCtx(db()))).rejects.toThrow();
  });
});

describe('updateCase', () => {
  it('changes the paper with a version check', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { body } = await makeBoard(db(), 'Redigeringsstyret');
    const kase = await registerCase({ ctx, input: { bodyId: body.id, title: 'Budsjett 2020' } });
    const changed = await updateCase({
      ctx,
      input: {
        id: kase.id,
        version: kase.version,
        title: 'Budsjett 2020',
        proposedDecision: 'Styret vedtar budsjettet.',
      },
    });
    expect(changed.proposedDecision).toBe('Styret vedtar budsjettet.');
    await expect(
      updateCase({ ctx, input: { id: kase.id, version: kase.version, title: 'Gammel' } }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await auditRowsFor(db(), 'cases.updateCase', kase.id)).toHaveLength(1);
  });
});
