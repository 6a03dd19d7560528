import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { makeUser } from '../../../tests/support/fixtures';
import { bearerFor, testHttp } from '../../../tests/support/http';
import { DEMO_EXEMPT } from '../../demo/meetings';
import { appointPerson } from '../../domain/bodies/appoint-person';
import { listBodies } from '../../domain/bodies/queries';
import { removeAppointment } from '../../domain/bodies/remove-appointment';
import { getCase, listCases } from '../../domain/cases/queries';
import { removeCaseDocument } from '../../domain/cases/remove-case-document';
import { getMeeting, listMeetings } from '../../domain/meetings/queries';
import { removeAgendaItem } from '../../domain/meetings/remove-agenda-item';
import { updateMeeting } from '../../domain/meetings/update-meeting';
import { listMembers } from '../../domain/members/queries';
import { addPerson } from '../../domain/people/add-person';
import type { Ctx } from '../../kernel/ctx';
import { toOsloLocal } from '../../kernel/dates';
import { oparlDateTime } from './format';

/**
 * OParl 1.1 on the demo data: every object valid against the standard's schemas (read in place
 * from ../shared/reference) plus the rules of the spec text they miss, every id resolving to
 * itself, lists that paginate and filter, deletions as tombstones, and nothing exempt anywhere.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const SCHEMAS = resolve(ROOT, '../shared/reference/oparl/schema-v1.1.1');
const EXAMPLES = resolve(ROOT, '../shared/reference/oparl/examples-v1.1.1');
const SCHEMA_BASE = 'https://schema.oparl.org/1.1/schema/';
const TYPE_BASE = 'https://schema.oparl.org/1.1/';
const LISTS_OF_1_1 = [
  'agendaItem',
  'consultation',
  'file',
  'locationList',
  'legislativeTermList',
  'membership',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type OparlObject = { id: string; type: string; [key: string]: Json };

/** The schema with the custom `"schema": "X.json"` of an embedded object (or array item) made a $ref. */
function withRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(withRefs);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.schema === 'string') return { $ref: node.schema };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withRefs(v)]));
}

/**
 * A validator of OParl objects: the JSON schemas, with embedded objects followed into their own
 * schema and the non-standard "url" format, and the spec's rules the schemas leave out.
 */
function oparlValidator() {
  // The schemas' patterns escape ':' and '/', which a unicode RegExp refuses.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  ajv.addVocabulary(['references', 'backreference', 'cardinality']);
  ajv.addFormat('url', (value: string) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  });
  // The spec's forms exactly: yyyy-mm-dd and yyyy-mm-ddThh:mm:ss±hh:mm.
  ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  ajv.addFormat('date-time', (value: string) => {
    return (
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
    );
  });
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const schema = withRefs(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as Json) as object;
    ajv.addSchema({ ...schema, $id: `${SCHEMA_BASE}${file}` });
    // A tombstone may drop every attribute but these (the spec, "Gelöschte Objekte").
    ajv.addSchema({
      ...schema,
      $id: `${SCHEMA_BASE}deleted/${file}`,
      required: ['id', 'type', 'created', 'modified', 'deleted'],
    });
  }
  const schemaOf = (object: { [key: string]: Json }) =>
    typeof object.type === 'string' && object.type.startsWith(TYPE_BASE)
      ? ajv.getSchema(
          `${SCHEMA_BASE}${object.deleted === true ? 'deleted/' : ''}${object.type.slice(TYPE_BASE.length)}.json`,
        )
      : undefined;

  /**
   * The rules of the spec text, over the object and everything embedded in it; an embedded object
   * changes its container, so it is never modified after it (`within` is the container's modified).
   */
  function specProblems(value: Json, path: string, problems: string[], within?: string): string[] {
    if (value === null) {
      problems.push(`${path} is null`);
      return problems;
    }
    if (value === '' || (Array.isArray(value) && value.length === 0))
      problems.push(`${path} is empty (omit it instead)`);
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) specProblems(v, `${path}[${i}]`, problems, within);
    } else if (typeof value === 'object') {
      if (typeof value.type === 'string' && value.type.startsWith(TYPE_BASE)) {
        for (const key of ['created', 'modified'])
          if (!(key in value)) problems.push(`${path} (${value.type}) has no ${key}`);
        if (value.deleted === true) {
          const extra = Object.keys(value).filter(
            (k) => !['id', 'type', 'created', 'modified', 'deleted'].includes(k),
          );
          if (extra.length) problems.push(`${path} is deleted but keeps ${extra.join(', ')}`);
        }
        if (value.type === `${TYPE_BASE}Body`)
          for (const key of LISTS_OF_1_1) if (!(key in value)) problems.push(`${path} (Body) has no ${key}`);
        if (within && typeof value.modified === 'string' && Date.parse(value.modified) > Date.parse(within))
          problems.push(`${path} was modified after the object it is part of`);
        if (typeof value.modified === 'string') within = value.modified;
      }
      for (const [k, v] of Object.entries(value)) specProblems(v, `${path}.${k}`, problems, within);
    }
    return problems;
  }

  return (object: Json): string[] => {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) return ['not an object'];
    const validate = schemaOf(object);
    if (!validate) return [`unknown type ${String(object.type)}`];
    const problems = specProblems(object, '', []);
    if (!validate(object))
      problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
    return problems;
  };
}

