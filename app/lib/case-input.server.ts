/** The case form's fields as the case verbs read them (route from its ordered selects, empty ones skipped). */
export function caseInput(fields: Record<string, string>) {
  const route = ['route1', 'route2', 'route3'].map((k) => fields[k]).filter((v): v is string => Boolean(v));
  return {
    title: fields.title ?? '',
    titleExempt: 'titleExempt' in fields,
    access: (fields.access ?? 'public') as 'public' | 'exempt',
    legalBasis: fields.legalBasis ?? null,
    officerId: fields.officerId ?? null,
    background: fields.background ?? '',
    assessment: fields.assessment ?? '',
    proposedDecision: fields.proposedDecision ?? '',
    ...(route.length ? { route } : {}),
  };
}
