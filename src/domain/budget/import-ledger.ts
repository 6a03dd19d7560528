import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { actorLabel } from '../../kernel/ctx';
import { Validation } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { headersKey, LedgerMapping, readLedger } from './ledger-file';
import { can } from './permissions';
import { ledgerEntries, ledgerImports, ledgerMappings } from './schema';

export const ImportLedgerInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  fileName: z.string().trim().min(1).max(255),
  table: z.object({
    headers: z.array(z.string().max(200)).max(100),
    rows: z.array(z.array(z.string().max(2000)).max(100)).max(100_000),
  }),
  mapping: LedgerMapping,
});

/**
 * Imports the year's actuals from the host municipality's ledger export: every row or none. The
 * import takes the place of the year's earlier one (kept in the log as replaced), and the column
 * mapping is remembered for the next file with the same header row.
 */
export const importLedger = defineVerb({
  name: 'budget.importLedger',
  input: ImportLedgerInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { year, fileName, table, mapping }) {
    const read = readLedger(table, mapping, year, ctx.locale);
    if (read.fileErrors.length || read.errors.length) {
      const fields: Record<string, string[]> = {};
      if (read.fileErrors.length) fields._file = read.fileErrors;
      for (const e of read.errors) fields[`line ${e.line}`] = e.errors;
      throw new Validation(fields, 'import.refused');
    }
    const earlier = await ctx.db
      .select({ id: ledgerImports.id })
      .from(ledgerImports)
      .where(and(eq(ledgerImports.year, year), isNull(ledgerImports.replacedAt)));
    if (earlier.length) {
      const ids = earlier.map((e) => e.id);
      await ctx.db.update(ledgerImports).set({ replacedAt: ctx.now }).where(inArray(ledgerImports.id, ids));
      await ctx.db.delete(ledgerEntries).where(inArray(ledgerEntries.importId, ids));
    }
    const record = {
      id: newId(),
      year,
      fileName,
      sha256: createHash('sha256').update(JSON.stringify(table)).digest('hex'),
      rows: read.rows.length,
      totalOre: read.rows.reduce((s, r) => s + r.amountOre, 0),
      importedAt: ctx.now,
      importedBy: actorLabel(ctx.actor),
    };
    await ctx.db.insert(ledgerImports).values(record);
    for (let i = 0; i < read.rows.length; i += 2000) {
      await ctx.db
        .insert(ledgerEntries)
        .values(read.rows.slice(i, i + 2000).map((r) => ({ id: newId(), importId: record.id, ...r })));
    }
    await ctx.db
      .insert(ledgerMappings)
      .values({ id: newId(), headers: headersKey(table.headers), mapping, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: ledgerMappings.headers, set: { mapping, updatedAt: ctx.now } });
    await audit(ctx, {
      action: 'budget.importLedger',
      entityType: 'ledgerImport',
      entityId: record.id,
      after: { ...record, mapping, replaced: earlier.map((e) => e.id) },
    });
    return record;
  },
});
