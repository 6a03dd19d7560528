/** The body form's fields as the verbs' input: the composition rule built from its type's settings. */
export function bodyInput(fields: Record<string, string>, form: FormData) {
  const deputies = form.has('deputies');
  const type = fields.compositionType ?? 'open';
  const composition =
    type === 'fixed'
      ? { type, seats: Number(fields.seats ?? 0), deputies }
      : type === 'participants'
        ? { type, scheme: fields.scheme ?? '', deputies }
        : type === 'named_counties_subregions'
          ? { type, namedMemberIds: form.getAll('namedMemberIds').map(String), deputies }
          : type === 'one_per_member'
            ? { type, deputies }
            : { type: 'open' };
  return {
    kind: fields.kind,
    name: fields.name ?? '',
    shortName: fields.shortName ?? '',
    mandate: fields.mandate ?? '',
    appointedById: fields.appointedById ?? null,
    predecessorId: fields.predecessorId ?? null,
    composition,
    meetingsPerYearMin: fields.meetingsPerYearMin ?? null,
    meetingsPerYearMax: fields.meetingsPerYearMax ?? null,
    validFrom: fields.validFrom ?? '',
    validTo: fields.validTo ?? null,
  };
}
