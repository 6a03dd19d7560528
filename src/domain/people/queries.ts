import { eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { can } from './permissions';
import { type PersonView, presentPerson } from './present';
import { people } from './schema';

export const ListPeopleParams = PageParams.extend({
  q: z.string().trim().max(100).optional(),
  memberId: z.uuid().optional(),
});

/** People in Norwegian order by name; `q` searches name, organisation and (for signed-in users) e-mail. */
export async function listPeople(
  ctx: Ctx,
  params: z.input<typeof ListPeopleParams>,
): Promise<Page<PersonView>> {
  const p = parseInput(ListPeopleParams, params, ctx.locale);
  const internal = can(ctx.actor, 'people.readContact');
  const pattern = p.q ? `%${p.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await ctx.db
    .select()
    .from(people)
    .where(
      pattern
        ? or(
            ilike(people.name, pattern),
            ilike(people.organisation, pattern),
            internal ? ilike(people.email, pattern) : undefined,
          )
        : p.memberId
          ? eq(people.memberId, p.memberId)
          : undefined,
    );
  const all = rows
    .filter((r) => !p.memberId || r.memberId === p.memberId)
    .sort((a, b) => compareNb(a.name, b.name));
  return paginate(
    all.map((r) => presentPerson(r, internal)),
    p,
    ctx.locale,
  );
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonView> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('person');
  const [row] = await ctx.db.select().from(people).where(eq(people.id, id));
  if (!row) throw new NotFound('person');
  return presentPerson(row, can(ctx.actor, 'people.readContact'));
}