const validate = oparlValidator();
const database = setupTestDatabase({ demo: true });
let http: ReturnType<typeof testHttp>;
const ORIGIN = 'http://localhost';
const OPARL = `${ORIGIN}/oparl/v1`;

async function get(url: string, init: RequestInit = {}) {
  const response = await http.app.request(url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Json };
}

let editor: Ctx;
beforeAll(async () => {
  http = testHttp(database());
  editor = (await makeUser(database().db, { role: 'editor' })).ctx;
}, 120_000);

describe('the OParl validator', () => {
  it('passes the spec examples and refuses what the spec forbids', () => {
    const example = (name: string) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as OparlObject;
    for (const name of ['System-01.json', 'Paper-01.json', 'Person-01.json', 'Location-01.json'])
      expect(validate(example(name)), name).toEqual([]);
    // Its own Meeting example lacks an agenda item's `order`; found through the embedded schema.
    expect(validate(example('Meeting-01.json'))).toContainEqual(
      "/agendaItem/0 must have required property 'order'",
    );
    const paper = example('Paper-01.json');
    expect(validate({ ...paper, name: null })).toContain('.name is null');
    expect(validate({ ...paper, mainFile: { ...(paper.mainFile as object), size: '82930' } })).toContain(
      '/mainFile/size must be integer',
    );
    const { created: _c, ...noCreated } = paper;
    expect(validate(noCreated)).toContain(' (https://schema.oparl.org/1.1/Paper) has no created');
    expect(validate({ ...paper, web: 'not a url' })).toContain('/web must match format "url"');
    expect(validate({ ...paper, created: '2013-01-08T12:05:27Z' })).toContain(
      '/created must match format "date-time"',
    );
    const file = paper.mainFile as OparlObject;
    expect(validate({ ...paper, mainFile: { ...file, modified: '2020-01-01T00:00:00+01:00' } })).toContain(
      '.mainFile was modified after the object it is part of',
    );
    const gone = {
      id: file.id,
      type: file.type,
      created: file.created!,
      modified: file.modified!,
      deleted: true,
    };
    expect(validate(gone)).toEqual([]);
    expect(validate({ ...gone, name: file.name! })).toEqual([' is deleted but keeps name']);
    expect(validate({ ...gone, created: undefined as unknown as string })).toContain(
      "/ must have required property 'created'",
    );
    const body = example('Body-01.json');
    const { membership: _m, legislativeTermList: _l, ...oldBody } = body;
    expect(validate(oldBody)).toContain(' (Body) has no membership');
  });
});

interface Crawl {
  /** Every response body, as served. */
  texts: string[];
  /** Every object fetched at its id, by id. */
  objects: Map<string, OparlObject>;
  /** Every object met in a list or embedded, with where. */
  seen: { object: OparlObject; at: string }[];
  problems: string[];
}

