import type { z } from 'zod';
import type { Actor, Ctx } from './ctx';
import { bumpDataVersion, trackChange } from './data-version';
import { Conflict, Forbidden, Unauthenticated } from './errors';
import { inTransaction, withTransaction } from './transaction';
import { parseInput } from './validate';

const UNIQUE_VIOLATION = '23505';

// Drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === UNIQUE_VIOLATION || e?.cause?.code === UNIQUE_VIOLATION;
}

/** Marks functions made by defineVerb, so the architecture test can find every verb. */
export const VERB = Symbol.for('samrad.verb');

export interface VerbSpec<S extends z.ZodType, R> {
  /** `area.verbNoun`, e.g. `accounts.addUser`. */
  name: string;
  input: S;
  /** Coarse permission, checked before the input is even parsed. Object-level checks go in `run`. */
  authorize(actor: Actor): boolean;
  /** Runs inside the transaction; must write at least one audit row with `audit(ctx, …)`. */
  run(ctx: Ctx, input: z.output<S>): Promise<R>;
}

export type Verb<S extends z.ZodType, R> = ((args: { ctx: Ctx; input: z.input<S> }) => Promise<R>) & {
  [VERB]: string;
  input: S;
};

/**
 * The one way to change data: authorize → validate → one transaction → audit row in it.
 * A verb that commits without an audit row fails (and rolls back), so the rule is code, not prose.
 */
export function defineVerb<S extends z.ZodType, R>(spec: VerbSpec<S, R>): Verb<S, R> {
  const verb = async ({ ctx, input }: { ctx: Ctx; input: z.input<S> }): Promise<R> => {
    if (!spec.authorize(ctx.actor))
      throw ctx.actor.kind === 'anonymous' ? new Unauthenticated() : new Forbidden();
    const parsed = parseInput(spec.input, input, ctx.locale);
    // Only the outermost verb bumps, so no nested verb holds the lock while more work follows.
    const outermost = !inTransaction(ctx.db);
    try {
      const transaction = () =>
        withTransaction(ctx, async (txCtx) => {
          const verbScope = { name: spec.name, audited: 0 };
          const result = await spec.run({ ...txCtx, verbScope }, parsed);
          if (verbScope.audited === 0)
            throw new Error(`Verb ${spec.name} wrote no audit row; its transaction is rolled back`);
          // Last, so the row lock that orders concurrent commits is held only until the commit.
          if (outermost) await bumpDataVersion(txCtx.db);
          return result;
        });
      return await (outermost ? trackChange(ctx.db, transaction) : transaction());
    } catch (error) {
      // A unique index caught a race the verb's own check could not: same answer as the check.
      if (isUniqueViolation(error)) throw new Conflict();
      throw error;
    }
  };
  return Object.assign(verb, { [VERB]: spec.name, input: spec.input });
}

export function isVerb(value: unknown): value is Verb<z.ZodType, unknown> {
  return typeof value === 'function' && VERB in value;
}
