/** The form's registered fields as the verbs take them (an empty select means none). */
export function consultationInput(fields: Record<string, string>) {
  return {
    title: fields.title ?? '',
    authority: fields.authority ?? '',
    reference: fields.reference ?? '',
    receivedOn: fields.receivedOn ?? '',
    deadline: fields.deadline ?? '',
    focusAreaId: fields.focusAreaId ?? null,
    responsibleId: fields.responsibleId ?? null,
  };
}
