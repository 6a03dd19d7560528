import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { SelectField, TextareaField, TextField } from './form';

export interface Option {
  value: string;
  label: string;
}

/** The fields of a member's identity (kind, name, number, county, sub-region), shared by new and merge. */
export function MemberIdentityFields({
  failure,
  counties,
  subregions,
  prefix = '',
  withKind = true,
}: {
  failure?: FormFailure | undefined;
  counties: Option[];
  subregions: Option[];
  prefix?: string;
  withKind?: boolean;
}) {
  const t = useT();
  return (
    <>
      {withKind ? (
        <SelectField
          name={`${prefix}kind`}
          label={t('members.kind')}
          failure={failure}
          options={(['municipality', 'county', 'other'] as const).map((k) => ({
            value: k,
            label: t(`members.kind.${k}`),
          }))}
        />
      ) : null}
      <TextField name={`${prefix}name`} label={t('members.name')} required failure={failure} />
      <TextField
        name={`${prefix}number`}
        label={t('members.number')}
        description={t('members.numberHint')}
        failure={failure}
      />
      <SelectField
        name={`${prefix}countyId`}
        label={t('members.county')}
        failure={failure}
        options={[{ value: '', label: '—' }, ...counties]}
      />
      <SelectField
        name={`${prefix}subregionId`}
        label={t('members.subregion')}
        failure={failure}
        options={[{ value: '', label: t('members.noSubregion') }, ...subregions]}
      />
      <TextField name={`${prefix}orgNumber`} label={t('members.orgNumber')} failure={failure} />
    </>
  );
}

export function MemberNotesFields({
  failure,
  notes,
  evidence,
}: {
  failure?: FormFailure | undefined;
  notes?: string;
  evidence?: string;
}) {
  const t = useT();
  return (
    <>
      <TextareaField name="notes" label={t('common.notes')} defaultValue={notes} failure={failure} />
      <TextareaField
        name="evidence"
        label={t('members.evidence')}
        defaultValue={evidence}
        rows={3}
        failure={failure}
      />
    </>
  );
}
