import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { formatDateTime } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { enqueueMail } from '../mail/enqueue';
import { people } from '../people/schema';
import { getSettings } from '../settings/queries';
import { can } from './permissions';
import { agendaLine, getMeeting } from './queries';
import { assertChangeable } from './rules';
import { meetings } from './schema';

export const SendNoticeInput = z.object({
  id: Id,
  version: Version,
  /** Where papers are read, e.g. https://samrad.osloregionen.no (the adapter knows). */
  baseUrl: z.url().optional(),
  /** A shorter notice than the setting requires, for an urgent matter (§ 11-8): why. */
  urgentReason: z.string().trim().max(500).optional(),
});

/**
 * Sends the notice (innkalling): e-mail to everyone appointed to the body on the meeting day (to the
 * outbox when no SMTP is set), and the meeting becomes "notice sent". The notice must go out the
 * configured number of days ahead, unless an urgent reason is given.
 */
export const sendNotice = defineVerb({
  name: 'meetings.sendNotice',
  input: SendNoticeInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const model = await getMeeting(ctx, input.id);
    const { meeting } = model;
    assertChangeable(meeting);
    if (meeting.status !== 'planned') throw new PreconditionFailed('meetings.noticeAlreadySent');
    if (!model.agenda.length) throw new PreconditionFailed('meetings.agendaEmpty');
    const { noticeDays } = await getSettings(ctx, 'meetings');
    const daysAhead = (meeting.startsAt.getTime() - ctx.now.getTime()) / 86_400_000;
    if (daysAhead < noticeDays && !input.urgentReason) {
      throw new PreconditionFailed('meetings.noticeTooLate', { days: noticeDays });
    }
    const t = (key: string, params?: Record<string, string | number>) => translate('nb', key, params);
    const base = input.baseUrl?.replace(/\/$/, '') ?? '';
    // Everyone appointed on the meeting day, once per address, read in one query.
    const appointed = [...model.seats.map((s) => s.appointment), ...model.deputies, ...model.others];
    const personIds = [...new Set(appointed.map((a) => a.personId))];
    const rows = personIds.length
      ? await ctx.db
          .select({ name: people.name, email: people.email })
          .from(people)
          .where(inArray(people.id, personIds))
      : [];
    const recipients = new Map<string, { address: string; name: string }>();
    for (const person of rows)
      if (person.email) recipients.set(person.email, { address: person.email, name: person.name });
    const lines = model.agenda.map((item) => `  ${agendaLine(item, t('meetings.exempt'))}`);
    const text = [
      t('meetings.noticeGreeting', { body: model.body.name }),
      '',
      `${t('meetings.when')}: ${formatDateTime(meeting.startsAt, 'nb')}`,
      `${t('meetings.where')}: ${meeting.remote ? t('meetings.remoteMeeting') : meeting.location || '—'}`,
      '',
      `${t('meetings.agenda')}:`,
      ...lines,
      '',
      `${t('meetings.papers')}: ${base}/app/moter/${meeting.id}`,
      ...(input.urgentReason ? ['', `${t('meetings.urgent')}: ${input.urgentReason}`] : []),
    ].join('\n');
    const sent = await enqueueMail(
      ctx,
      [...recipients.values()].map((to) => ({
        to,
        subject: t('meetings.noticeSubject', { title: meeting.title }),
        text,
        entityType: 'meeting',
        entityId: meeting.id,
      })),
    );
    const after = await updateVersioned(
      ctx,
      meetings,
      meeting.id,
      input.version,
      { status: 'notice_sent', noticeSentAt: ctx.now, updatedAt: ctx.now },
      'meeting',
    );
    await audit(ctx, {
      action: 'meetings.sendNotice',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { recipients: sent, urgentReason: input.urgentReason ?? null },
    });
    return { meeting: after, recipients: sent };
  },
});
