import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { changeOwnPassword } from '../../../src/domain/accounts/change-own-password';
import { createAccessToken } from '../../../src/domain/accounts/create-access-token';
import { createCalendarFeed } from '../../../src/domain/accounts/create-calendar-feed';
import {
  getMe,
  listMyAccessTokens,
  listMySessions,
  myCalendarFeed,
} from '../../../src/domain/accounts/queries';
import { revokeAccessToken } from '../../../src/domain/accounts/revoke-access-token';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/profile';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const [me, tokens, sessions, calendar] = await Promise.all([
      getMe(ctx),
      listMyAccessTokens(ctx),
      listMySessions(ctx),
      myCalendarFeed(ctx),
    ]);
    return { me, tokens, sessions, calendar };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields, form } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    switch (fields.intent) {
      case 'password':
        await changeOwnPassword({
          ctx,
          input: {
            currentPassword: form.get('currentPassword')?.toString() ?? '',
            newPassword: form.get('newPassword')?.toString() ?? '',
            sessionToken: context.session.token ?? undefined,
          },
        });
        context.flash.set('profile.passwordChanged');
        throw redirect('/app/profil');
      case 'create-token': {
        const created = await createAccessToken({
          ctx,
          input: { name: fields.name ?? '', expiresOn: fields.expiresOn },
        });
        // The secret is shown in this response only (no redirect), so it is never stored anywhere.
        return data({ createdToken: { name: created.name, secret: created.secret } });
      }
      case 'calendar': {
        const { token } = await createCalendarFeed({ ctx, input: {} });
        // Like a token, the address is shown once, in this response only.
        return data({ calendarUrl: `${context.publicUrl}/kalender/${token}.ics` });
      }
      case 'revoke-token':
        await revokeAccessToken({ ctx, input: { id: fields.tokenId ?? '' } });
        context.flash.set('profile.tokenRevoked');
        throw redirect('/app/profil');
      default:
        throw data({}, { status: 400 });
    }
  });
}

