import type { Hono } from 'hono';
import {
  getOparlPerson,
  listOparlPersons,
  type OparlMembershipRow,
  type OparlPersonRow,
  oparlMembershipsOf,
} from '../../domain/bodies/oparl-queries';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, tombstone, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';
import { presentMembership } from './membership';

/**
 * Person: someone who holds or held an appointment, as the public sees them (name and title —
 * the title, "ordfører", is OParl's `status`; no contact details, no gender), with the
 * memberships embedded.
 */
export function presentPerson(
  row: OparlPersonRow,
  memberships: OparlMembershipRow[],
  scope: OparlScope,
): OparlObject {
  const id = scope.urls.person(row.id);
  if (row.deleted) return tombstone('Person', id, row);
  return compact({
    id,
    type: typeUrl('Person'),
    body: scope.urls.body,
    name: row.name,
    status: row.title ? [row.title] : undefined,
    membership: scope.omitInternal ? undefined : memberships.map((m) => presentMembership(m, scope)),
    web: scope.urls.web.person(row.id),
    ...times(row),
  });
}

async function present(ctx: Ctx, rows: OparlPersonRow[], scope: OparlScope) {
  const memberships = scope.omitInternal
    ? []
    : await oparlMembershipsOf(
        ctx,
        rows.filter((r) => !r.deleted).map((r) => r.id),
      );
  return rows.map((row) =>
    presentPerson(
      row,
      memberships.filter((m) => m.person_id === row.id),
      scope,
    ),
  );
}

export function personRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/persons', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const ctx = publicCtx(c);
    const { total, rows } = await listOparlPersons(ctx, request.window, request.page);
    return listPage(c, scope.urls.list('person'), request, { total, data: await present(ctx, rows, scope) });
  });

  app.get('/person/:id', async (c) => {
    const ctx = publicCtx(c);
    const row = await getOparlPerson(ctx, idParam(c));
    if (!row) throw new NotFound('person');
    const [person] = await present(ctx, [row], scopeOf(c));
    return oparlJson(person);
  });
}
