import { ANONYMOUS, type Ctx } from '../../src/kernel/ctx';

/**
 * The portal reads as the public does, whoever is signed in: the same page for everyone (and for
 * the page cache), and nothing exempt or internal on it.
 */
export function publicCtx(ctx: Ctx): Ctx {
  return { ...ctx, actor: ANONYMOUS };
}
