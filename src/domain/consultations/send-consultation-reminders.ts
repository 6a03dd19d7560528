import { and, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { formatDate } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { users } from '../accounts/schema';
import { enqueueMail, type Mail } from '../mail/enqueue';
import { people } from '../people/schema';
import { reminderDue } from './rules';
import { consultations } from './schema';

export const SendConsultationRemindersInput = z.object({
  /** Where the secretariat opens Samråd, for the link in the mail (PUBLIC_URL). */
  baseUrl: z.url().optional(),
});

/**
 * The deadline reminder: for every open consultation whose deadline is at most a week away, one
 * mail to the person responsible — or, when nobody is (or they have no address), to each active
 * editor and administrator — once. The claim (`reminder_sent_at` set where it was null) is one
 * statement, so two app nodes never both send.
 */
export const sendConsultationReminders = defineVerb({
  name: 'consultations.sendConsultationReminders',
  input: SendConsultationRemindersInput,
  authorize: (actor) => actor.kind === 'system',
  async run(ctx, { baseUrl }) {
    const today = todayInOslo(ctx.now);
    const editors = await ctx.db
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, ['editor', 'admin'])));
    // With no editor to fall back on, only those with a responsible person to tell are claimed; the
    // others wait for the first editor rather than being spent on no one.
    const reachable: SQL | undefined = editors.length
      ? undefined
      : inArray(
          consultations.responsibleId,
          ctx.db.select({ id: people.id }).from(people).where(isNotNull(people.email)),
        );
    const claimed = await ctx.db
      .update(consultations)
      .set({ reminderSentAt: ctx.now })
      .where(and(reminderDue(today), reachable))
      .returning();
    if (!claimed.length) {
      await audit(ctx, {
        action: 'consultations.sendConsultationReminders',
        entityType: 'consultation',
        after: { reminded: 0, editors: editors.length },
      });
      return { reminded: 0, mails: 0 };
    }
    const ids = [...new Set(claimed.flatMap((c) => (c.responsibleId ? [c.responsibleId] : [])))];
    const responsible = new Map(
      (ids.length
        ? await ctx.db
            .select({ id: people.id, name: people.name, email: people.email })
            .from(people)
            .where(inArray(people.id, ids))
        : []
      ).map((p) => [p.id, p]),
    );
    const t = (key: string, params?: Record<string, string | number>) => translate('nb', key, params);
    const mails: Mail[] = claimed.flatMap((c) => {
      const person = c.responsibleId ? responsible.get(c.responsibleId) : undefined;
      const to = person?.email
        ? [{ address: person.email, name: person.name }]
        : editors.map((e) => ({ address: e.email, name: e.name }));
      const link = baseUrl ? `\n\n${baseUrl.replace(/\/$/, '')}/app/horinger/${c.id}` : '';
      const params = {
        title: c.title,
        authority: c.authority,
        date: formatDate(c.deadline),
        status: t(`consultations.status.${c.status}`),
      };
      return to.map((recipient) => ({
        to: recipient,
        subject: t('consultations.reminder.subject', params),
        text: `${t('consultations.reminder.body', params)}${link}`,
        entityType: 'consultation',
        entityId: c.id,
      }));
    });
    await enqueueMail(ctx, mails);
    await audit(ctx, {
      action: 'consultations.sendConsultationReminders',
      entityType: 'consultation',
      after: {
        reminded: claimed.map((c) => ({ id: c.id, title: c.title, deadline: c.deadline })),
        mails: mails.length,
      },
    });
    return { reminded: claimed.length, mails: mails.length };
  },
});
