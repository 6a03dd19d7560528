import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from './form';

export interface NewsFormValues {
  title?: string;
  lead?: string;
  body?: string;
  focusAreaId?: string | null;
  version?: number;
}

/** Title, lead, text (Markdown) and focus area: for a new item and for editing one. */
export function NewsForm({
  values = {},
  failure,
  focusAreas,
  submit,
}: {
  values?: NewsFormValues;
  failure: FormFailure | undefined;
  focusAreas: { value: string; label: string }[];
  submit: string;
}) {
  const t = useT();
  const labels = {
    title: t('news.title'),
    lead: t('news.ingress'),
    body: t('news.body'),
    focusAreaId: t('news.focusArea'),
  };
  return (
    <Form method="post" className="stack narrow" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value="news" />
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <FormErrors failure={failure} labels={labels} />
      <TextField name="title" label={labels.title} required defaultValue={values.title} failure={failure} />
      <TextareaField
        name="lead"
        label={labels.lead}
        description={t('news.ingressHint')}
        rows={2}
        defaultValue={values.lead}
        failure={failure}
      />
      <TextareaField
        name="body"
        label={labels.body}
        description={t('news.bodyHint')}
        rows={12}
        defaultValue={values.body}
        failure={failure}
      />
      <SelectField
        name="focusAreaId"
        label={labels.focusAreaId}
        defaultValue={values.focusAreaId ?? ''}
        options={[{ value: '', label: t('news.noFocusArea') }, ...focusAreas]}
        failure={failure}
      />
      <div>
        <Button type="submit">{submit}</Button>
      </div>
    </Form>
  );
}

/** The form's fields as the news verbs take them (an empty focus area is none). */
export function newsInput(fields: Record<string, string>) {
  return {
    title: fields.title ?? '',
    lead: fields.lead ?? '',
    body: fields.body ?? '',
    focusAreaId: fields.focusAreaId ?? null,
  };
}
