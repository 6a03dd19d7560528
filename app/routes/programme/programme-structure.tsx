import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addFocusArea } from '../../../src/domain/programme/add-focus-area';
import { addRole } from '../../../src/domain/programme/add-role';
import { getProgramme } from '../../../src/domain/programme/queries';
import { removeFocusArea } from '../../../src/domain/programme/remove-focus-area';
import { removeRole } from '../../../src/domain/programme/remove-role';
import { updateFocusArea } from '../../../src/domain/programme/update-focus-area';
import { updateRole } from '../../../src/domain/programme/update-role';
import { CsrfField, FormErrors, RadioGroup, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/programme-structure';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, () => getProgramme(ctx, Number(params.year)));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const back = `/app/handlingsprogram/${params.year}/struktur`;
  return formAction(
    request,
    ctx.locale,
    fields,
    async () => {
      const model = await getProgramme(ctx, Number(params.year));
      const programmeId = model.programme.id;
      const role = model.roles.find((r) => r.id === fields.id);
      const area = model.focusAreas.find((a) => a.id === fields.id);
      switch (fields.intent) {
        case 'add-role':
          await addRole({ ctx, input: { programmeId, name: fields.name ?? '', label: fields.label } });
          context.flash.set('programmeUi.roleAdded');
          throw redirect(`${back}#roller`);
        case 'save-role':
        case 'move-role':
          await updateRole({
            ctx,
            input: {
              id: fields.id ?? '',
              version: fields.version ?? '',
              name: fields.name ?? role?.name ?? '',
              label: fields.intent === 'move-role' ? role?.label : fields.label,
              position: fields.position,
            },
          });
          context.flash.set('common.saved');
          throw redirect(`${back}#roller`);
        case 'remove-role':
          await removeRole({ ctx, input: { id: fields.id ?? '', version: fields.version ?? '' } });
          context.flash.set('programmeUi.removed');
          throw redirect(`${back}#roller`);
        case 'add-area':
          await addFocusArea({
            ctx,
            input: { programmeId, name: fields.areaName ?? '', kind: fields.kind as 'matrix' | 'tasks' },
          });
          context.flash.set('programmeUi.areaAdded');
          throw redirect(`${back}#omrader`);
        case 'save-area':
        case 'move-area':
          await updateFocusArea({
            ctx,
            input: {
              id: fields.id ?? '',
              version: fields.version ?? '',
              name: fields.areaName ?? area?.name ?? '',
              // Each area's form names its radio group after the area, so their ids differ on the page.
              kind: (fields[`kind-${fields.id}`] ?? area?.kind) as 'matrix' | 'tasks',
              intro: area?.intro ?? '',
              comments: area?.comments ?? '',
              position: fields.position,
            },
          });
          context.flash.set('common.saved');
          throw redirect(`${back}#omrader`);
        case 'remove-area':
          await removeFocusArea({ ctx, input: { id: fields.id ?? '', version: fields.version ?? '' } });
          context.flash.set('programmeUi.removed');
          throw redirect(`${back}#omrader`);
        default:
          throw new Response(null, { status: 400 });
      }
    },
    { name: fields.intent?.includes('area') ? 'areaName' : 'name' },
  );
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Struktur – ${data?.programme.title ?? 'Handlingsprogram'} – Samråd` }];
}

/** Up, down and remove for a role or focus area: each its own small form. */
function ItemControls(props: {
  kind: 'role' | 'area';
  item: { id: string; version: number; name: string };
  index: number;
  count: number;
}) {
  const t = useT();
  const { kind, item, index, count } = props;
  return (
    <div className="item-actions">
      {index > 0 ? (
        <ItemButton
          intent={`move-${kind}`}
          id={item.id}
          version={item.version}
          name={item.name}
          position={index - 1}
          label={t('meetings.moveUp')}
        />
      ) : null}
      {index < count - 1 ? (
        <ItemButton
          intent={`move-${kind}`}
          id={item.id}
          version={item.version}
          name={item.name}
          position={index + 1}
          label={t('meetings.moveDown')}
        />
      ) : null}
      <ItemButton
        intent={`remove-${kind}`}
        id={item.id}
        version={item.version}
        name={item.name}
        label={t('programmeUi.remove')}
      />
    </div>
  );
}

function ItemButton(props: {
  intent: string;
  id: string;
  version: number;
  name: string;
  position?: number;
  label: string;
}) {
  return (
    <Form method="post" className="inline-form">
      <CsrfField />
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      {props.position === undefined ? null : <input type="hidden" name="position" value={props.position} />}
      <Button type="submit" variant="tertiary" data-size="sm" aria-label={`${props.label}: ${props.name}`}>
        {props.label}
      </Button>
    </Form>
  );
}

export default function ProgrammeStructure({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  // Each failed form shows its own errors: an edit by the item it edits, an addition by its intent.
  const failed = (intent: string, id?: string) =>
    failure && failure.values.intent === intent && (!id || failure.values.id === id) ? failure : undefined;
  const editedId = failure?.values.id;
  const { programme, roles, focusAreas } = loaderData;
  const base = `/app/handlingsprogram/${programme.year}`;
  return (
    <>
      <PageHeader
        title={t('programmeUi.structureTitle', { title: programme.title })}
        lead={t('programmeUi.structureLead')}
      >
        <Button asChild variant="secondary">
          <Link to={base}>{t('programmeUi.backToProgramme')}</Link>
        </Button>
      </PageHeader>
      <FormErrors
        failure={failure}
        labels={{
          name: t('programmeUi.roleName'),
          label: t('programmeUi.roleLabel'),
          areaName: t('programmeUi.areaName'),
        }}
        fieldIds={
          editedId
            ? {
                name: `role-name-${editedId}`,
                label: `role-label-${editedId}`,
                areaName: `area-name-${editedId}`,
              }
            : {}
        }
      />
      <section aria-labelledby="roller" className="stack">
        <Heading level={2} data-size="md" id="roller">
          {t('programmeUi.roles')}
        </Heading>
        {roles.length === 0 ? <Paragraph>{t('programmeUi.noRoles')}</Paragraph> : null}
        <ol className="structure-list">
          {roles.map((role, index) => (
            <li key={role.id} className="panel">
              <Form method="post" className="stack" noValidate aria-label={role.label}>
                <CsrfField />
                <input type="hidden" name="intent" value="save-role" />
                <input type="hidden" name="id" value={role.id} />
                <input type="hidden" name="version" value={role.version} />
                <TextField
                  id={`role-name-${role.id}`}
                  name="name"
                  label={t('programmeUi.roleName')}
                  defaultValue={role.name}
                  failure={failed('save-role', role.id)}
                  required
                />
                <TextField
                  id={`role-label-${role.id}`}
                  name="label"
                  label={t('programmeUi.roleLabel')}
                  defaultValue={role.label}
                  failure={failed('save-role', role.id)}
                />
                <div>
                  <Button type="submit" variant="secondary" data-size="sm">
                    {t('common.save')}
                  </Button>
                </div>
              </Form>
              <ItemControls kind="role" item={role} index={index} count={roles.length} />
            </li>
          ))}
        </ol>
        <Form method="post" className="stack panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="add-role" />
          <Heading level={3} data-size="xs">
            {t('programmeUi.addRole')}
          </Heading>
          <TextField
            name="name"
            label={t('programmeUi.roleName')}
            description={t('programmeUi.roleNameHint')}
            failure={failed('add-role')}
            required
          />
          <TextField
            name="label"
            label={t('programmeUi.roleLabel')}
            description={t('programmeUi.roleLabelHint')}
            failure={failed('add-role')}
          />
          <div>
            <Button type="submit">{t('programmeUi.addRole')}</Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="omrader" className="stack">
        <Heading level={2} data-size="md" id="omrader">
          {t('programmeUi.focusAreas')}
        </Heading>
        {focusAreas.length === 0 ? <Paragraph>{t('programmeUi.noFocusAreas')}</Paragraph> : null}
        <ol className="structure-list">
          {focusAreas.map((area, index) => (
            <li key={area.id} className="panel">
              <Form method="post" className="stack" noValidate aria-label={area.name}>
                <CsrfField />
                <input type="hidden" name="intent" value="save-area" />
                <input type="hidden" name="id" value={area.id} />
                <input type="hidden" name="version" value={area.version} />
                <TextField
                  id={`area-name-${area.id}`}
                  name="areaName"
                  label={t('programmeUi.areaName')}
                  defaultValue={area.name}
                  failure={failed('save-area', area.id)}
                  required
                />
                <RadioGroup
                  name={`kind-${area.id}`}
                  legend={t('programmeUi.areaKind')}
                  defaultValue={area.kind}
                  compact
                  options={[
                    { value: 'matrix', label: t('programmeUi.kind.matrix') },
                    { value: 'tasks', label: t('programmeUi.kind.tasks') },
                  ]}
                />
                <div className="item-actions">
                  <Button type="submit" variant="secondary" data-size="sm">
                    {t('common.save')}
                  </Button>
                  <Link to={`${base}/omrade/${area.id}`} className="ds-link">
                    {t('programmeUi.openMatrix')}
                  </Link>
                </div>
              </Form>
              <ItemControls kind="area" item={area} index={index} count={focusAreas.length} />
            </li>
          ))}
        </ol>
        <Form method="post" className="stack panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="add-area" />
          <Heading level={3} data-size="xs">
            {t('programmeUi.addArea')}
          </Heading>
          <TextField
            name="areaName"
            label={t('programmeUi.areaName')}
            failure={failed('add-area')}
            required
          />
          <RadioGroup
            name="kind"
            legend={t('programmeUi.areaKind')}
            defaultValue="matrix"
            options={[
              { value: 'matrix', label: t('programmeUi.kind.matrix') },
              { value: 'tasks', label: t('programmeUi.kind.tasks') },
            ]}
          />
          <div>
            <Button type="submit">{t('programmeUi.addArea')}</Button>
          </div>
        </Form>
      </section>
    </>
  );
}
