import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { logIn } from '../../../src/domain/accounts/log-in';
import { safeNext } from '../../../src/http/safe-next';
import { translate } from '../../../src/kernel/i18n';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput } from '../../lib/route.server';
import type { Route } from './+types/login';

const OIDC_ERRORS: Record<
  string,
  'login.oidcUnknownUser' | 'login.oidcInactive' | 'login.oidcFailed' | 'login.oidcUnavailable'
> = {
  'oidc-unknown-user': 'login.oidcUnknownUser',
  'oidc-inactive': 'login.oidcInactive',
  'oidc-failed': 'login.oidcFailed',
  'oidc-unavailable': 'login.oidcUnavailable',
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = safeNext(url.searchParams.get('neste'));
  if (context.ctx.actor.kind === 'user') throw redirect(next);
  const errorKey = OIDC_ERRORS[url.searchParams.get('feil') ?? ''];
  return {
    csrfToken: context.csrfToken,
    next,
    oidc: context.oidc,
    oidcError: errorKey ? translate(context.ctx.locale, errorKey) : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const next = safeNext(fields.neste);
  return formAction(request, ctx.locale, { email: fields.email ?? '' }, async () => {
    const result = await logIn({
      ctx,
      input: {
        email: fields.email ?? '',
        password: fields.password ?? '',
        userAgent: request.headers.get('user-agent') ?? undefined,
      },
    });
    if (result.ok) {
      context.session.start(result.session.token, result.session.expiresAt);
      throw redirect(next);
    }
    const message =
      result.reason === 'throttled'
        ? translate(ctx.locale, 'login.throttled', { minutes: Math.ceil(result.retryAfterSeconds / 60) })
        : translate(ctx.locale, result.reason === 'inactive' ? 'login.inactive' : 'login.invalid');
    const failure: FormFailure = {
      formError: message,
      fieldErrors: {},
      values: { email: fields.email ?? '' },
    };
    return data(failure, { status: result.reason === 'throttled' ? 429 : 401 });
  });
}

export function meta() {
  return [{ title: 'Logg inn – Samråd' }];
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <section className="narrow">
      <Heading level={1} data-size="lg">
        {t('login.title')}
      </Heading>
      {loaderData.oidcError ? (
        <Alert data-color="danger" role="alert">
          {loaderData.oidcError}
        </Alert>
      ) : null}
      {loaderData.oidc.enabled ? (
        <>
          <Paragraph>
            <Button asChild>
              <a href={`/auth/oidc/start?neste=${encodeURIComponent(loaderData.next)}`}>
                {t('login.oidc', { label: loaderData.oidc.label })}
              </a>
            </Button>
          </Paragraph>
          <Paragraph>{t('login.or')}</Paragraph>
        </>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="neste" value={loaderData.next} />
        <FormErrors failure={failure} labels={{ email: t('login.email'), password: t('login.password') }} />
        <TextField
          name="email"
          type="email"
          label={t('login.email')}
          autoComplete="username"
          required
          failure={failure}
        />
        <TextField
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          required
          failure={failure}
        />
        <div>
          <Button type="submit">{t('login.submit')}</Button>
        </div>
      </Form>
    </section>
  );
}
