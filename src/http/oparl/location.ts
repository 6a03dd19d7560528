import type { Hono } from 'hono';
import {
  getOparlLocation,
  listOparlLocations,
  type OparlLocationRow,
} from '../../domain/meetings/oparl-queries';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, typeUrl } from './format';
import { listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/** Location: a place meetings are held, as the secretariat writes it ("Oslo rådhus"). */
export function presentLocation(row: OparlLocationRow, { urls }: OparlScope): OparlObject {
  return compact({
    id: urls.location(row.id),
    type: typeUrl('Location'),
    description: row.description,
    ...times(row),
  });
}

export function locationRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/locations', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { total, rows } = await listOparlLocations(publicCtx(c), request.window, request.page);
    return listPage(c, scope.urls.list('locationList'), request, {
      total,
      data: rows.map((row) => presentLocation(row, scope)),
    });
  });

  app.get('/location/:key{[0-9a-f]{32}}', async (c) => {
    const row = await getOparlLocation(publicCtx(c), c.req.param('key'));
    if (!row) throw new NotFound();
    return oparlJson(presentLocation(row, scopeOf(c)));
  });
}
