import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { accessTokens } from './schema';
import { newSecret, sha256 } from './secrets';
import { ACCESS_TOKEN_PREFIX } from './sessions';

export const CreateAccessTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  /** Last day the token works; none means until revoked. */
  expiresOn: IsoDate.optional(),
});

/** A personal access token for scripts and integrations; the secret is shown once and only its hash is kept. */
export const createAccessToken = defineVerb({
  name: 'accounts.createAccessToken',
  input: CreateAccessTokenInput,
  authorize: (actor) => can(actor, 'self'),
  async run(ctx, input) {
    if (ctx.actor.kind !== 'user') throw new Error('unreachable: authorize admits users only');
    const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999+01:00`) : null;
    if (expiresAt && expiresAt <= ctx.now) throw new PreconditionFailed('accounts.tokenExpiryPast');
    const secret = newSecret(ACCESS_TOKEN_PREFIX);
    const row = {
      id: newId(),
      userId: ctx.actor.id,
      name: input.name,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, ACCESS_TOKEN_PREFIX.length + 4),
      createdAt: ctx.now,
      expiresAt,
    };
    await ctx.db.insert(accessTokens).values(row);
    const presented = {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      expiresAt: expiresAt?.toISOString() ?? null,
    };
    await audit(ctx, {
      action: 'accounts.createAccessToken',
      entityType: 'accessToken',
      entityId: row.id,
      after: presented,
    });
    return { ...presented, secret };
  },
});
