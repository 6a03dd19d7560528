import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { EVENT_KINDS } from '../../src/domain/events/fields';
import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { CheckboxField, CsrfField, FormErrors, SelectField, TextareaField, TextField } from './form';

export interface EventFormValues {
  title?: string;
  kind?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  capacity?: string;
  description?: string;
  consentText?: string;
  networkId?: string;
  published?: boolean;
  registrationOpen?: boolean;
  version?: number;
}

/** The event's settings, for a new event and for editing one; times are Oslo local time. */
export function EventForm({
  values = {},
  failure,
  networks,
  submit,
}: {
  values?: EventFormValues;
  failure: FormFailure | undefined;
  networks: { value: string; label: string }[];
  submit: string;
}) {
  const t = useT();
  const labels = {
    title: t('eventsUi.title'),
    kind: t('eventsUi.kind'),
    startsAt: t('eventsUi.startsAt'),
    endsAt: t('eventsUi.endsAt'),
    location: t('eventsUi.where'),
    capacity: t('eventsUi.capacity'),
    description: t('eventsUi.description'),
    consentText: t('eventsUi.consentText'),
    networkId: t('eventsUi.network'),
  };
  return (
    <Form method="post" className="stack narrow" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value="event" />
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <FormErrors failure={failure} labels={labels} />
      <TextField name="title" label={labels.title} required defaultValue={values.title} failure={failure} />
      <SelectField
        name="kind"
        label={labels.kind}
        defaultValue={values.kind ?? 'conference'}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
        failure={failure}
      />
      <TextField
        name="startsAt"
        type="datetime-local"
        label={labels.startsAt}
        required
        defaultValue={values.startsAt}
        failure={failure}
      />
      <TextField
        name="endsAt"
        type="datetime-local"
        label={labels.endsAt}
        required
        defaultValue={values.endsAt}
        failure={failure}
      />
      <TextField name="location" label={labels.location} defaultValue={values.location} failure={failure} />
      <TextField
        name="capacity"
        type="number"
        label={labels.capacity}
        description={t('eventsUi.capacityHint')}
        defaultValue={values.capacity}
        failure={failure}
      />
      <TextareaField
        name="description"
        label={labels.description}
        rows={4}
        defaultValue={values.description}
        failure={failure}
      />
      <TextareaField
        name="consentText"
        label={labels.consentText}
        description={t('eventsUi.consentTextHint')}
        rows={3}
        defaultValue={values.consentText ?? t('eventsUi.defaultConsent')}
        failure={failure}
      />
      {networks.length ? (
        <SelectField
          name="networkId"
          label={labels.networkId}
          defaultValue={values.networkId ?? ''}
          options={[{ value: '', label: t('eventsUi.noNetwork') }, ...networks]}
          failure={failure}
        />
      ) : null}
      <CheckboxField name="published" label={t('eventsUi.published')} defaultChecked={values.published} />
      <CheckboxField
        name="registrationOpen"
        label={t('eventsUi.registrationOpenLabel')}
        defaultChecked={values.registrationOpen}
      />
      <div>
        <Button type="submit">{submit}</Button>
      </div>
    </Form>
  );
}

/** The form's fields as the event verbs take them. */
export function eventInput(fields: Record<string, string>) {
  return {
    title: fields.title ?? '',
    kind: (fields.kind ?? '') as never,
    startsAt: fields.startsAt ?? '',
    endsAt: fields.endsAt ?? '',
    location: fields.location,
    capacity: fields.capacity ?? null,
    description: fields.description,
    consentText: fields.consentText,
    networkId: fields.networkId ?? null,
    published: fields.published === 'on',
    registrationOpen: fields.registrationOpen === 'on',
  };
}
