import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { ProgrammeTexts } from './fields';
import { can } from './permissions';
import { assertDraft, programmeRow } from './rules';
import { programmes } from './schema';

export const UpdateProgrammeInput = ProgrammeTexts.extend({ id: Id, version: Version });

/** Changes the title, the vision and the edited texts of a draft (send the version you read). */
export const updateProgramme = defineVerb({
  name: 'programme.updateProgramme',
  input: UpdateProgrammeInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version, ...texts }) {
    const before = await programmeRow(ctx, id);
    assertDraft(before);
    const after = await updateVersioned(
      ctx,
      programmes,
      id,
      version,
      { ...texts, updatedAt: ctx.now },
      'programme',
    );
    await audit(ctx, {
      action: 'programme.updateProgramme',
      entityType: 'programme',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
