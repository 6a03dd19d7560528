import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { useT } from '../lib/i18n';
import { CsrfField } from './form';

export interface Preview {
  valid: boolean;
  fileErrors: string[];
  rows: { line: number; values: Record<string, string>; errors: string[] }[];
  /** The table as JSON, posted back on confirm and checked again then. */
  table: string;
}

/** The rows of an import with their errors; the confirm button shows only when every row is valid. */
export function ImportPreview({
  preview,
  columns,
  okText,
  badText,
  confirm,
}: {
  preview: Preview;
  columns: { key: string; label: string }[];
  okText: string;
  badText: string;
  confirm: string;
}) {
  const t = useT();
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="ds-heading" data-size="md">
        {t('common.preview')}
      </h2>
      {preview.fileErrors.length ? (
        <Alert data-color="danger" role="alert">
          <ul>
            {preview.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert data-color={preview.valid ? 'success' : 'danger'} role={preview.valid ? 'status' : 'alert'}>
          {preview.valid ? okText : badText}
        </Alert>
      )}
      <div className="table-scroll">
        <Table zebra data-size="sm">
          <caption className="visually-hidden">{t('common.preview')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('common.line')}</Table.HeaderCell>
              {columns.map((c) => (
                <Table.HeaderCell key={c.key}>{c.label}</Table.HeaderCell>
              ))}
              <Table.HeaderCell>{t('common.errors')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.rows.map((row) => (
              <Table.Row key={row.line} className={row.errors.length ? 'row-error' : undefined}>
                <Table.Cell>{row.line}</Table.Cell>
                {columns.map((c) => (
                  <Table.Cell key={c.key}>{row.values[c.key] ?? ''}</Table.Cell>
                ))}
                <Table.Cell>{row.errors.length ? row.errors.join(' ') : t('common.ok')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {preview.valid ? (
        <Form method="post">
          <CsrfField />
          <input type="hidden" name="intent" value="import" />
          <input type="hidden" name="table" value={preview.table} />
          <Paragraph>
            <Button type="submit">{confirm}</Button>
          </Paragraph>
        </Form>
      ) : null}
    </section>
  );
}

const TABLE_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The upload form of an import page: a file field (a table unless `accept` says otherwise), posted
 * as multipart, previewed before anything is saved.
 */
export function UploadForm({
  error,
  label,
  accept = TABLE_FILES,
}: {
  error?: string[] | undefined;
  label?: string;
  accept?: string;
}) {
  const t = useT();
  return (
    <Form method="post" encType="multipart/form-data" className="stack narrow">
      <CsrfField />
      <input type="hidden" name="intent" value="preview" />
      <div className="ds-field">
        <label className="ds-label" htmlFor="field-file">
          {label ?? t('common.fileLabel')}
        </label>
        {error?.length ? (
          <p className="ds-validation-message" data-field="validation" id="field-file-error">
            {error.join(' ')}
          </p>
        ) : null}
        <input
          className="ds-input"
          id="field-file"
          name="file"
          type="file"
          accept={accept}
          required
          aria-invalid={error?.length ? true : undefined}
          aria-describedby={error?.length ? 'field-file-error' : undefined}
        />
      </div>
      <div>
        <Button type="submit">{t('common.preview')}</Button>
      </div>
    </Form>
  );
}
