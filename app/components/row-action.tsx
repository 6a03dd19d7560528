import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfField } from './form';

/**
 * A one-button form in a table row or list item (remove, cancel): posts `intent` and the ids it
 * names; the button says what it does and, to screen readers, to which row.
 */
export function RowAction({
  intent,
  fields,
  label,
  what,
}: {
  intent: string;
  fields: Record<string, string>;
  label: string;
  /** The row's name, read after the label ("Fjern partner Zero"). */
  what: string;
}) {
  return (
    <Form method="post" className="inline-form">
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="tertiary" data-size="sm">
        {label}
        <span className="visually-hidden"> {what}</span>
      </Button>
    </Form>
  );
}
