import type { FormFailure } from '../lib/form-failure';
import { useFormat, useT } from '../lib/i18n';
import { SelectField, TextareaField, TextField } from './form';

type Option = { value: string; label: string };

export interface ProjectValues {
  name: string;
  description: string;
  funder: string;
  fundingProgramme: string;
  amountGrantedOre: number | null;
  startsOn: string;
  endsOn: string | null;
  focusAreaId: string | null;
  caseId: string | null;
}

/** The labels of a project's fields, for the error summary above the form. */
export function useProjectLabels() {
  const t = useT();
  return {
    name: t('projects.name'),
    description: t('projects.description'),
    funder: t('projects.funder'),
    fundingProgramme: t('projects.fundingProgramme'),
    amountGranted: t('projects.amountGranted'),
    startsOn: t('projects.startsOn'),
    endsOn: t('projects.endsOn'),
    focusAreaId: t('projects.focusArea'),
    caseId: t('projects.case'),
  };
}

/** A project's fields, to add one or change it; the amount is typed in kroner. */
export function ProjectFields({
  project,
  focusAreas,
  cases,
  failure,
}: {
  project?: ProjectValues;
  focusAreas: Option[];
  cases: Option[];
  failure?: FormFailure | undefined;
}) {
  const t = useT();
  const format = useFormat();
  const labels = useProjectLabels();
  const amount = project?.amountGrantedOre;
  return (
    <>
      <TextField name="name" label={labels.name} required defaultValue={project?.name} failure={failure} />
      <TextareaField
        name="description"
        label={labels.description}
        rows={3}
        defaultValue={project?.description}
        failure={failure}
      />
      <TextField
        name="funder"
        label={labels.funder}
        description={t('projects.funderHint')}
        defaultValue={project?.funder}
        failure={failure}
      />
      <TextField
        name="fundingProgramme"
        label={labels.fundingProgramme}
        description={t('projects.fundingProgrammeHint')}
        defaultValue={project?.fundingProgramme}
        failure={failure}
      />
      <TextField
        name="amountGranted"
        label={labels.amountGranted}
        description={t('projects.amountGrantedHint')}
        defaultValue={amount === null || amount === undefined ? '' : format.number(amount / 100)}
        failure={failure}
      />
      <TextField
        name="startsOn"
        type="date"
        label={labels.startsOn}
        required
        defaultValue={project?.startsOn}
        failure={failure}
      />
      <TextField
        name="endsOn"
        type="date"
        label={labels.endsOn}
        defaultValue={project?.endsOn}
        failure={failure}
      />
      <SelectField
        name="focusAreaId"
        label={labels.focusAreaId}
        defaultValue={project?.focusAreaId ?? ''}
        options={[{ value: '', label: t('common.none') }, ...focusAreas]}
        failure={failure}
      />
      <SelectField
        name="caseId"
        label={labels.caseId}
        defaultValue={project?.caseId ?? ''}
        options={[{ value: '', label: t('projects.noCase') }, ...cases]}
        failure={failure}
      />
    </>
  );
}