/** Walks the tree from the System, following every URL into /oparl/v1/, a few requests at a time. */
async function crawl(): Promise<Crawl> {
  const result: Crawl = { texts: [], objects: new Map(), seen: [], problems: [] };
  const queued = new Set<string>();
  const queue: string[] = [];
  const enqueue = (url: string) => {
    if (url.startsWith(`${OPARL}/`) && !queued.has(url)) {
      queued.add(url);
      queue.push(url);
    }
  };
  const collect = (value: Json, at: string) => {
    if (Array.isArray(value)) {
      for (const v of value) collect(v, at);
    } else if (value && typeof value === 'object') {
      if (typeof value.id === 'string' && typeof value.type === 'string')
        result.seen.push({ object: value as OparlObject, at });
      for (const v of Object.values(value)) collect(v, at);
    } else if (typeof value === 'string') enqueue(value);
  };
  async function visit(url: string) {
    const { status, headers, text, body } = await get(url);
    result.texts.push(text);
    if (status !== 200) return result.problems.push(`${url}: ${status}`);
    if (headers.get('content-type') !== 'application/json; charset=utf-8')
      result.problems.push(`${url}: content-type ${headers.get('content-type')}`);
    const page = body as {
      data?: Json[];
      pagination?: Record<string, number>;
      links?: Record<string, string>;
    };
    if (Array.isArray(page.data)) {
      const { currentPage = 0, totalPages = 0 } = page.pagination ?? {};
      if (!page.links || currentPage < totalPages !== 'next' in page.links)
        result.problems.push(`${url}: links.next on a page that is not the last, and only there`);
      for (const item of page.data)
        for (const p of validate(item)) result.problems.push(`${url} ${(item as OparlObject).id}: ${p}`);
    } else {
      const object = body as OparlObject;
      if (object.id !== url) result.problems.push(`${url} answers with id ${object.id}`);
      for (const p of validate(object)) result.problems.push(`${url}: ${p}`);
      result.objects.set(url, object);
    }
    collect(body, url);
  }
  enqueue(`${OPARL}/system`);
  // A few requests at a time, until nothing new is found.
  while (queue.length) await Promise.all(queue.splice(0, 4).map(visit));
  return result;
}

let tree: Crawl;
/** What the filter test adds, for the deletion test to remove. */
const added = { personId: '', appointmentId: '' };
const ofType = (type: string) => [...tree.objects.values()].filter((o) => o.type === `${TYPE_BASE}${type}`);

