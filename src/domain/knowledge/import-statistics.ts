import { audit } from '../../kernel/audit';
import { actorLabel } from '../../kernel/ctx';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { readStatistics, StatisticsInput } from './read-statistics';
import { statisticsImports } from './schema';
import { storeObservations, upsertIndicators } from './store-observations';

/**
 * Imports a statistics file (JSON-stat 2.0 from Statistics Norway, or a wide series CSV): every
 * value lands on the member its region code meant that year, replacing an earlier value; region
 * codes that were never members are reported, not stored. All or nothing.
 */
export const importStatistics = defineVerb({
  name: 'knowledge.importStatistics',
  input: StatisticsInput,
  authorize: (actor) => can(actor, 'knowledge.manage'),
  async run(ctx, input) {
    const { file, rows, skipped, sha256 } = await readStatistics(ctx, input);
    const ids = await upsertIndicators(
      ctx,
      file.indicators.map((i) => ({
        ...i,
        source: file.source,
        tableCode: file.tableCode,
        tableLabel: file.tableLabel,
      })),
    );
    const importId = newId();
    const record = {
      id: importId,
      fileName: input.fileName,
      format: input.format,
      source: file.source,
      tableCode: file.tableCode,
      published: file.published,
      importedAt: ctx.now,
      importedBy: actorLabel(ctx.actor),
      observations: rows.length,
      skippedRegions: skipped,
      sha256,
    };
    await ctx.db.insert(statisticsImports).values(record);
    const source = `${file.source}, tabell ${file.tableCode}`;
    await storeObservations(
      ctx,
      rows.map((r) => ({
        indicatorId: ids.get(r.indicatorKey)!,
        memberId: r.memberId,
        year: r.year,
        value: r.value,
        regionCode: r.regionCode,
        source,
        importId,
      })),
    );
    await audit(ctx, {
      action: 'knowledge.importStatistics',
      entityType: 'statisticsImport',
      entityId: importId,
      after: { ...record, indicators: [...ids.keys()] },
    });
    return { ...record, indicators: [...ids.keys()] };
  },
});