export function meta() {
  return [{ title: 'Min profil – Samråd' }];
}

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { me, tokens, sessions } = loaderData;
  const created = actionData && 'createdToken' in actionData ? actionData.createdToken : null;
  const calendarUrl = actionData && 'calendarUrl' in actionData ? actionData.calendarUrl : null;
  const failure = actionData && 'fieldErrors' in actionData ? (actionData as FormFailure) : undefined;
  const passwordFailure = failure?.values.intent === 'password' ? failure : undefined;
  const tokenFailure = failure?.values.intent === 'create-token' ? failure : undefined;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('profile.title')}
      </Heading>
      <dl className="facts">
        <dt>{t('users.name')}</dt>
        <dd>{me.name}</dd>
        <dt>{t('users.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('users.role')}</dt>
        <dd>{t(`role.${me.role}`)}</dd>
      </dl>

      <section aria-labelledby="tokens-heading">
        <Heading level={2} data-size="md" id="tokens-heading">
          {t('profile.tokens')}
        </Heading>
        <Paragraph>{t('profile.tokensLead')}</Paragraph>
        {created ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t('profile.tokenCreated', { name: created.name })}</Paragraph>
            <Paragraph>
              <code className="secret">{created.secret}</code>
            </Paragraph>
          </Alert>
        ) : null}
        {tokens.length ? (
          <Table zebra>
            <caption className="visually-hidden">{t('profile.tokens')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('profile.tokenName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('profile.tokenLastUsed')}</Table.HeaderCell>
                <Table.HeaderCell>{t('profile.tokenExpires')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t('profile.tokenRevoke')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {tokens.map((token) => (
                <Table.Row key={token.id}>
                  <Table.Cell>
                    {token.name} <code>{token.prefix}…</code>
                  </Table.Cell>
                  <Table.Cell>
                    {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('profile.tokenNeverUsed')}
                  </Table.Cell>
                  <Table.Cell>
                    {token.expired
                      ? t('profile.tokenExpired')
                      : token.expiresAt
                        ? format.date(token.expiresAt)
                        : t('profile.never')}
                  </Table.Cell>
                  <Table.Cell>
                    <Form method="post" className="inline-form">
                      <CsrfField />
                      <input type="hidden" name="intent" value="revoke-token" />
                      <input type="hidden" name="tokenId" value={token.id} />
                      <Button
                        type="submit"
                        variant="tertiary"
                        data-size="sm"
                        aria-label={`${t('profile.tokenRevoke')}: ${token.name}`}
                      >
                        {t('profile.tokenRevoke')}
                      </Button>
                    </Form>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('profile.tokensEmpty')}</Paragraph>
        )}
        <Form method="post" className="stack narrow" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="create-token" />
          <FormErrors
            failure={tokenFailure}
            labels={{ name: t('profile.tokenName'), expiresOn: t('profile.tokenExpires') }}
          />
          <TextField
            name="name"
            label={t('profile.tokenName')}
            description={t('profile.tokenNameHint')}
            required
            failure={tokenFailure}
          />
          <TextField name="expiresOn" type="date" label={t('profile.tokenExpires')} failure={tokenFailure} />
          <div>
            <Button type="submit" variant="secondary">
              {t('profile.tokenCreate')}
            </Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="calendar-heading">
        <Heading level={2} data-size="md" id="calendar-heading">
          {t('profile.calendar')}
        </Heading>
        <Paragraph>{me.personId ? t('profile.calendarLead') : t('profile.calendarNoPerson')}</Paragraph>
        {calendarUrl ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t('profile.calendarCreated')}</Paragraph>
            <Paragraph>
              <code className="secret">{calendarUrl}</code>
            </Paragraph>
          </Alert>
        ) : loaderData.calendar ? (
          <Paragraph>
            {t('profile.calendarExists', { date: format.dateTime(loaderData.calendar.createdAt) })}
          </Paragraph>
        ) : null}
        <Form method="post" className="inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value="calendar" />
          <Button type="submit" variant="secondary">
            {loaderData.calendar || calendarUrl ? t('profile.calendarRenew') : t('profile.calendarCreate')}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="password-heading">
        <Heading level={2} data-size="md" id="password-heading">
          {t('profile.changePassword')}
        </Heading>
        <Form method="post" className="stack narrow" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="password" />
          <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
          <FormErrors
            failure={passwordFailure}
            labels={{ currentPassword: t('profile.currentPassword'), newPassword: t('profile.newPassword') }}
          />
          <TextField
            name="currentPassword"
            type="password"
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            failure={passwordFailure}
          />
          <TextField
            name="newPassword"
            type="password"
            label={t('profile.newPassword')}
            description={t('profile.newPasswordHint')}
            autoComplete="new-password"
            required
            failure={passwordFailure}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('profile.changePassword')}
            </Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <Heading level={2} data-size="md" id="sessions-heading">
          {t('profile.sessions')}
        </Heading>
        <Table zebra>
          <caption className="visually-hidden">{t('profile.sessions')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('profile.sessionStarted')}</Table.HeaderCell>
              <Table.HeaderCell>{t('profile.sessionLastSeen')}</Table.HeaderCell>
              <Table.HeaderCell>{t('profile.sessionMethod')}</Table.HeaderCell>
              <Table.HeaderCell>{t('profile.sessionDevice')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sessions.map((session) => (
              <Table.Row key={session.id}>
                <Table.Cell>{format.dateTime(session.createdAt)}</Table.Cell>
                <Table.Cell>{format.dateTime(session.lastSeenAt)}</Table.Cell>
                <Table.Cell>
                  {session.method === 'oidc' ? t('profile.method.oidc') : t('profile.method.password')}
                </Table.Cell>
                <Table.Cell>{session.userAgent ?? '—'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </>
  );
}
