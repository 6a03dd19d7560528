import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { Conflict, NotFound } from '../../kernel/errors';
import { people } from '../people/schema';
import { partners } from './schema';

export async function partnerRow(ctx: Pick<Ctx, 'db'>, id: string) {
  const [row] = await ctx.db.select().from(partners).where(eq(partners.id, id));
  if (!row) throw new NotFound('partner');
  return row;
}

/** Two live partners may not share a name (in any case) or an org number: that is a duplicate to merge. */
export async function assertUnique(
  ctx: Pick<Ctx, 'db'>,
  fields: { name: string; orgNumber?: string | null },
  except?: string,
) {
  const clash = await ctx.db
    .select({ name: partners.name })
    .from(partners)
    .where(
      and(
        isNull(partners.mergedIntoId),
        except ? ne(partners.id, except) : undefined,
        fields.orgNumber
          ? sql`(lower(${partners.name}) = lower(${fields.name}) or ${partners.orgNumber} = ${fields.orgNumber})`
          : sql`lower(${partners.name}) = lower(${fields.name})`,
      ),
    );
  if (clash[0]) throw new Conflict('partners.duplicate', { name: clash[0].name });
}

/** The person must be in the people register. */
export async function assertPerson(ctx: Pick<Ctx, 'db'>, id: string) {
  const [row] = await ctx.db.select({ id: people.id }).from(people).where(eq(people.id, id));
  if (!row) throw new NotFound('person');
}
