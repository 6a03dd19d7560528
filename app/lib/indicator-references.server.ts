import { redirect } from 'react-router';
import { referenceIndicator } from '../../src/domain/knowledge/reference-indicator';
import { unreferenceIndicator } from '../../src/domain/knowledge/unreference-indicator';
import type { SamradLoadContext } from '../../src/http/load-context';
import type { Ctx } from '../../src/kernel/ctx';

/**
 * The two intents of the IndicatorReferences forms, for any page that shows them: links or unlinks
 * and redirects back to the section. Returns false for any other intent.
 */
export async function indicatorIntent(
  ctx: Ctx,
  flash: SamradLoadContext['flash'],
  fields: Record<string, string>,
  target: { focusAreaId: string } | { activityId: string },
  back: string,
): Promise<false> {
  if (fields.intent === 'reference') {
    await referenceIndicator({ ctx, input: { indicatorId: fields.indicatorId ?? '', ...target } });
    flash.set('knowledge.referenceAdded');
    throw redirect(`${back}#indikatorer`);
  }
  if (fields.intent === 'unreference') {
    await unreferenceIndicator({ ctx, input: { id: fields.referenceId ?? '' } });
    flash.set('knowledge.referenceRemoved');
    throw redirect(`${back}#indikatorer`);
  }
  return false;
}
