import { data, redirect } from 'react-router';
import { importMembers } from '../../../src/domain/members/import-members';
import { checkMemberImport, MEMBER_COLUMNS } from '../../../src/domain/members/import-rows';
import { can } from '../../../src/domain/members/permissions';
import { requirePermission } from '../../../src/kernel/guards';
import { ImportPreview, type Preview, UploadForm } from '../../components/import-preview';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, guard } from '../../lib/route.server';
import { readUploadedTable } from '../../lib/upload.server';
import type { Route } from './+types/members-import';

export async function loader({ request, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, async () => {
    requirePermission(context.ctx, can(context.ctx.actor, 'members.manage'));
    return null;
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { ctx } = context;
  const form = await request.formData();
  return formAction(request, ctx.locale, {}, async () => {
    if (form.get('intent') === 'import') {
      const created = await importMembers({ ctx, input: JSON.parse(String(form.get('table') ?? '{}')) });
      context.flash.set('members.imported', { count: created.length });
      throw redirect('/app/medlemmer');
    }
    const table = await readUploadedTable(form, ctx.locale);
    const check = await checkMemberImport(ctx, table);
    const preview: Preview = {
      valid: check.valid,
      fileErrors: check.fileErrors,
      rows: check.rows.map(({ line, values, errors }) => ({ line, values, errors })),
      table: JSON.stringify(table),
    };
    return data({ preview });
  });
}

export function meta() {
  return [{ title: 'Importer medlemmer – Samråd' }];
}

export default function ImportMembers({ actionData }: Route.ComponentProps) {
  const t = useT();
  const preview = actionData && 'preview' in actionData ? actionData.preview : null;
  const failure = actionData && 'fieldErrors' in actionData ? (actionData as FormFailure) : undefined;
  return (
    <>
      <PageHeader title={t('members.importTitle')} lead={t('members.importLead')} />
      <UploadForm
        error={failure?.fieldErrors.file ?? (failure?.formError ? [failure.formError] : undefined)}
      />
      {preview ? (
        <ImportPreview
          preview={preview}
          columns={MEMBER_COLUMNS.map((c) => ({ key: c.key, label: c.nb }))}
          okText={t('members.importPreviewOk', { count: preview.rows.length })}
          badText={t('members.importPreviewBad', {
            bad: preview.rows.filter((r) => r.errors.length).length,
            count: preview.rows.length,
          })}
          confirm={t('members.importConfirm')}
        />
      ) : null}
    </>
  );
}
