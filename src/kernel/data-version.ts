import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { dataVersion } from './schema';
import { queryRowsPlannedOnce } from './sql';

/** Counts a committed change (called by every verb inside its transaction). */
export async function bumpDataVersion(db: Executor): Promise<void> {
  await db
    .update(dataVersion)
    .set({ value: sql`${dataVersion.value} + 1` })
    .where(eq(dataVersion.id, 1));
}

/**
 * The number of changes committed so far, as the database holds it: right for any number of
 * nodes. Read before every cached page, so planned once per connection.
 */
export async function currentDataVersion(db: Executor): Promise<number> {
  const [row] = await queryRowsPlannedOnce<{ value: number }>(
    db,
    sql`select ${dataVersion.value} as value from ${dataVersion} where ${dataVersion.id} = 1`,
  );
  return Number(row?.value ?? 0);
}

interface LocalChanges {
  running: number;
  finished: number;
}

// Databases whose every writer is this process (embedded mode holds the data directory's lock).
const local = new WeakMap<object, LocalChanges>();

/** Declares that only this process writes to `db`, so its changes can be counted in memory. */
export function countChangesLocally(db: object): void {
  local.set(db, { running: 0, finished: 0 });
}

/**
 * Wraps a top-level verb on a locally counted database: while it runs, the version is unknown
 * (it may commit at any moment), and when it ends the count moves on, committed or not.
 */
export async function trackChange<T>(db: object, work: () => Promise<T>): Promise<T> {
  const changes = local.get(db);
  if (!changes) return work();
  changes.running++;
  try {
    return await work();
  } finally {
    changes.running--;
    changes.finished++;
  }
}

interface SharedRead {
  /** The read that will start when the one in flight ends; everyone asking now waits for it. */
  next: Promise<number> | null;
  inFlight: Promise<unknown>;
}
const shared = new WeakMap<object, SharedRead>();

/**
 * One database read for all the requests that ask meanwhile. A request may only use a read that
 * starts after it asked (else it could miss a commit made just before), so it joins the next
 * read, which starts when the one in flight ends: one round trip per round, not one per request.
 */
function sharedRead(db: Executor): Promise<number> {
  let state = shared.get(db);
  if (!state) {
    state = { next: null, inFlight: Promise.resolve() };
    shared.set(db, state);
  }
  const s = state;
  if (!s.next) {
    s.next = s.inFlight.then(() => {
      s.next = null;
      const read = currentDataVersion(db);
      s.inFlight = read.catch(() => {});
      return read;
    });
  }
  return s.next;
}

/**
 * The version a page may be cached under: counted in memory where this process is the only
 * writer (null while a change is under way), else read from the database.
 */
export async function cacheableDataVersion(db: Executor): Promise<number | null> {
  const changes = local.get(db);
  if (!changes) return sharedRead(db);
  return changes.running ? null : changes.finished;
}
