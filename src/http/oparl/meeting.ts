import type { Hono } from 'hono';
import { oparlMeetingDocumentsOf } from '../../domain/cases/oparl-queries';
import {
  getOparlMeeting,
  listOparlMeetings,
  type OparlAgendaItemRow,
  type OparlLocationRow,
  type OparlMeetingRow,
  oparlAgendaOf,
  oparlLocationsNamed,
} from '../../domain/meetings/oparl-queries';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { presentAgendaItem } from './agenda-item';
import { presentFile } from './file';
import { compact, type OparlObject, type OparlScope, oparlDateTime, times, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';
import { presentLocation } from './location';

/** The spec's recommended states: planned, invited (notice out, minutes not yet approved), held (minutes approved). */
function meetingState(row: OparlMeetingRow): string {
  if (row.status === 'minutes_approved') return 'durchgeführt';
  return row.notice_sent_at ? 'eingeladen' : 'terminiert';
}

interface Embedded {
  agenda: OparlAgendaItemRow[];
  locations: OparlLocationRow[];
  documents: Awaited<ReturnType<typeof oparlMeetingDocumentsOf>>;
}

/**
 * Meeting: every meeting of the public calendar, with its place, its body, and — as the portal
 * shows them — the agenda and notice once the notice is out, the minutes once approved.
 */
export function presentMeeting(row: OparlMeetingRow, embedded: Embedded, scope: OparlScope): OparlObject {
  const { urls } = scope;
  const location = row.location ? embedded.locations.find((l) => l.description === row.location) : undefined;
  const document = (part: 'notice' | 'minutes') => {
    const file = embedded.documents.find((d) => d.id === row.id && d.part === part);
    return file ? presentFile(file, scope) : undefined;
  };
  return compact({
    id: urls.meeting(row.id),
    type: typeUrl('Meeting'),
    name: row.title,
    meetingState: meetingState(row),
    cancelled: row.status === 'cancelled' ? true : undefined,
    start: oparlDateTime(row.starts_at),
    end: row.ends_at ? oparlDateTime(row.ends_at) : undefined,
    location: location ? presentLocation(location, scope) : undefined,
    organization: [urls.organization(row.body_id)],
    invitation: document('notice'),
    resultsProtocol: document('minutes'),
    agendaItem: scope.omitInternal
      ? undefined
      : embedded.agenda.filter((a) => a.meeting_id === row.id).map((a) => presentAgendaItem(a, scope)),
    web: urls.web.meeting(row.id),
    ...times(row),
  });
}

/** The page's embedded objects, one query per kind. */
async function present(ctx: Ctx, rows: OparlMeetingRow[], scope: OparlScope) {
  const ids = rows.map((r) => r.id);
  const places = [...new Set(rows.map((r) => r.location).filter((l): l is string => Boolean(l)))];
  const [agenda, locations, documents] = await Promise.all([
    scope.omitInternal ? Promise.resolve([]) : oparlAgendaOf(ctx, ids),
    oparlLocationsNamed(ctx, places),
    oparlMeetingDocumentsOf(ctx, ids),
  ]);
  return rows.map((row) => presentMeeting(row, { agenda, locations, documents }, scope));
}

export function meetingRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/meetings', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const ctx = publicCtx(c);
    const { total, rows } = await listOparlMeetings(ctx, request.window, request.page);
    return listPage(c, scope.urls.list('meeting'), request, { total, data: await present(ctx, rows, scope) });
  });

  app.get('/meeting/:id', async (c) => {
    const ctx = publicCtx(c);
    const row = await getOparlMeeting(ctx, idParam(c));
    if (!row) throw new NotFound('meeting');
    const [meeting] = await present(ctx, [row], scopeOf(c));
    return oparlJson(meeting);
  });
}
