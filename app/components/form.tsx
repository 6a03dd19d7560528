import {
  ErrorSummary,
  Field,
  Input,
  Label,
  Paragraph,
  Select,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMatches, useRouteLoaderData } from 'react-router';
import { CSRF_FIELD } from '../../src/http/csrf-field';
import type { FormFailure } from '../lib/form-failure';
import { useT } from '../lib/i18n';
import type { RootData } from '../root';

/**
 * The hidden CSRF token every form posts: from the root for a signed-in user, else from the
 * loader of the public page that has the form (see the root loader for why).
 */
export function CsrfField() {
  const root = useRouteLoaderData('root') as RootData | undefined;
  const fromPage = useMatches()
    .map((match) => (match.loaderData as { csrfToken?: unknown } | undefined)?.csrfToken)
    .find((token): token is string => typeof token === 'string');
  return <input type="hidden" name={CSRF_FIELD} value={root?.csrfToken ?? fromPage ?? ''} />;
}

type FieldBase = {
  name: string;
  /** Its element id, where several forms on a page share a field name; `field-<name>` otherwise. */
  id?: string;
  label: string;
  /** The label is read by screen readers but not shown (a field in a table row that names it). */
  hideLabel?: boolean;
  description?: string | undefined;
  failure?: FormFailure | undefined;
  /** The saved value; a failed submission's value wins. */
  defaultValue?: string | null | undefined;
  required?: boolean;
};

function fieldState(props: FieldBase) {
  const id = props.id ?? `field-${props.name}`;
  const errors = props.failure?.fieldErrors[props.name] ?? [];
  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const value = props.failure?.values[props.name] ?? props.defaultValue ?? undefined;
  return {
    id,
    errors,
    descriptionId,
    errorId,
    value,
    describedBy: [descriptionId, errorId].filter(Boolean).join(' ') || undefined,
  };
}

function Parts({ props, state }: { props: FieldBase; state: ReturnType<typeof fieldState> }) {
  return (
    <>
      {props.description ? (
        <Paragraph data-size="sm" id={state.descriptionId} className="field-description">
          {props.description}
        </Paragraph>
      ) : null}
      {state.errors.length ? (
        <ValidationMessage id={state.errorId}>{state.errors.join(' ')}</ValidationMessage>
      ) : null}
    </>
  );
}

/**
 * Label, input, description and error linked by id on the server, so the form is accessible
 * before (and without) JavaScript — Designsystemet's Textfield links them only after hydration.
 */
export function TextField(
  props: FieldBase & {
    type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'number' | 'url' | 'search' | 'tel';
    autoComplete?: string;
  },
) {
  const state = fieldState(props);
  return (
    <Field>
      <Label htmlFor={state.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </Label>
      <Parts props={props} state={state} />
      <Input
        id={state.id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.type === 'password' ? undefined : (state.value ?? undefined)}
        required={props.required}
        autoComplete={props.autoComplete}
        aria-invalid={state.errors.length ? true : undefined}
        aria-describedby={state.describedBy}
      />
    </Field>
  );
}

export function TextareaField(props: FieldBase & { rows?: number }) {
  const state = fieldState(props);
  return (
    <Field>
      <Label htmlFor={state.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </Label>
      <Parts props={props} state={state} />
      <Textarea
        id={state.id}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={state.value ?? undefined}
        required={props.required}
        aria-invalid={state.errors.length ? true : undefined}
        aria-describedby={state.describedBy}
      />
    </Field>
  );
}

export function SelectField(props: FieldBase & { options: { value: string; label: string }[] }) {
  const state = fieldState(props);
  return (
    <Field>
      <Label htmlFor={state.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </Label>
      <Parts props={props} state={state} />
      <Select
        id={state.id}
        name={props.name}
        defaultValue={state.value ?? undefined}
        required={props.required}
        aria-invalid={state.errors.length ? true : undefined}
        aria-describedby={state.describedBy}
      >
        {props.options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * A checkbox with its label linked on the server; unchecked boxes are not posted, so the action reads
 * `form.has(name)` — or, for a group sharing a name, `form.getAll(name)` with each box's `value`.
 */
export function CheckboxField(props: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  value?: string;
  /** For a box that must be ticked (a consent): its error shows under it. */
  failure?: FormFailure | undefined;
  required?: boolean;
}) {
  const id = props.value ? `field-${props.name}-${props.value}` : `field-${props.name}`;
  const errors = props.failure?.fieldErrors[props.name] ?? [];
  return (
    <div className="checkbox-field">
      <input
        type="checkbox"
        className="ds-input"
        id={id}
        name={props.name}
        value={props.value ?? 'on'}
        defaultChecked={props.defaultChecked}
        required={props.required}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      />
      <label htmlFor={id} className="ds-label" data-weight="regular">
        {props.label}
      </label>
      {errors.length ? <ValidationMessage id={`${id}-error`}>{errors.join(' ')}</ValidationMessage> : null}
    </div>
  );
}

/**
 * At the top of a failed form: what went wrong, with links to the fields (GOV.UK / Designsystemet
 * pattern). `labels` names the fields in the summary.
 */
export function FormErrors({
  failure,
  labels,
  fieldIds = {},
}: {
  failure?: FormFailure | undefined;
  labels: Record<string, string>;
  /** The element id of a field whose id is not `field-<name>` (one of several forms on the page). */
  fieldIds?: Record<string, string>;
}) {
  const t = useT();
  if (!failure) return null;
  const fields = Object.entries(failure.fieldErrors);
  if (!failure.formError && fields.length === 0) return null;
  return (
    <ErrorSummary tabIndex={-1} className="form-errors">
      <ErrorSummary.Heading>{failure.formError ?? t('validation.summary')}</ErrorSummary.Heading>
      {fields.length ? (
        <ErrorSummary.List>
          {fields.map(([name, messages]) => (
            <ErrorSummary.Item key={name}>
              <ErrorSummary.Link href={`#${fieldIds[name] ?? `field-${name}`}`}>
                {labels[name] ? `${labels[name]}: ` : ''}
                {messages.join(' ')}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
      ) : null}
    </ErrorSummary>
  );
}

/**
 * A group of radio buttons in a fieldset whose legend names the question; labels linked on the
 * server like every field here. `compact` lays the options in a row (for a table of people).
 */
export function RadioGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValue?: string | undefined;
  compact?: boolean;
  hideLegend?: boolean;
}) {
  return (
    <fieldset
      className={props.compact ? 'ds-fieldset radio-group radio-group--row' : 'ds-fieldset radio-group'}
    >
      <legend className={props.hideLegend ? 'visually-hidden' : 'ds-label'}>{props.legend}</legend>
      {props.options.map((option) => {
        const id = `field-${props.name}-${option.value}`;
        return (
          <div key={option.value} className="checkbox-field">
            <input
              type="radio"
              className="ds-input"
              id={id}
              name={props.name}
              value={option.value}
              defaultChecked={props.defaultValue === option.value}
            />
            <label htmlFor={id} className="ds-label" data-weight="regular">
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
