/** The meeting form's fields as the meeting verbs read them; unchecked boxes are absent from the form. */
export function meetingInput(fields: Record<string, string>) {
  return {
    title: fields.title,
    startsAt: fields.startsAt ?? '',
    endsAt: fields.endsAt ?? null,
    location: fields.location ?? '',
    remote: 'remote' in fields,
    open: !('closed' in fields),
    closedLegalBasis: fields.closedLegalBasis ?? null,
  };
}
