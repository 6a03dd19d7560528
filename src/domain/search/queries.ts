import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { decodeCursor, encodeCursor } from '../../kernel/pagination';
import { searchVector, titleWords } from '../../kernel/search';
import { queryRowsPlannedOnce } from '../../kernel/sql';
import { parseInput } from '../../kernel/validate';
import { bodies } from '../bodies/schema';
import { visibilityByBody } from '../cases/queries';
import { caseDocuments, cases } from '../cases/schema';
import { can as canConsultations } from '../consultations/permissions';
import { consultations } from '../consultations/schema';
import { can as canEvents } from '../events/permissions';
import { events } from '../events/schema';
import { meetings } from '../meetings/schema';
import { can as canNews } from '../news/permissions';
import { newsArticles } from '../news/schema';
import { can as canProgramme } from '../programme/permissions';
import { activities, placements, programmes } from '../programme/schema';

export const SEARCH_TYPES = [
  'case',
  'document',
  'meeting',
  'activity',
  'consultation',
  'event',
  'news',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SearchParams = z.object({
  q: z.string().trim().min(2).max(200),
  type: z.enum(SEARCH_TYPES).optional(),
  bodyId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  focusAreaId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});

/** A hit: what it is, its title, a snippet with the matched words marked, and where it is. */
export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  /** The case number (39/19) of a case or a case's document. */
  reference: string | null;
  date: string | null;
  year: number | null;
  /** The snippet as text runs; `hit` marks the words that matched (render them as <mark>). */
  snippet: { text: string; hit: boolean }[];
  href: string;
}

const START = '\u0002';
const STOP = '\u0003';

/** "ø" in a snippet run becomes runs of plain and matched text, never markup. */
function runs(headline: string): SearchHit['snippet'] {
  const out: SearchHit['snippet'] = [];
  for (const [i, part] of headline.split(new RegExp(`[${START}${STOP}]`)).entries())
    if (part) out.push({ text: part, hit: i % 2 === 1 });
  return out;
}

/**
 * Norwegian full-text search over cases, case papers and attachments, meetings, programme
 * activities, consultations, events and news: ranked, with marked snippets, filtered, paged. Each
 * branch asks what the caller may see — for anyone not signed in only public content, so an
 * exempt document's words find nothing — and uses its table's GIN index.
 *
 * The query is parsed once, in a one-row CTE the branches join: the planner then cannot guess
 * from the words how many rows match, so it keeps to the GIN indexes, which is right where many
 * do (matching a stored vector by sequential scan costs more than the planner thinks). A branch
 * gives only what ranking and ordering need; case numbers, dates as text and snippets are made
 * for the page's hits alone.
 */
