import type { Hono } from 'hono';
import { getOparlFile, listOparlFiles, type OparlFileRow } from '../../domain/cases/oparl-queries';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, oparlDate, times, tombstone, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * File: a public document of a public case, downloaded where the portal serves it (/filer/:id);
 * or a meeting's notice (innkalling) or minutes (protokoll), the HTML the portal generates.
 * Samråd keeps a SHA-256 of each document, for which OParl 1.1 has no field (only SHA-1 and
 * SHA-512): it is not given.
 */
export function presentFile(row: OparlFileRow, { urls }: OparlScope): OparlObject {
  const id = urls.file(row.id, row.part);
  if (row.deleted) return tombstone('File', id, row);
  if (row.part === 'document') {
    return compact({
      id,
      type: typeUrl('File'),
      name: row.name,
      fileName: row.file_name,
      mimeType: row.mime_type,
      date: oparlDate(row.created_at),
      size: row.size,
      accessUrl: urls.web.document(row.id),
      downloadUrl: urls.web.document(row.id),
      paper: row.case_id ? [urls.paper(row.case_id)] : undefined,
      ...times(row),
    });
  }
  const notice = row.part === 'notice';
  return compact({
    id,
    type: typeUrl('File'),
    name: `${notice ? 'Innkalling' : 'Protokoll'} – ${row.name}`,
    mimeType: row.mime_type,
    date: oparlDate(row.created_at),
    accessUrl: notice ? urls.web.notice(row.id) : urls.web.minutes(row.id),
    meeting: [urls.meeting(row.id)],
    ...times(row),
  });
}

export function fileRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/files', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { total, rows } = await listOparlFiles(publicCtx(c), request.window, request.page);
    return listPage(c, scope.urls.list('file'), request, {
      total,
      data: rows.map((row) => presentFile(row, scope)),
    });
  });

  app.get('/file/:id', async (c) => {
    const row = await getOparlFile(publicCtx(c), idParam(c), 'document');
    if (!row) throw new NotFound('document');
    return oparlJson(presentFile(row, scopeOf(c)));
  });

  app.get('/file/:id/:part{innkalling|protokoll}', async (c) => {
    const part = c.req.param('part') === 'innkalling' ? 'notice' : 'minutes';
    const row = await getOparlFile(publicCtx(c), idParam(c), part);
    if (!row) throw new NotFound('document');
    return oparlJson(presentFile(row, scopeOf(c)));
  });
}
