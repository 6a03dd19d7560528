import { Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { FormFailure } from '../lib/form-failure';

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/**
 * A select whose options come in labelled groups (people, members, partners), linked to its label,
 * description and error on the server like the fields in form.tsx. Empty groups are left out.
 */
export function GroupedSelectField(props: {
  name: string;
  id?: string;
  label: string;
  description?: string;
  /** The first, empty choice ("Velg …"). */
  placeholder: string;
  groups: OptionGroup[];
  failure?: FormFailure | undefined;
  defaultValue?: string;
}) {
  const id = props.id ?? `field-${props.name}`;
  const errors = props.failure?.fieldErrors[props.name] ?? [];
  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <Field>
      <Label htmlFor={id}>{props.label}</Label>
      {props.description ? (
        <Paragraph data-size="sm" id={descriptionId} className="field-description">
          {props.description}
        </Paragraph>
      ) : null}
      {errors.length ? <ValidationMessage id={errorId}>{errors.join(' ')}</ValidationMessage> : null}
      <Select
        id={id}
        name={props.name}
        defaultValue={props.failure?.values[props.name] ?? props.defaultValue ?? ''}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
      >
        <Select.Option value="">{props.placeholder}</Select.Option>
        {props.groups
          .filter((g) => g.options.length)
          .map((group) => (
            <Select.Optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <Select.Option key={option.value} value={option.value}>
                  {option.label}
                </Select.Option>
              ))}
            </Select.Optgroup>
          ))}
      </Select>
    </Field>
  );
}
