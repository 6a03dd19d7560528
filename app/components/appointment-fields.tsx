import { ROLES } from '../../src/domain/bodies/fields';
import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { SelectField, TextareaField, TextField } from './form';

type Option = { value: string; label: string };

export interface AppointmentValues {
  personId?: string;
  role?: string;
  onBehalfMemberId?: string | null;
  onBehalfSubregionId?: string | null;
  deputyForId?: string | null;
  votingRight?: boolean;
  validFrom?: string;
  validTo?: string | null;
  notes?: string;
}

/** The fields of an appointment, for appointing and for changing or ending one. */
export function AppointmentFields({
  failure,
  values = {},
  people,
  members,
  subregions,
  seats,
}: {
  failure?: FormFailure | undefined;
  values?: AppointmentValues;
  people: Option[];
  members: Option[];
  subregions: Option[];
  seats: Option[];
}) {
  const t = useT();
  return (
    <>
      <SelectField
        name="personId"
        label={t('bodies.person')}
        defaultValue={values.personId}
        options={people}
        required
        failure={failure}
      />
      <SelectField
        name="role"
        label={t('bodies.role')}
        defaultValue={values.role ?? 'member'}
        options={ROLES.map((r) => ({ value: r, label: t(`bodies.role.${r}`) }))}
        failure={failure}
      />
      <SelectField
        name="onBehalfMemberId"
        label={t('bodies.onBehalfMember')}
        defaultValue={values.onBehalfMemberId}
        options={[{ value: '', label: '—' }, ...members]}
        failure={failure}
      />
      <SelectField
        name="onBehalfSubregionId"
        label={t('bodies.onBehalfSubregion')}
        defaultValue={values.onBehalfSubregionId}
        options={[{ value: '', label: '—' }, ...subregions]}
        failure={failure}
      />
      <SelectField
        name="deputyForId"
        label={t('bodies.deputyFor')}
        defaultValue={values.deputyForId}
        options={[{ value: '', label: '—' }, ...seats]}
        failure={failure}
      />
      <SelectField
        name="votingRight"
        label={t('bodies.votingRight')}
        description={t('bodies.votingRightHint')}
        defaultValue={values.votingRight === undefined ? '' : String(values.votingRight)}
        options={[
          { value: '', label: t('bodies.votingDefault') },
          { value: 'true', label: t('common.yes') },
          { value: 'false', label: t('common.no') },
        ]}
        failure={failure}
      />
      <TextField
        name="validFrom"
        type="date"
        label={t('common.fromDate')}
        defaultValue={values.validFrom}
        required
        failure={failure}
      />
      <TextField
        name="validTo"
        type="date"
        label={t('common.toDate')}
        defaultValue={values.validTo}
        failure={failure}
      />
      <TextareaField
        name="notes"
        label={t('common.notes')}
        defaultValue={values.notes}
        rows={2}
        failure={failure}
      />
    </>
  );
}

export function appointmentLabels(t: ReturnType<typeof useT>) {
  return {
    personId: t('bodies.person'),
    role: t('bodies.role'),
    onBehalfSubregionId: t('bodies.onBehalfSubregion'),
    onBehalfMemberId: t('bodies.onBehalfMember'),
    validFrom: t('common.fromDate'),
    validTo: t('common.toDate'),
  };
}
