import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { endsAfterStarts, ProjectBase } from './fields';
import { can } from './permissions';
import { assertReferences, projectRow } from './rules';
import { projects } from './schema';

export const UpdateProjectInput = endsAfterStarts(ProjectBase.extend({ id: Id, version: Version }));

export const updateProject = defineVerb({
  name: 'projects.updateProject',
  input: UpdateProjectInput,
  authorize: (actor) => can(actor, 'projects.manage'),
  async run(ctx, { id, version, amountGranted, ...fields }) {
    const before = await projectRow(ctx, id);
    await assertReferences(ctx, fields);
    const after = await updateVersioned(
      ctx,
      projects,
      id,
      version,
      { ...fields, amountGrantedOre: amountGranted, updatedAt: ctx.now },
      'project',
    );
    await audit(ctx, {
      action: 'projects.updateProject',
      entityType: 'project',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
