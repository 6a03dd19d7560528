import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { SelectField, TextField } from './form';

type Choice = { value: string; label: string };

/** The labels of the registered fields, for the fields and the error summary. */
export function useConsultationLabels() {
  const t = useT();
  return {
    title: t('consultations.fieldTitle'),
    authority: t('consultations.authority'),
    reference: t('consultations.reference'),
    receivedOn: t('consultations.receivedOn'),
    deadline: t('consultations.deadline'),
    focusAreaId: t('consultations.focusArea'),
    responsibleId: t('consultations.responsible'),
  };
}

/** What is registered about a consultation: the same fields to register one and to correct it. */
export function ConsultationFields({
  failure,
  values,
  focusAreas,
  people,
}: {
  failure: FormFailure | undefined;
  values?: {
    title: string;
    authority: string;
    reference: string;
    receivedOn: string;
    deadline: string;
    focusAreaId: string | null;
    responsibleId: string | null;
  };
  focusAreas: Choice[];
  people: Choice[];
}) {
  const t = useT();
  const labels = useConsultationLabels();
  return (
    <>
      <TextField name="title" label={labels.title} required defaultValue={values?.title} failure={failure} />
      <TextField
        name="authority"
        label={labels.authority}
        required
        defaultValue={values?.authority}
        failure={failure}
      />
      <TextField
        name="reference"
        label={labels.reference}
        description={t('consultations.referenceHint')}
        defaultValue={values?.reference}
        failure={failure}
      />
      <TextField
        name="receivedOn"
        type="date"
        label={labels.receivedOn}
        required
        defaultValue={values?.receivedOn}
        failure={failure}
      />
      <TextField
        name="deadline"
        type="date"
        label={labels.deadline}
        required
        defaultValue={values?.deadline}
        failure={failure}
      />
      <SelectField
        name="focusAreaId"
        label={labels.focusAreaId}
        defaultValue={values?.focusAreaId ?? ''}
        options={[{ value: '', label: t('consultations.noFocusArea') }, ...focusAreas]}
        failure={failure}
      />
      <SelectField
        name="responsibleId"
        label={labels.responsibleId}
        description={t('consultations.responsibleHint')}
        defaultValue={values?.responsibleId ?? ''}
        options={[{ value: '', label: t('consultations.noResponsible') }, ...people]}
        failure={failure}
      />
    </>
  );
}
