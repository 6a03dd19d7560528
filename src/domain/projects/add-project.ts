import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { endsAfterStarts, ProjectBase } from './fields';
import { can } from './permissions';
import { assertReferences } from './rules';
import { projects } from './schema';

export const AddProjectInput = endsAfterStarts(ProjectBase);

/** Registers a project with outside funding (Horizon 2020, Klimasats …) or the alliance's own. */
export const addProject = defineVerb({
  name: 'projects.addProject',
  input: AddProjectInput,
  authorize: (actor) => can(actor, 'projects.manage'),
  async run(ctx, { amountGranted, ...fields }) {
    await assertReferences(ctx, fields);
    const [row] = await ctx.db
      .insert(projects)
      .values({
        id: newId(),
        ...fields,
        amountGrantedOre: amountGranted,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, { action: 'projects.addProject', entityType: 'project', entityId: row!.id, after: row });
    return row!;
  },
});
