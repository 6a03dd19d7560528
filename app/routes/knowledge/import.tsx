import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { importStatistics } from '../../../src/domain/knowledge/import-statistics';
import { can } from '../../../src/domain/knowledge/permissions';
import { readStatistics } from '../../../src/domain/knowledge/read-statistics';
import { Validation } from '../../../src/kernel/errors';
import { requirePermission } from '../../../src/kernel/guards';
import { translate } from '../../../src/kernel/i18n';
import { CsrfField } from '../../components/form';
import { UploadForm } from '../../components/import-preview';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, guard } from '../../lib/route.server';
import type { Route } from './+types/import';

// The file rides back in the confirm form, so it must stay well below the request limit.
const MAX_MB = 8;

export async function loader({ request, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, async () => {
    requirePermission(context.ctx, can(context.ctx.actor, 'knowledge.manage'));
    return null;
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { ctx } = context;
  const form = await request.formData();
  return formAction(request, ctx.locale, {}, async () => {
    if (form.get('intent') === 'import') {
      const input = {
        format: 'jsonstat' as const,
        fileName: String(form.get('fileName') ?? ''),
        content: String(form.get('content') ?? ''),
      };
      const result = await importStatistics({ ctx, input });
      context.flash.set('knowledge.imported', { count: result.observations, file: result.fileName });
      throw redirect('/app/kunnskap');
    }
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      throw new Validation({ file: [translate(ctx.locale, 'upload.missing')] });
    if (file.size > MAX_MB * 1024 * 1024)
      throw new Validation({ file: [translate(ctx.locale, 'upload.tooBig', { max: MAX_MB })] });
    const input = {
      format: 'jsonstat' as const,
      fileName: file.name || 'statistikk.json',
      content: await file.text(),
    };
    const preview = await readStatistics(ctx, input);
    return data({
      preview: {
        fileName: input.fileName,
        content: input.content,
        table: preview.file.tableLabel || preview.file.tableCode,
        source: preview.file.source,
        indicators: preview.file.indicators.map((i) => i.label),
        values: preview.rows.length,
        regions: preview.regions,
        skipped: preview.skipped.length,
      },
    });
  });
}

export function meta() {
  return [{ title: 'Importer statistikk – Samråd' }];
}

export default function ImportStatistics({ actionData }: Route.ComponentProps) {
  const t = useT();
  const preview = actionData && 'preview' in actionData ? actionData.preview : null;
  const failure = actionData && 'fieldErrors' in actionData ? (actionData as FormFailure) : undefined;
  const errors = failure?.fieldErrors.file ?? (failure?.formError ? [failure.formError] : []);
  return (
    <>
      <PageHeader title={t('knowledge.importTitle')} lead={t('knowledge.importLead')} />
      <UploadForm
        error={errors.length ? errors : undefined}
        label={t('knowledge.importFile')}
        accept=".json,application/json"
      />
      {preview ? (
        <section aria-labelledby="preview-heading">
          <Heading level={2} data-size="md" id="preview-heading">
            {t('common.preview')}
          </Heading>
          <Alert data-color={preview.values ? 'success' : 'warning'} role="status">
            {t('knowledge.previewSummary', {
              table: preview.table,
              source: preview.source,
              values: preview.values,
              skipped: preview.skipped,
            })}
          </Alert>
          <Paragraph>
            {t('knowledge.previewIndicators', { indicators: preview.indicators.join(', ') })}
          </Paragraph>
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('common.preview')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('knowledge.column.code')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('knowledge.column.region')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('knowledge.column.landsOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('knowledge.column.years')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('knowledge.column.values')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {preview.regions.map((r) => (
                  <Table.Row
                    key={`${r.code}-${r.member ?? ''}`}
                    className={r.member ? undefined : 'row-muted'}
                  >
                    <Table.Cell>{r.code}</Table.Cell>
                    <Table.Cell>{r.label}</Table.Cell>
                    <Table.Cell>{r.member ?? t('knowledge.notMember')}</Table.Cell>
                    <Table.Cell>
                      {r.years.length > 1 ? `${r.years[0]}–${r.years.at(-1)}` : r.years[0]}
                    </Table.Cell>
                    <Table.Cell className="numeric">{r.count}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {preview.values ? (
            <Form method="post">
              <CsrfField />
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="fileName" value={preview.fileName} />
              <input type="hidden" name="content" value={preview.content} />
              <Paragraph>
                <Button type="submit">{t('knowledge.importConfirm', { count: preview.values })}</Button>
              </Paragraph>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
