import type { PersonView } from '../../src/domain/people/present';
import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { SelectField, TextareaField, TextField } from './form';

/** The fields of a person, for the new and the edit form. */
export function PersonFields({
  failure,
  person,
  members,
}: {
  failure?: FormFailure | undefined;
  person?: PersonView;
  members: { value: string; label: string }[];
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="name"
        label={t('people.name')}
        defaultValue={person?.name}
        required
        failure={failure}
      />
      <TextField name="title" label={t('people.title_')} defaultValue={person?.title} failure={failure} />
      <TextField
        name="organisation"
        label={t('people.organisation')}
        defaultValue={person?.organisation}
        failure={failure}
      />
      <SelectField
        name="memberId"
        label={t('people.member')}
        defaultValue={person?.memberId}
        options={[{ value: '', label: '—' }, ...members]}
        failure={failure}
      />
      <TextField
        name="email"
        type="email"
        label={t('people.email')}
        defaultValue={person?.email}
        autoComplete="off"
        failure={failure}
      />
      <TextField
        name="phone"
        type="tel"
        label={t('people.phone')}
        defaultValue={person?.phone}
        autoComplete="off"
        failure={failure}
      />
      <SelectField
        name="gender"
        label={t('people.gender')}
        defaultValue={person?.gender}
        options={[
          { value: '', label: t('people.gender.unknown') },
          ...(['female', 'male', 'other'] as const).map((g) => ({
            value: g,
            label: t(`people.gender.${g}`),
          })),
        ]}
        failure={failure}
      />
      <TextareaField
        name="notes"
        label={t('common.notes')}
        defaultValue={person?.notes}
        rows={3}
        failure={failure}
      />
    </>
  );
}

export function personLabels(t: ReturnType<typeof useT>) {
  return {
    name: t('people.name'),
    title: t('people.title_'),
    email: t('people.email'),
    phone: t('people.phone'),
    organisation: t('people.organisation'),
    gender: t('people.gender'),
  };
}
