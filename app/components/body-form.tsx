import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { COMPOSITION_TYPES, type CompositionRule } from '../../src/domain/bodies/composition';
import { BODY_KINDS } from '../../src/domain/bodies/fields';
import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import { CheckboxField, CsrfField, FormErrors, SelectField, TextareaField, TextField } from './form';

export interface BodyFormValues {
  kind: string;
  name: string;
  shortName: string;
  mandate: string;
  appointedById: string | null;
  predecessorId: string | null;
  composition: CompositionRule;
  meetingsPerYearMin: number | null;
  meetingsPerYearMax: number | null;
  validFrom: string;
  validTo: string | null;
  version: number;
}

type Option = { value: string; label: string };

/** A body's fields; the composition rule is chosen by type, with the settings that type needs. */
export function BodyForm({
  failure,
  body,
  bodies,
  members,
}: {
  failure?: FormFailure | undefined;
  body?: BodyFormValues;
  bodies: Option[];
  members: Option[];
}) {
  const t = useT();
  const rule = body?.composition;
  const labels = {
    kind: t('bodies.kind'),
    name: t('bodies.name'),
    validFrom: t('common.fromDate'),
    validTo: t('common.toDate'),
    'composition.seats': t('bodies.seats'),
    'composition.scheme': t('bodies.scheme'),
    meetingsPerYearMax: t('bodies.meetingsMax'),
  };
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfField />
      {body ? <input type="hidden" name="version" value={body.version} /> : null}
      <FormErrors failure={failure} labels={labels} />
      <SelectField
        name="kind"
        label={t('bodies.kind')}
        defaultValue={body?.kind}
        options={BODY_KINDS.map((k) => ({ value: k, label: t(`bodies.kind.${k}`) }))}
        failure={failure}
      />
      <TextField name="name" label={t('bodies.name')} defaultValue={body?.name} required failure={failure} />
      <TextField
        name="shortName"
        label={t('bodies.shortName')}
        defaultValue={body?.shortName}
        failure={failure}
      />
      <TextareaField
        name="mandate"
        label={t('bodies.mandate')}
        defaultValue={body?.mandate}
        rows={5}
        failure={failure}
      />
      <SelectField
        name="appointedById"
        label={t('bodies.appointedBy')}
        defaultValue={body?.appointedById}
        options={[{ value: '', label: '—' }, ...bodies]}
        failure={failure}
      />
      <SelectField
        name="predecessorId"
        label={t('bodies.predecessor')}
        defaultValue={body?.predecessorId}
        options={[{ value: '', label: '—' }, ...bodies]}
        failure={failure}
      />
      <fieldset className="ds-fieldset stack">
        <legend className="ds-label">{t('bodies.composition')}</legend>
        <SelectField
          name="compositionType"
          label={t('bodies.composition')}
          defaultValue={rule?.type ?? 'open'}
          options={COMPOSITION_TYPES.map((c) => ({ value: c, label: t(`bodies.composition.${c}`) }))}
          failure={failure}
        />
        <TextField
          name="seats"
          type="number"
          label={t('bodies.seats')}
          defaultValue={rule?.type === 'fixed' ? String(rule.seats) : undefined}
          failure={failure}
        />
        <TextField
          name="scheme"
          label={t('bodies.scheme')}
          defaultValue={rule?.type === 'participants' ? rule.scheme : 'brand-partnership'}
          failure={failure}
        />
        <div className="ds-field">
          <label className="ds-label" htmlFor="field-namedMemberIds">
            {t('bodies.namedMembers')}
          </label>
          <select
            id="field-namedMemberIds"
            name="namedMemberIds"
            multiple
            size={6}
            className="ds-input"
            defaultValue={rule?.type === 'named_counties_subregions' ? rule.namedMemberIds : []}
          >
            {members.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <CheckboxField
          name="deputies"
          label={t('bodies.deputies')}
          defaultChecked={rule && rule.type !== 'open' ? rule.deputies : false}
        />
      </fieldset>
      <TextField
        name="meetingsPerYearMin"
        type="number"
        label={t('bodies.meetingsMin')}
        defaultValue={body?.meetingsPerYearMin?.toString()}
        failure={failure}
      />
      <TextField
        name="meetingsPerYearMax"
        type="number"
        label={t('bodies.meetingsMax')}
        defaultValue={body?.meetingsPerYearMax?.toString()}
        failure={failure}
      />
      <TextField
        name="validFrom"
        type="date"
        label={t('common.fromDate')}
        defaultValue={body?.validFrom}
        required
        failure={failure}
      />
      <TextField
        name="validTo"
        type="date"
        label={t('common.toDate')}
        defaultValue={body?.validTo}
        failure={failure}
      />
      <div>
        <Button type="submit">{t('common.save')}</Button>
      </div>
    </Form>
  );
}
