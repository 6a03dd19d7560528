import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { formatDate } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { users } from '../accounts/schema';
import { enqueueMail } from '../mail/enqueue';
import { getSettings } from '../settings/queries';
import { milestones } from './schema';
import { milestoneState, reminderWindow } from './windows';

export const SendCycleRemindersInput = z.object({
  /** Where the secretariat opens Samråd, for the link in the mail (PUBLIC_URL). */
  baseUrl: z.url().optional(),
});

/**
 * The reminder job: for every milestone not yet done whose window closes within the settings'
 * lead time (or closed as recently), one mail to each active editor and administrator — once. The claim
 * (`reminder_sent_at` set where it was null) is one statement, so two app nodes never both send.
 */
export const sendCycleReminders = defineVerb({
  name: 'cycle.sendCycleReminders',
  input: SendCycleRemindersInput,
  authorize: (actor) => actor.kind === 'system',
  async run(ctx, { baseUrl }) {
    const today = todayInOslo(ctx.now);
    const { reminderDays } = await getSettings(ctx, 'cycle');
    const recipients = await ctx.db
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, ['editor', 'admin'])));
    // Nobody to tell: the reminders wait for the first editor rather than being spent on no one.
    if (!recipients.length) {
      await audit(ctx, {
        action: 'cycle.sendCycleReminders',
        entityType: 'cycle',
        after: { reminded: 0, recipients: 0 },
      });
      return { reminded: 0, mails: 0 };
    }
    const claimed = await ctx.db
      .update(milestones)
      .set({ reminderSentAt: ctx.now })
      .where(reminderWindow(today, reminderDays))
      .returning();
    if (!claimed.length) {
      await audit(ctx, { action: 'cycle.sendCycleReminders', entityType: 'cycle', after: { reminded: 0 } });
      return { reminded: 0, mails: 0 };
    }
    const t = (key: string, params?: Record<string, string | number>) => translate('nb', key, params);
    const mails = claimed.flatMap((m) => {
      const what = t(`cycle.kind.${m.kind}`, { year: m.year });
      const late = milestoneState(m, today) === 'late';
      const link = baseUrl ? `\n\n${baseUrl.replace(/\/$/, '')}/app/arshjul?ar=${m.year}` : '';
      return recipients.map((r) => ({
        to: { address: r.email, name: r.name },
        subject: t(late ? 'cycle.reminder.subjectLate' : 'cycle.reminder.subject', {
          what,
          date: formatDate(m.windowTo),
        }),
        text: `${t(late ? 'cycle.reminder.bodyLate' : 'cycle.reminder.body', {
          what,
          from: formatDate(m.windowFrom),
          to: formatDate(m.windowTo),
        })}${link}`,
        entityType: 'milestone',
        entityId: m.id,
      }));
    });
    await enqueueMail(ctx, mails);
    await audit(ctx, {
      action: 'cycle.sendCycleReminders',
      entityType: 'cycle',
      after: {
        reminded: claimed.map((m) => ({ id: m.id, year: m.year, kind: m.kind })),
        mails: mails.length,
      },
    });
    return { reminded: claimed.length, mails: mails.length };
  },
});
