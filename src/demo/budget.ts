import { addBudgetLine } from '../domain/budget/add-budget-line';
import { adoptBudget } from '../domain/budget/adopt-budget';
import { createBudget } from '../domain/budget/create-budget';
import { importLedger } from '../domain/budget/import-ledger';
import { guessMapping, type LedgerMapping } from '../domain/budget/ledger-file';
import { getBudget } from '../domain/budget/queries';
import { updateBudgetLine } from '../domain/budget/update-budget-line';
import { getProgramme } from '../domain/programme/queries';
import { readCsvTable } from '../exports/table';
import type { Ctx } from '../kernel/ctx';
import { readDemoText } from './data-files';
import type { DemoMeetings } from './meetings';
import { at } from './meetings-steps';

/** The budget for 2020 (fictional figures): [kind, category, label, kroner, focus area, accounts]. */
const LINES: ['income' | 'expense', string, string, number, string | null, string[]][] = [
  ['income', 'Prosjektmidler', 'Klimasats: Veileder for klimabudsjett', 400_000, 'Klima og miljø', ['1810']],
  [
    'income',
    'Andre inntekter',
    'Deltakeravgift BEST-konferansen',
    150_000,
    'Næringsutvikling og innovasjon',
    ['1620'],
  ],
  [
    'expense',
    'Lønn og sosiale kostnader',
    'Sekretariatet (5 årsverk)',
    4_600_000,
    'Administrasjon og kommunikasjon',
    ['10'],
  ],
  [
    'expense',
    'Kjøp av varer og tjenester',
    'Kontorleie, IKT og drift',
    650_000,
    'Administrasjon og kommunikasjon',
    ['11', '12'],
  ],
  [
    'expense',
    'Kjøp av varer og tjenester',
    'Nettsider og kommunikasjon',
    300_000,
    'Administrasjon og kommunikasjon',
    ['1140'],
  ],
  [
    'expense',
    'Møter og arrangementer',
    'Møter og seminarer om areal og transport',
    200_000,
    'Areal og transport',
    ['11501'],
  ],
  ['expense', 'Prosjekter', 'Klimasats: Veileder for klimabudsjett', 450_000, 'Klima og miljø', ['11502']],
  [
    'expense',
    'Møter og arrangementer',
    'BEST-konferansen og innovasjonscamp',
    500_000,
    'Næringsutvikling og innovasjon',
    ['11503'],
  ],
  [
    'expense',
    'Møter og arrangementer',
    'Nordic Place Branding Conference og ambassadørnettverk',
    500_000,
    'Internasjonal profilering',
    ['11504'],
  ],
  ['expense', 'Kjøp av varer og tjenester', 'Analyser og statistikk om regionen', 250_000, null, ['127']],
];

/**
 * The board's budget for 2020 (sak 53/19 of 3 December 2019) with the fee as income, and the
 * year's accounts from the host municipality's ledger, imported in February 2021.
 */
export async function loadBudget(ctx: Ctx, meetings: DemoMeetings) {
  const draft = at(ctx, '2019-11-20T09:00');
  const budget = await createBudget({ ctx: draft, input: { year: 2020 } });
  const areas = new Map((await getProgramme(ctx, 2020)).focusAreas.map((a) => [a.name, a.id]));
  for (const [kind, category, label, kroner, area, accounts] of LINES) {
    await addBudgetLine({
      ctx: draft,
      input: {
        budgetId: budget.id,
        kind,
        category,
        label,
        amount: kroner,
        focusAreaId: area ? areas.get(area)! : null,
        accounts,
      },
    });
  }
  // The fee is invoiced on account 1750 (refusjon fra kommuner).
  const feeLine = (await getBudget(ctx, 2020)).lines.find((l) => l.fromFees)!;
  await updateBudgetLine({
    ctx: draft,
    input: {
      id: feeLine.id,
      version: feeLine.version,
      kind: 'income',
      category: feeLine.category,
      label: feeLine.label,
      amount: 0,
      accounts: ['1750'],
    },
  });
  await adoptBudget({
    ctx: at(ctx, '2019-12-03T12:00'),
    input: {
      id: budget.id,
      version: (await getBudget(ctx, 2020)).budget.version,
      caseId: meetings.programme.budgetCaseId,
    },
  });
  const table = readCsvTable(readDemoText('regnskap_2020.csv'));
  await importLedger({
    ctx: at(ctx, '2021-02-15T10:00'),
    input: {
      year: 2020,
      fileName: 'regnskap_2020.csv',
      table,
      mapping: guessMapping(table.headers) as LedgerMapping,
    },
  });
}
