import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { dataVersion } from './schema';

/** Counts a committed change (called by every verb inside its transaction). */
export async function bumpDataVersion(db: Executor): Promise<void> {
  await db
    .update(dataVersion)
    .set({ value: sql`${dataVersion.value} + 1` })
    .where(eq(dataVersion.id, 1));
}

/** The number of changes committed so far: what a cached page was rendered at. */
export async function currentDataVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ value: dataVersion.value }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.value ?? 0;
}
