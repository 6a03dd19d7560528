import { KIND_NAMES, MEMBER_COLUMNS } from '../domain/members/import-rows';
import type { MemberOnDate } from '../domain/members/queries';
import { GENDER_NAMES, PEOPLE_COLUMNS } from '../domain/people/import-rows';
import type { PersonView } from '../domain/people/present';
import type { Table } from './table';

/** Members as a table with the import's own columns, so an export can be edited and imported again. */
export function memberTable(members: MemberOnDate[]): Table {
  return {
    headers: MEMBER_COLUMNS.map((c) => c.nb),
    rows: members.map((m) => [
      KIND_NAMES[m.kind],
      m.number ?? '',
      m.name,
      m.county?.name ?? '',
      m.subregion?.name ?? '',
      m.orgNumber ?? '',
      m.joinedOn,
      m.notes,
    ]),
  };
}

/** People as a table with the import's columns (contact details only when the caller may see them). */
export function peopleTable(people: PersonView[]): Table {
  return {
    headers: PEOPLE_COLUMNS.map((c) => c.nb),
    rows: people.map((p) => [
      p.name,
      p.title,
      p.organisation,
      p.email ?? '',
      p.phone ?? '',
      p.gender ? GENDER_NAMES[p.gender] : '',
      p.notes ?? '',
    ]),
  };
}
