import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { CheckboxField, SelectField, TextField } from './form';

export interface MeetingValues {
  bodyId?: string;
  title?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  remote?: boolean;
  open?: boolean;
  closedLegalBasis?: string;
}

export function meetingLabels(t: ReturnType<typeof useT>): Record<string, string> {
  return {
    bodyId: t('meetings.body'),
    title: t('meetings.titleField'),
    startsAt: t('meetings.startsAt'),
    endsAt: t('meetings.endsAt'),
    location: t('meetings.location'),
    closedLegalBasis: t('meetings.closedLegalBasis'),
  };
}

/** When and where a meeting is, and whether it is open; the body only when it is planned. */
export function MeetingFields({
  failure,
  values,
  bodies,
}: {
  failure?: FormFailure | undefined;
  values: MeetingValues;
  bodies?: { value: string; label: string }[];
}) {
  const t = useT();
  const labels = meetingLabels(t);
  const checked = (name: string, saved: boolean | undefined) => (failure ? name in failure.values : saved);
  return (
    <>
      {bodies ? (
        <SelectField
          name="bodyId"
          label={labels.bodyId!}
          failure={failure}
          defaultValue={values.bodyId}
          options={[{ value: '', label: t('meetings.chooseBody') }, ...bodies]}
          required
        />
      ) : null}
      <TextField
        name="startsAt"
        type="datetime-local"
        label={labels.startsAt!}
        failure={failure}
        defaultValue={values.startsAt}
        required
      />
      <TextField
        name="endsAt"
        type="datetime-local"
        label={labels.endsAt!}
        failure={failure}
        defaultValue={values.endsAt}
      />
      <TextField name="location" label={labels.location!} failure={failure} defaultValue={values.location} />
      <CheckboxField
        name="remote"
        label={t('meetings.remote')}
        defaultChecked={checked('remote', values.remote)}
      />
      <TextField
        name="title"
        label={labels.title!}
        description={t('meetings.titleHint')}
        failure={failure}
        defaultValue={values.title}
      />
      <CheckboxField
        name="closed"
        label={t('meetings.closed')}
        defaultChecked={checked('closed', values.open === false)}
      />
      <TextField
        name="closedLegalBasis"
        label={labels.closedLegalBasis!}
        description={t('meetings.closedLegalBasisHint')}
        failure={failure}
        defaultValue={values.closedLegalBasis}
      />
    </>
  );
}