describe('OParl 1.1 on the demo data', () => {
  it('serves a tree that validates, where every id resolves to the object that names it', async () => {
    tree = await crawl();
    expect(tree.problems).toEqual([]);
    for (const { object, at } of tree.seen) {
      const fetched = tree.objects.get(object.id);
      expect(fetched, `${object.id} (in ${at})`).toBeDefined();
      // Listed or embedded, an object is the one its own URL serves.
      expect(object, `${object.id} in ${at}`).toEqual(fetched);
    }
    const count = (type: string) => ofType(type).length;
    expect(count('System')).toBe(1);
    expect(count('Body')).toBe(1);
    expect(count('Organization')).toBeGreaterThan(71 + 10); // members, bodies, sub-regions
    for (const type of [
      'Person',
      'Membership',
      'Meeting',
      'AgendaItem',
      'Paper',
      'Consultation',
      'File',
      'Location',
    ])
      expect(count(type), type).toBeGreaterThan(0);

    const [system] = ofType('System');
    expect(system).toMatchObject({ oparlVersion: 'https://schema.oparl.org/1.1/', body: `${OPARL}/bodies` });
    const [body] = ofType('Body');
    expect(body!.name).toBe('Osloregionen');
    expect((body!.legislativeTerm as OparlObject[]).map((t) => t.name)).toContain('Valgperioden 2019–2023');

    const organizations = ofType('Organization');
    const named = (name: string) => organizations.find((o) => o.name === name);
    expect(named('Styret')).toMatchObject({ organizationType: 'Gremium', classification: 'Styre' });
    expect(named('Nordre Follo')).toMatchObject({
      organizationType: 'Institution',
      classification: 'Kommune',
    });
    expect(named('Viken fylkeskommune')).toMatchObject({ classification: 'Fylkeskommune' });

    const paper = ofType('Paper').find((p) => p.reference === '39/19')!;
    expect(paper).toMatchObject({
      name: 'Konsekvenser av ny kommunelov for Osloregionen',
      paperType: 'Saksframlegg',
      underDirectionOf: [named('Styret')!.id],
      mainFile: { name: 'Saksframlegg 39/19', mimeType: 'application/pdf', accessUrl: expect.any(String) },
    });
    const [consultation] = paper.consultation as OparlObject[];
    expect(consultation).toMatchObject({ paper: paper.id, authoritative: true, role: 'Vedtak' });
    const meeting = tree.objects.get(consultation!.meeting as string)!;
    expect(meeting).toMatchObject({ meetingState: 'durchgeführt', organization: [named('Styret')!.id] });
    expect(meeting.resultsProtocol).toMatchObject({ mimeType: 'text/html' });
    const item = (meeting.agendaItem as OparlObject[]).find((i) => i.number === '39/19')!;
    expect(item).toMatchObject({ consultation: consultation!.id, public: true, result: 'Vedtatt.' });
    expect(item.resolutionText).toEqual(expect.any(String));
    // The document is there to download, where the portal serves it.
    const file = await http.app.request(
      ((paper.mainFile as OparlObject).accessUrl as string).slice(ORIGIN.length),
    );
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'application/pdf']);

    // Representatives sit for a member municipality (or a sub-region); the secretariat for no one.
    const memberships = ofType('Membership');
    const onBehalf = memberships.filter((m) => m.onBehalfOf);
    expect(onBehalf.length).toBeGreaterThan(71);
    const municipal = onBehalf.filter(
      (m) => tree.objects.get(m.onBehalfOf as string)?.classification === 'Kommune',
    );
    expect(municipal.length).toBeGreaterThan(60);
    const secretariat = named('Sekretariatet')!;
    expect(memberships.filter((m) => m.organization === secretariat.id).every((m) => !m.onBehalfOf)).toBe(
      true,
    );
    const person = tree.objects.get(municipal[0]!.person as string)!;
    expect((person.membership as OparlObject[]).map((m) => m.id)).toContain(municipal[0]!.id);
    expect(person).not.toHaveProperty('email');
  }, 60_000);

  it('shows nothing of the exempt case but its number and legal basis, to anyone', async () => {
    const system = { ...editor, actor: { kind: 'system' as const, label: 'test' } };
    const [kase] = (await listCases(system, { q: DEMO_EXEMPT.caseNumber })).items;
    const detail = await getCase(system, kase!.id);
    const document = detail.documents[0]!;
    const served = tree.texts.join('\n');
    for (const secret of [
      'kontorlokal',
      'forhandlingsmandat',
      'leietilbud',
      DEMO_EXEMPT.title,
      DEMO_EXEMPT.documentTitle,
      DEMO_EXEMPT.secretPhrase,
      'kvadratmeter',
      document.id,
      document.sha256!,
    ])
      expect(served.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    // On the agenda as the portal shows it: number and legal basis, not public.
    const item = ofType('AgendaItem').find((i) => i.number === DEMO_EXEMPT.caseNumber)!;
    expect(item).toMatchObject({ name: 'Unntatt offentlighet (Offl. § 23 første ledd)', public: false });
    expect(item).not.toHaveProperty('consultation');
    expect(item).not.toHaveProperty('resolutionText');
    // Withheld as a whole, also from a signed-in editor: a tombstone of the case, no file at all.
    const { headers } = await bearerFor(database().db, 'editor');
    const paper = await get(`${OPARL}/paper/${kase!.id}`, { headers });
    expect(paper.status).toBe(200);
    expect(Object.keys(paper.body as object).sort()).toEqual([
      'created',
      'deleted',
      'id',
      'modified',
      'type',
    ]);
    const file = await get(`${OPARL}/file/${document.id}`, { headers });
    expect(file.status).toBe(404);
    expect(file.body).toMatchObject({ type: 'https://schema.oparl.org/1.1/Error' });
  });

  it('pages a list to its end without repeats, with the totals it states', async () => {
    const first = await get(`${OPARL}/body/alliance/persons?limit=7`);
    const { pagination } = first.body as { pagination: Record<string, number> };
    expect(pagination).toMatchObject({ elementsPerPage: 7, currentPage: 1 });
    const ids: string[] = [];
    let url: string | undefined = `${OPARL}/body/alliance/persons?limit=7`;
    let pages = 0;
    while (url) {
      const page = (await get(url)).body as { data: OparlObject[]; links: Record<string, string> };
      pages += 1;
      ids.push(...page.data.map((p) => p.id));
      if (pages > 1) expect(page.links.prev).toBeDefined();
      expect(page.data.length).toBe(page.links.next ? 7 : pagination.totalElements! - 7 * (pages - 1));
      url = page.links.next;
    }
    expect(pages).toBe(pagination.totalPages);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(pagination.totalElements);
    expect(new Set(ids)).toEqual(new Set(ofType('Person').map((p) => p.id)));

    const capped = (await get(`${OPARL}/body/alliance/organizations?limit=1000`)).body as {
      data: Json[];
      pagination: Record<string, number>;
    };
    expect([capped.data.length, capped.pagination.elementsPerPage]).toEqual([100, 100]);
    for (const bad of ['limit=0', 'limit=tre', 'page=0'])
      expect((await get(`${OPARL}/body/alliance/persons?${bad}`)).status, bad).toBe(400);
  });

  it('answers what is not there with its error object, and leaves out embedded lists when asked', async () => {
    for (const path of [
      'person/ikke-en-id',
      `person/${crypto.randomUUID()}`,
      'body/styret/persons',
      'moter',
    ]) {
      const missing = await get(`${OPARL}/${path}`);
      expect([missing.status, missing.headers.get('access-control-allow-origin')], path).toEqual([404, '*']);
      expect(missing.body, path).toMatchObject({ type: 'https://schema.oparl.org/1.1/Error' });
    }
    expect((await http.app.request('/oparl/v1')).headers.get('location')).toBe(`${OPARL}/system`);
    const lean = (await get(`${OPARL}/body/alliance/meetings?omit_internal=true&limit=2`)).body as {
      data: OparlObject[];
      links: Record<string, string>;
    };
    expect(lean.data.some((m) => 'agendaItem' in m)).toBe(false);
    expect(ofType('Meeting').some((m) => 'agendaItem' in m)).toBe(true);
    expect(lean.links.next).toContain('omit_internal=true');
  });

  it('filters every list by created and modified, keeping the filters in its links', async () => {
    // The new rows are made a few seconds ahead, so the demo (made before) is older to the second.
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000);
    const since = new Date(at.getTime() - 1000).toISOString();
    const later = { ...editor, now: at };
    const [board] = (await listBodies(later, { asOf: '2020-03-01' })).items.filter(
      (b) => b.name === 'Styret',
    );
    const [member] = (await listMembers(later, { q: 'Asker' })).items;
    const person = await addPerson({ ctx: later, input: { name: 'Ingrid Haugen', title: 'ordfører' } });
    const appointment = await appointPerson({
      ctx: later,
      input: {
        bodyId: board!.id,
        personId: person.id,
        role: 'deputy_member',
        onBehalfMemberId: member!.id,
        validFrom: '2020-03-01',
      },
    });
    Object.assign(added, { personId: person.id, appointmentId: appointment.id });
    const planned = (await listMeetings(later, { from: '2020-03-10', to: '2020-03-10' }))[0]!;
    await updateMeeting({
      ctx: later,
      input: {
        id: planned.id,
        version: planned.version,
        title: planned.title,
        startsAt: toOsloLocal(planned.startsAt),
        endsAt: planned.endsAt ? toOsloLocal(planned.endsAt) : undefined,
        location: 'Lillestrøm rådhus',
        open: true,
      },
    });
    /** The ids of a whole list, every page. */
    const list = async (name: string, query: string) => {
      const ids: string[] = [];
      let url: string | undefined = `${OPARL}/body/alliance/${name}?${query}`;
      while (url) {
        const page = (await get(url)).body as { data: OparlObject[]; links: { next?: string } };
        ids.push(...page.data.map((o) => o.id));
        url = page.links.next;
      }
      return ids;
    };
    const q = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;

    expect(await list('persons', q('created_since', since))).toEqual([`${OPARL}/person/${person.id}`]);
    expect(await list('memberships', q('created_since', since))).toEqual([
      `${OPARL}/membership/${appointment.id}`,
    ]);
    const older = await list('persons', q('created_until', since));
    expect(older).not.toContain(`${OPARL}/person/${person.id}`);
    expect(older.length).toBe(ofType('Person').length);
    expect(await list('meetings', q('modified_since', since))).toEqual([`${OPARL}/meeting/${planned.id}`]);
    expect(await list('meetings', q('created_since', since))).toEqual([]);
    const before = await list('meetings', q('modified_until', since));
    expect(before).not.toContain(`${OPARL}/meeting/${planned.id}`);
    expect(before.length).toBe(ofType('Meeting').length - 1);
    // Moved, the meeting is held at a place no meeting was before: a new Location, changed then.
    const places = await get(`${OPARL}/body/alliance/locations?${q('modified_since', since)}`);
    expect((places.body as { data: OparlObject[] }).data.map((l) => l.description)).toEqual([
      'Lillestrøm rådhus',
    ]);
    // An offset written unencoded (its + arrives as a space) means what it says.
    expect(await list('persons', `created_since=${oparlDateTime(since)}`)).toEqual([
      `${OPARL}/person/${person.id}`,
    ]);

    const paged = (await get(`${OPARL}/body/alliance/persons?limit=1&${q('created_until', since)}`)).body as {
      links: Record<string, string>;
    };
    expect(new URL(paged.links.next!).searchParams.get('created_until')).toBe(since);
    expect(new URL(paged.links.next!).searchParams.get('limit')).toBe('1');

    const bad = await get(`${OPARL}/body/alliance/papers?created_since=i%20g%C3%A5r`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    expect(bad.body).toMatchObject({
      type: 'https://schema.oparl.org/1.1/Error',
      message: expect.stringContaining('created_since'),
    });
  });

  it('keeps a deleted membership, person, file and agenda item as tombstones, listed only to modified_since', async () => {
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 10_000);
    const since = encodeURIComponent(new Date(at.getTime() - 1000).toISOString());
    const later = { ...editor, now: at };
    const membershipUrl = `${OPARL}/membership/${added.appointmentId}`;
    const personUrl = `${OPARL}/person/${added.personId}`;
    await removeAppointment({ ctx: later, input: { id: added.appointmentId } });

    const paper = ofType('Paper').find((p) => p.reference === '39/19')!;
    const mainFile = paper.mainFile as OparlObject;
    await removeCaseDocument({ ctx: later, input: { id: mainFile.id.split('/').at(-1)! } });
    const planned = (await listMeetings(later, { from: '2020-03-10', to: '2020-03-10' }))[0]!;
    const [item] = (await getMeeting(later, planned.id)).agenda;
    await removeAgendaItem({ ctx: later, input: { id: item!.id } });
    const itemUrls = [`${OPARL}/agenda-item/${item!.id}`, `${OPARL}/consultation/${item!.id}`];

    for (const url of [membershipUrl, personUrl, mainFile.id, ...itemUrls]) {
      const { status, body } = await get(url);
      expect(status, url).toBe(200);
      expect(validate(body), url).toEqual([]);
      expect(body).toMatchObject({ id: url, deleted: true, modified: expect.stringMatching(/^\d{4}-/) });
      expect(new Date((body as OparlObject).modified as string).getTime()).toBe(at.getTime());
    }
    const ids = async (list: string, query = '') =>
      ((await get(`${OPARL}/body/alliance/${list}?limit=100${query}`)).body as { data: OparlObject[] }).data;
    expect((await ids('memberships')).map((m) => m.id)).not.toContain(membershipUrl);
    expect((await ids('persons')).map((p) => p.id)).not.toContain(personUrl);
    const changed = await ids('memberships', `&modified_since=${since}`);
    expect(changed.find((m) => m.id === membershipUrl)).toMatchObject({ deleted: true });
    const files = await ids('files', `&modified_since=${since}`);
    expect(files.find((f) => f.id === mainFile.id)).toMatchObject({ deleted: true });
    // What they were part of changed then too: the meeting, and the paper (no main file now).
    expect(((await get(`${OPARL}/meeting/${planned.id}`)).body as OparlObject).modified).toBe(
      oparlDateTime(at),
    );
    const now = (await get(paper.id)).body as OparlObject;
    expect(now.modified).not.toBe(paper.modified);
    expect((now.mainFile as OparlObject | undefined)?.id).not.toBe(mainFile.id);
  });
});
