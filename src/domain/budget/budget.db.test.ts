import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makeBoard, makeMunicipality } from '../../../tests/support/organisation';
import type { Ctx } from '../../kernel/ctx';
import { Conflict, Forbidden, PreconditionFailed, Validation } from '../../kernel/errors';
import { registerCase } from '../cases/register-case';
import { setFeeDecision } from '../fees/set-fee-decision';
import { recordPopulation } from '../knowledge/record-population';
import { addFocusArea } from '../programme/add-focus-area';
import { createProgramme } from '../programme/create-programme';
import { addBudgetLine } from './add-budget-line';
import { adoptBudget } from './adopt-budget';
import { budgetVsActual, ledgerMappingFor, lineForAccount } from './comparison';
import { createBudget } from './create-budget';
import { importLedger } from './import-ledger';
import { getBudget } from './queries';
import { removeBudgetLine } from './remove-budget-line';
import { reviseBudget } from './revise-budget';
import { ledgerEntries } from './schema';
import { updateBudgetLine } from './update-budget-line';

const database = setupTestDatabase();
const db = () => database().db;
const editor = async () => (await makeUser(db(), { role: 'editor' })).ctx;

async function boardCase(ctx: Ctx, year: number) {
  const { body } = await makeBoard(db(), `Budsjettstyret ${year}`);
  return registerCase({
    ctx,
    input: { bodyId: body.id, title: `Budsjett ${year}`, registeredOn: `${year - 1}-11-01` },
  });
}

/** A draft budget for a year whose fee is kr 2 per inhabitant of one member of 10 000. */
async function budgetWithFee(ctx: Ctx, year: number) {
  const m = await makeMunicipality(db());
  await recordPopulation({
    ctx,
    input: { rows: [{ memberId: m.id, year: year - 1, population: 10_000, source: 'Test' }] },
  });
  await setFeeDecision({ ctx, input: { year, version: 0, rate: '2' } });
  return createBudget({ ctx, input: { year } });
}

