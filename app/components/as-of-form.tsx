import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { useT } from '../lib/i18n';
import { TextField } from './form';

/**
 * "As of date" for effective-dated pages: a plain GET form, so it works without JavaScript and the
 * date is in the address (links can be shared). Other filters ride along as hidden fields.
 */
export function AsOfForm({
  date,
  keep = {},
  children,
}: {
  date: string;
  keep?: Record<string, string | undefined>;
  children?: React.ReactNode;
}) {
  const t = useT();
  return (
    <Form method="get" className="filter-bar">
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <TextField name="dato" type="date" label={t('common.asOf')} defaultValue={date} />
      {children}
      <Button type="submit" variant="secondary">
        {t('common.show')}
      </Button>
    </Form>
  );
}
