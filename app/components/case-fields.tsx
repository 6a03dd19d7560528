import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { CheckboxField, RadioGroup, SelectField, TextareaField, TextField } from './form';

export interface CaseValues {
  bodyId?: string;
  title?: string;
  titleExempt?: boolean;
  access?: 'public' | 'exempt';
  legalBasis?: string | null;
  officerId?: string | null;
  background?: string;
  assessment?: string;
  proposedDecision?: string;
  route?: string[];
}

type Option = { value: string; label: string };
/** The route as three ordered selects (the case-input reads them in this order). */
const ROUTE_STEPS = ['route1', 'route2', 'route3'] as const;

export function caseLabels(t: ReturnType<typeof useT>): Record<string, string> {
  return {
    bodyId: t('cases.body'),
    title: t('cases.titleField'),
    titleExempt: t('cases.titleExempt'),
    legalBasis: t('cases.legalBasis'),
    officerId: t('cases.officer'),
    background: t('cases.background'),
    assessment: t('cases.assessment'),
    proposedDecision: t('doc.proposedDecision'),
    number: t('cases.number'),
    route: t('cases.route'),
  };
}

/**
 * A case's fields: its body (only when registered), title, public or exempt with the legal basis,
 * officer, the bodies it goes through in order, and the case paper in Markdown.
 */
export function CaseFields({
  failure,
  values,
  bodies,
  people,
  newCase,
}: {
  failure?: FormFailure | undefined;
  values: CaseValues;
  bodies: Option[];
  people: Option[];
  newCase?: boolean;
}) {
  const t = useT();
  const labels = caseLabels(t);
  const checked = (name: string, saved: boolean | undefined) => (failure ? name in failure.values : saved);
  return (
    <>
      {newCase ? (
        <SelectField
          name="bodyId"
          label={labels.bodyId!}
          failure={failure}
          defaultValue={values.bodyId}
          options={[{ value: '', label: t('meetings.chooseBody') }, ...bodies]}
          required
        />
      ) : null}
      <TextField name="title" label={labels.title!} failure={failure} defaultValue={values.title} required />
      <RadioGroup
        name="access"
        legend={t('cases.access')}
        options={[
          { value: 'public', label: t('cases.access.public') },
          { value: 'exempt', label: t('cases.access.exempt') },
        ]}
        defaultValue={failure?.values.access ?? values.access ?? 'public'}
      />
      <TextField
        name="legalBasis"
        label={labels.legalBasis!}
        description={t('cases.legalBasisHint')}
        failure={failure}
        defaultValue={values.legalBasis}
      />
      <CheckboxField
        name="titleExempt"
        label={labels.titleExempt!}
        defaultChecked={checked('titleExempt', values.titleExempt)}
      />
      <SelectField
        name="officerId"
        label={labels.officerId!}
        failure={failure}
        defaultValue={values.officerId}
        options={[{ value: '', label: '—' }, ...people]}
      />
      <fieldset className="ds-fieldset stack">
        <legend className="ds-label">{labels.route}</legend>
        <p className="field-description ds-paragraph" data-size="sm">
          {t('cases.routeHint')}
        </p>
        {ROUTE_STEPS.map((name, i) => (
          <SelectField
            key={name}
            name={name}
            label={t('cases.routeStep', { step: i + 1 })}
            failure={failure}
            defaultValue={values.route?.[i] ?? ''}
            options={[{ value: '', label: '—' }, ...bodies]}
          />
        ))}
      </fieldset>
      <TextareaField
        name="background"
        label={labels.background!}
        description={t('cases.markdownHint')}
        failure={failure}
        defaultValue={values.background}
        rows={8}
      />
      <TextareaField
        name="assessment"
        label={labels.assessment!}
        failure={failure}
        defaultValue={values.assessment}
        rows={8}
      />
      <TextareaField
        name="proposedDecision"
        label={labels.proposedDecision!}
        failure={failure}
        defaultValue={values.proposedDecision}
        rows={4}
      />
    </>
  );
}