export async function search(ctx: Ctx, params: z.input<typeof SearchParams>) {
  const p = parseInput(SearchParams, params, ctx.locale);
  const offset = Number(decodeCursor(p.cursor, 1, ctx.locale)?.[0] ?? 0);
  const internal = ctx.actor.kind !== 'anonymous';
  // Bodies whose exempt cases this caller may read (none for the public).
  const allBodies = internal ? (await ctx.db.select({ id: bodies.id }).from(bodies)).map((b) => b.id) : [];
  const visible = [...(await visibilityByBody(ctx, allBodies))].filter(([, v]) => v).map(([id]) => id);
  const exemptVisible = (bodyColumn: SQL | unknown) =>
    visible.length
      ? sql`${bodyColumn} in (${sql.join(
          visible.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`false`;
  // Ranked by the Norwegian stems, and first where the title has the very words searched for:
  // the stemmer makes "kommunelov" and "kommune" one stem, the title tells them apart.
  const rank = (table: PgTable) =>
    sql`ts_rank(${searchVector(table)}, q.query) + (${titleWords(table)} @@ q.words)::int`;
  const matches = (table: PgTable) => sql`${searchVector(table)} @@ q.query`;
  const wants = (type: SearchType) => !p.type || p.type === type;
  const bodyFilter = (column: unknown) => (p.bodyId ? sql`and ${column} = ${p.bodyId}::uuid` : sql``);
  const yearFilter = (expr: SQL) => (p.year ? sql`and ${expr} = ${p.year}` : sql``);
  const branches: SQL[] = [];

  if (wants('case') && !p.focusAreaId) {
    branches.push(sql`select 'case', ${cases.id}, ${cases.title}, ${cases.sequence}, ${cases.year},
      coalesce(${cases.decidedOn}, ${cases.registeredOn}), ${rank(cases)}
      from q, ${cases} where ${matches(cases)}
      and (${cases.access} = 'public' or ${exemptVisible(cases.bodyId)})
      ${bodyFilter(cases.bodyId)} ${yearFilter(sql`${cases.year}`)}`);
  }
  if (wants('document') && !p.focusAreaId) {
    branches.push(sql`select 'document', ${caseDocuments.id}, ${caseDocuments.title}, ${cases.sequence},
      ${cases.year}, (${caseDocuments.uploadedAt} at time zone 'Europe/Oslo')::date, ${rank(caseDocuments)}
      from q, ${caseDocuments} join ${cases} on ${cases.id} = ${caseDocuments.caseId}
      where ${matches(caseDocuments)}
      and ((${caseDocuments.access} = 'public' and ${cases.access} = 'public') or ${exemptVisible(cases.bodyId)})
      ${bodyFilter(cases.bodyId)} ${yearFilter(sql`${cases.year}`)}`);
  }
  if (wants('meeting') && !p.focusAreaId) {
    const year = sql`extract(year from ${meetings.startsAt} at time zone 'Europe/Oslo')::int`;
    branches.push(sql`select 'meeting', ${meetings.id}, ${meetings.title}, null, ${year},
      (${meetings.startsAt} at time zone 'Europe/Oslo')::date, ${rank(meetings)}
      from q, ${meetings} where ${matches(meetings)} ${bodyFilter(meetings.bodyId)} ${yearFilter(year)}`);
  }
  if (wants('activity') && !p.bodyId) {
    const drafts = canProgramme(ctx.actor, 'programme.readInternal');
    branches.push(sql`select 'activity', ${activities.id}, ${activities.text}, null, ${programmes.year}, null,
      ${rank(activities)}
      from q, ${activities} join ${programmes} on ${programmes.id} = ${activities.programmeId}
      where ${matches(activities)} ${drafts ? sql`` : sql`and ${programmes.status} = 'adopted'`}
      ${yearFilter(sql`${programmes.year}`)}
      ${p.focusAreaId ? sql`and exists (select 1 from ${placements} pl where pl.activity_id = ${activities.id} and pl.focus_area_id = ${p.focusAreaId}::uuid)` : sql``}`);
  }
  if (wants('consultation') && !p.bodyId) {
    const all = canConsultations(ctx.actor, 'consultations.read');
    const year = sql`extract(year from ${consultations.deadline})::int`;
    branches.push(sql`select 'consultation', ${consultations.id}, ${consultations.title}, null, ${year},
      ${consultations.deadline}, ${rank(consultations)}
      from q, ${consultations} where ${matches(consultations)}
      ${all ? sql`` : sql`and ${consultations.status} = 'submitted'`} ${yearFilter(year)}
      ${p.focusAreaId ? sql`and ${consultations.focusAreaId} = ${p.focusAreaId}::uuid` : sql``}`);
  }
  if (wants('event') && !p.bodyId) {
    const all = canEvents(ctx.actor, 'events.read');
    const year = sql`extract(year from ${events.startsAt} at time zone 'Europe/Oslo')::int`;
    branches.push(sql`select 'event', ${events.id}, ${events.title}, null, ${year},
      (${events.startsAt} at time zone 'Europe/Oslo')::date, ${rank(events)}
      from q, ${events} where ${matches(events)}
      ${all ? sql`` : sql`and ${events.published}`} ${yearFilter(year)}
      ${p.focusAreaId ? sql`and ${events.focusAreaId} = ${p.focusAreaId}::uuid` : sql``}`);
  }
  const newsDesk = canNews(ctx.actor, 'news.manage');
  if (wants('news') && !p.bodyId) {
    // A draft has no publication date: it is dated by its last change.
    const day = sql`coalesce(${newsArticles.publishedAt}, ${newsArticles.updatedAt}) at time zone 'Europe/Oslo'`;
    const year = sql`extract(year from ${day})::int`;
    branches.push(sql`select 'news', ${newsArticles.id}, ${newsArticles.title}, null, ${year},
      (${day})::date, ${rank(newsArticles)}
      from q, ${newsArticles} where ${matches(newsArticles)}
      ${newsDesk ? sql`` : sql`and ${newsArticles.status} = 'published'`} ${yearFilter(year)}
      ${p.focusAreaId ? sql`and ${newsArticles.focusAreaId} = ${p.focusAreaId}::uuid` : sql``}`);
  }
  if (!branches.length) return { items: [] as SearchHit[], total: 0, nextCursor: null };

  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  // The text a snippet is cut from, read for the page's hits only (attachments' texts are long).
  const text = (table: PgTable & { id: AnyColumn }, expr: SQL) =>
    sql`(select ${expr} from ${table} where ${table.id} = page.id)`;
  const body = sql`case page.type
    when 'case' then ${text(cases, sql`coalesce(${cases.background}, '') || ' ' || coalesce(${cases.proposedDecision}, '') || ' ' || coalesce(${cases.decision}, '')`)}
    when 'document' then ${text(caseDocuments, sql`${caseDocuments.text}`)}
    when 'meeting' then ${text(meetings, sql`${meetings.location}`)}
    when 'activity' then ${text(activities, sql`${activities.details}`)}
    when 'consultation' then ${text(consultations, sql`${consultations.authority}`)}
    when 'event' then ${text(events, sql`${events.description}`)}
    when 'news' then ${text(newsArticles, sql`${newsArticles.lead} || ' ' || ${newsArticles.body}`)}
  end`;
  const rows = await queryRowsPlannedOnce<Record<string, unknown>>(
    ctx.db,
    sql`
    with q as materialized (
      select websearch_to_tsquery('norwegian', ${p.q}) as query, plainto_tsquery('simple', ${p.q}) as words
    ),
    hits (type, id, title, sequence, year, date, rank) as (${sql.join(branches, sql` union all `)}),
    page as (
      select *, count(*) over () as total from hits
      order by rank desc, date desc nulls last, id
      limit ${p.limit} offset ${offset}
    )
    select type, id, title, year, total, date::text as date,
      sequence::text || '/' || lpad((year % 100)::text, 2, '0') as reference,
      ts_headline('norwegian', title || ' — ' || coalesce(${body}, ''), q.query, ${options}) as headline
    from page, q order by rank desc, date desc nulls last, id`,
  );
  const total = Number(rows[0]?.total ?? 0);
  const items = rows.map((r) => hitOf(r, internal, newsDesk));
  return {
    items,
    total,
    nextCursor: offset + p.limit < total ? encodeCursor([offset + p.limit]) : null,
  };
}

function hitOf(r: Record<string, unknown>, internal: boolean, newsDesk: boolean): SearchHit {
  const type = r.type as SearchType;
  const id = String(r.id);
  const year = r.year === null ? null : Number(r.year);
  const app = internal ? '/app' : '';
  const href = {
    case: `${app}/saker/${id}`,
    document: `/filer/${id}`,
    meeting: `${app}/moter/${id}`,
    activity: internal ? `/app/aktiviteter/${id}` : `/handlingsprogram/${year}`,
    consultation: `${app}/horinger/${id}`,
    event: `${app}/arrangementer/${id}`,
    news: newsDesk ? `/app/nyheter/${id}` : `/nyheter/${id}`,
  }[type];
  return {
    type,
    id,
    title: String(r.title),
    reference: (r.reference as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    year,
    snippet: runs(String(r.headline ?? '')),
    href,
  };
}