describe('the budget', () => {
  it('starts with the fee line, whose amount is the fee total, and keeps lines in øre', async () => {
    const ctx = await editor();
    const budget = await budgetWithFee(ctx, 2041);
    const line = await addBudgetLine({
      ctx,
      input: {
        budgetId: budget.id,
        kind: 'expense',
        category: 'Lønn og sosiale kostnader',
        label: 'Sekretariatet',
        amount: '1 250 000',
        accounts: '10, 1090',
      },
    });
    expect(line).toMatchObject({ amountOre: 125_000_000, accounts: ['10', '1090'] });
    const model = await getBudget(ctx, 2041);
    // Every member of the test database without a population has no fee; the one with 10 000 pays kr 20 000.
    expect(model.lines[0]).toMatchObject({ fromFees: true, kind: 'income', amountOre: 2_000_000 });
    expect(model.totals).toEqual({ incomeOre: 2_000_000, expenseOre: 125_000_000, resultOre: -123_000_000 });
    expect(await auditRowsFor(db(), 'budget.addBudgetLine', line.id)).toHaveLength(1);
    await expect(createBudget({ ctx, input: { year: 2041 } })).rejects.toBeInstanceOf(Conflict);
    await expect(
      removeBudgetLine({ ctx, input: { id: model.lines[0]!.id, version: model.lines[0]!.version } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });

  it('refuses a bad amount, a bad account, a focus area of another year, and callers who are not editors', async () => {
    const ctx = await editor();
    const budget = await createBudget({ ctx, input: { year: 2042 } });
    const bad = await addBudgetLine({
      ctx,
      input: {
        budgetId: budget.id,
        kind: 'expense',
        category: 'X',
        label: 'Y',
        amount: '12,345',
        accounts: 'konto ti',
      },
    }).catch((e) => e);
    expect(bad).toBeInstanceOf(Validation);
    expect(bad.fieldErrors.amount).toEqual(['Skriv et beløp i kroner, for eksempel 5 000 eller 2 500,50.']);
    const programme = await createProgramme({ ctx, input: { year: 2043 } });
    const area = await addFocusArea({ ctx, input: { programmeId: programme.id, name: 'Klima og miljø' } });
    const wrongYear = await addBudgetLine({
      ctx,
      input: {
        budgetId: budget.id,
        kind: 'expense',
        category: 'X',
        label: 'Y',
        amount: 1,
        focusAreaId: area.id,
      },
    }).catch((e) => e);
    expect(wrongYear.fieldErrors.focusAreaId).toEqual([
      'Velg et innsatsområde fra handlingsprogrammet for 2042.',
    ]);
    await expect(
      addBudgetLine({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { budgetId: budget.id, kind: 'expense', category: 'X', label: 'Y', amount: 1 },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
  });

  it('is adopted in a case and locked; a revision keeps the adopted lines as they were', async () => {
    const ctx = await editor();
    const budget = await budgetWithFee(ctx, 2044);
    const line = await addBudgetLine({
      ctx,
      input: {
        budgetId: budget.id,
        kind: 'expense',
        category: 'Prosjekter',
        label: 'Klimabudsjett',
        amount: 450_000,
      },
    });
    const kase = await boardCase(ctx, 2044);
    // The board's papers showed the budget before the line was added: adopting that reading is a Conflict.
    await expect(
      adoptBudget({
        ctx,
        input: { id: budget.id, version: budget.version, caseId: kase.id, adoptedOn: '2043-12-03' },
      }),
    ).rejects.toBeInstanceOf(Conflict);
    const adopted = await adoptBudget({
      ctx,
      input: {
        id: budget.id,
        version: (await getBudget(ctx, 2044)).budget.version,
        caseId: kase.id,
        adoptedOn: '2043-12-03',
      },
    });
    expect(adopted.revision).toBe(1);
    await expect(
      updateBudgetLine({
        ctx,
        input: {
          id: line.id,
          version: line.version,
          kind: 'expense',
          category: 'Prosjekter',
          label: 'Klimabudsjett',
          amount: 500_000,
        },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    await reviseBudget({
      ctx,
      input: { id: budget.id, version: adopted.version, reason: 'Nytt tilskudd fra Klimasats' },
    });
    await updateBudgetLine({
      ctx,
      input: {
        id: line.id,
        version: line.version,
        kind: 'expense',
        category: 'Prosjekter',
        label: 'Klimabudsjett',
        amount: 600_000,
      },
    });
    const second = await boardCase(ctx, 2044);
    await adoptBudget({
      ctx,
      input: {
        id: budget.id,
        version: (await getBudget(ctx, 2044)).budget.version,
        caseId: second.id,
        adoptedOn: '2044-06-10',
        note: 'Revidert budsjett',
      },
    });
    const model = await getBudget(ctx, 2044);
    expect(
      model.revisions.map((r) => [
        r.number,
        r.adoptedOn,
        r.case?.number,
        r.lines.find((l) => l.id === line.id)?.amountOre,
      ]),
    ).toEqual([
      [1, '2043-12-03', kase.number, 45_000_000],
      [2, '2044-06-10', second.number, 60_000_000],
    ]);
    expect(model.revisions[0]!.totals.incomeOre).toBe(2_000_000);
    expect(await auditRowsFor(db(), 'budget.reviseBudget', budget.id)).toHaveLength(1);
  });
});

describe('the accounts', () => {
  const headers = ['Bilagsdato', 'Konto', 'Prosjekt', 'Tekst', 'Beløp'];

  it('imports a ledger export, all or nothing, and compares it with the budget to the øre', async () => {
    const ctx = await editor();
    const budget = await budgetWithFee(ctx, 2045);
    const model = await getBudget(ctx, 2045);
    await updateBudgetLine({
      ctx,
      input: {
        id: model.lines[0]!.id,
        version: model.lines[0]!.version,
        kind: 'income',
        category: 'Kontingent',
        label: 'Kontingent',
        amount: 0,
        accounts: '1750',
      },
    });
    await addBudgetLine({
      ctx,
      input: {
        budgetId: budget.id,
        kind: 'expense',
        category: 'Lønn',
        label: 'Lønn',
        amount: 100_000,
        accounts: '10',
      },
    });
    await addBudgetLine({
      ctx,
      input: {
        budgetId: budget.id,
        kind: 'expense',
        category: 'Drift',
        label: 'Konferanse',
        amount: 30_000,
        accounts: '1150, 11501',
      },
    });
    const rows = [
      ['16.03.2045', '1750', '', 'Kontingent', '-20 000,00'],
      ['25.01.2045', '10100', '', 'Lønn januar', '45 000,50'],
      ['25.02.2045', '10990', '', 'Arbeidsgiveravgift', '6 345,25'],
      ['12.02.2045', '11501', 'BEST', 'Konferanse', '12 500'],
      ['31.12.2045', '1900', '', 'Renter', '-123,45'],
    ];
    const bad = await importLedger({
      ctx,
      input: {
        year: 2045,
        fileName: 'feil.csv',
        table: {
          headers,
          rows: [
            ...rows,
            ['01.01.2044', '1010', '', 'Fjorårets', '1,00'],
            ['02.01.2045', '', '', 'Uten konto', 'ti'],
            ['03.01.2045', '1010', '', 'For stort', '123456789012345678'],
          ],
        },
        mapping: { date: 'Bilagsdato', account: 'Konto', amount: 'Beløp' },
      },
    }).catch((e) => e);
    expect(bad).toBeInstanceOf(Validation);
    expect(bad.fieldErrors).toEqual({
      'line 7': ['Datoen 01.01.2044 er ikke i 2045.'],
      'line 8': ['Konto mangler.', '«ti» er ikke et beløp.'],
      'line 9': ['«123456789012345678» er ikke et beløp.'],
    });
    const [none] = await db().select({ n: count() }).from(ledgerEntries);

    const mapping = {
      date: 'Bilagsdato',
      account: 'Konto',
      project: 'Prosjekt',
      description: 'Tekst',
      amount: 'Beløp',
    };
    const imported = await importLedger({
      ctx,
      input: { year: 2045, fileName: 'regnskap.csv', table: { headers, rows }, mapping },
    });
    expect(imported).toMatchObject({
      rows: 5,
      totalOre: -2_000_000 + 4_500_050 + 634_525 + 1_250_000 - 12_345,
    });
    const [after] = await db().select({ n: count() }).from(ledgerEntries);
    expect(after!.n - none!.n).toBe(5);

    const comparison = await budgetVsActual(ctx, 2045);
    const byLabel = new Map(comparison.lines.map((l) => [l.label, l]));
    expect(byLabel.get('Kontingent')).toMatchObject({
      budgetOre: 2_000_000,
      actualOre: 2_000_000,
      varianceOre: 0,
    });
    expect(byLabel.get('Lønn')).toMatchObject({
      budgetOre: 10_000_000,
      actualOre: 5_134_575,
      varianceOre: -4_865_425,
    });
    expect(byLabel.get('Konferanse')).toMatchObject({ actualOre: 1_250_000 });
    expect(comparison.unmatched).toEqual({ ledgerOre: -12_345, accounts: ['1900'], count: 1 });
    expect(comparison.totals.ledgerOre).toBe(imported.totalOre);
    expect(await ledgerMappingFor({ db: db() }, headers)).toEqual({ mapping, remembered: true });

    // A corrected export takes the place of the first.
    const again = await importLedger({
      ctx,
      input: {
        year: 2045,
        fileName: 'regnskap-rettet.csv',
        table: { headers, rows: rows.slice(0, 2) },
        mapping,
      },
    });
    expect((await budgetVsActual(ctx, 2045)).totals.ledgerOre).toBe(again.totalOre);
    expect(
      (await getBudget(ctx, 2045)).ledgerImports.map((i) => [i.fileName, i.replacedAt === null]),
    ).toEqual([
      ['regnskap-rettet.csv', true],
      ['regnskap.csv', false],
    ]);
    await expect(
      importLedger({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { year: 2045, fileName: 'x.csv', table: { headers, rows }, mapping },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
  });

  it('guesses the columns of a Norwegian ledger export, and gives each posting to the longest matching account', async () => {
    expect(
      (
        await ledgerMappingFor({ db: db() }, [
          'Bilagsdato',
          'Bilagsnr',
          'Konto',
          'Ansvar',
          'Prosjekt',
          'Tekst',
          'Beløp',
        ])
      ).mapping,
    ).toEqual({
      date: 'Bilagsdato',
      account: 'Konto',
      project: 'Prosjekt',
      description: 'Tekst',
      amount: 'Beløp',
    });
    const lines = [
      { id: 'drift', accounts: ['11'] },
      { id: 'konferanse', accounts: ['11501'] },
    ];
    expect(lineForAccount(lines, '11501')).toBe('konferanse');
    expect(lineForAccount(lines, '11000')).toBe('drift');
    expect(lineForAccount(lines, '1750')).toBeNull();
  });
});
