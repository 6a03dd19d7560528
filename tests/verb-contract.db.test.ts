import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Forbidden, Unauthenticated, Validation } from '../src/kernel/errors';
import { isVerb, type Verb } from '../src/kernel/verb';
import { setupTestDatabase } from './support/db';
import { anonymousCtx, makeUser, systemTestCtx } from './support/fixtures';

/**
 * Every verb's contract, for all of them at once: who may call it (declared here, so a new verb
 * fails this test until its access is decided), that anyone below is refused before the input is
 * read, and that empty input is refused with field errors rather than a crash.
 */
type Level = 'anyone' | 'signed-in' | 'editor' | 'admin' | 'system';

const ACCESS: Record<string, Level> = {
  'accounts.addUser': 'admin',
  'accounts.updateUser': 'admin',
  'accounts.setUserPassword': 'admin',
  'accounts.changeOwnPassword': 'signed-in',
  'accounts.createAccessToken': 'signed-in',
  'accounts.revokeAccessToken': 'signed-in',
  'accounts.logIn': 'anyone',
  'events.createEvent': 'editor',
  'events.updateEvent': 'editor',
  'events.addSession': 'editor',
  'events.removeSession': 'editor',
  'events.registerForEvent': 'anyone',
  'events.cancelRegistration': 'anyone',
  'events.markAttendance': 'editor',
  'news.createNews': 'editor',
  'news.updateNews': 'editor',
  'news.publishNews': 'editor',
  'news.unpublishNews': 'editor',
  'news.deleteNews': 'editor',
  'accounts.logInWithOidc': 'anyone',
  'accounts.logOut': 'signed-in',
  'accounts.createCalendarFeed': 'signed-in',
  'accounts.ensureFirstAdmin': 'system',
  'settings.updateOrganisationProfile': 'admin',
  'settings.updateMembershipSettings': 'admin',
  'members.addMember': 'editor',
  'members.updateMember': 'editor',
  'members.changeMemberIdentity': 'editor',
  'members.registerExitNotice': 'editor',
  'members.withdrawExitNotice': 'editor',
  'members.mergeMembers': 'editor',
  'members.addSubregion': 'editor',
  'members.updateSubregion': 'editor',
  'members.assignSubregion': 'editor',
  'knowledge.recordPopulation': 'editor',
  'knowledge.importStatistics': 'editor',
  'knowledge.referenceIndicator': 'editor',
  'knowledge.unreferenceIndicator': 'editor',
  'fees.setFeeDecision': 'editor',
  'budget.createBudget': 'editor',
  'partners.addPartner': 'editor',
  'consultations.registerConsultation': 'editor',
  'consultations.setConsultationStatus': 'editor',
  'consultations.updateConsultation': 'editor',
  'consultations.setConsultationResponse': 'editor',
  'consultations.sendConsultationReminders': 'system',
  'partners.updatePartner': 'editor',
  'partners.mergePartners': 'editor',
  'partners.addPartnerContact': 'editor',
  'partners.removePartnerContact': 'editor',
  'networks.addNetwork': 'editor',
  'networks.updateNetwork': 'editor',
  'networks.addNetworkMember': 'editor',
  'networks.endNetworkMembership': 'editor',
  'projects.addProject': 'editor',
  'projects.updateProject': 'editor',
  'projects.addProjectPartner': 'editor',
  'projects.removeProjectPartner': 'editor',
  'projects.addDeliverable': 'editor',
  'projects.updateDeliverable': 'editor',
  'budget.addBudgetLine': 'editor',
  'budget.updateBudgetLine': 'editor',
  'budget.removeBudgetLine': 'editor',
  'budget.adoptBudget': 'editor',
  'budget.reviseBudget': 'editor',
  'budget.importLedger': 'editor',
  'members.addParticipation': 'editor',
  'members.endParticipation': 'editor',
  'members.importMembers': 'editor',
  'people.addPerson': 'editor',
  'people.updatePerson': 'editor',
  'people.importPeople': 'editor',
  'bodies.addBody': 'editor',
  'bodies.updateBody': 'editor',
  'bodies.appointPerson': 'editor',
  'bodies.updateAppointment': 'editor',
  'bodies.removeAppointment': 'editor',
  'bodies.addDelegation': 'editor',
  'bodies.updateDelegation': 'editor',
  'bodies.removeDelegation': 'editor',
  'settings.updateMeetingSettings': 'admin',
  'cases.registerCase': 'editor',
  'cases.updateCase': 'editor',
  'cases.addCaseDocument': 'editor',
  'cases.updateCaseDocument': 'editor',
  'cases.removeCaseDocument': 'editor',
  'cases.addFollowUp': 'editor',
  'cases.updateFollowUp': 'editor',
  'meetings.scheduleMeeting': 'editor',
  'meetings.updateMeeting': 'editor',
  'meetings.cancelMeeting': 'editor',
  'meetings.addAgendaItem': 'editor',
  'meetings.moveAgendaItem': 'editor',
  'meetings.removeAgendaItem': 'editor',
  'meetings.sendNotice': 'editor',
  'meetings.recordAttendance': 'editor',
  'meetings.recordDecision': 'editor',
  'meetings.approveMinutes': 'editor',
  'settings.updateCycleSettings': 'admin',
  'cycle.planCycle': 'editor',
  'cycle.updateMilestone': 'editor',
  'cycle.sendCycleReminders': 'system',
  'programme.createProgramme': 'editor',
  'programme.updateProgramme': 'editor',
  'programme.adoptProgramme': 'editor',
  'programme.reopenProgramme': 'editor',
  'programme.copyProgramme': 'editor',
  'programme.addRole': 'editor',
  'programme.updateRole': 'editor',
  'programme.removeRole': 'editor',
  'programme.addFocusArea': 'editor',
  'programme.updateFocusArea': 'editor',
  'programme.removeFocusArea': 'editor',
  'programme.addActivity': 'editor',
  'programme.updateActivity': 'editor',
  'programme.moveActivity': 'editor',
  'programme.removeActivity': 'editor',
  'programme.setActivityStatus': 'editor',
  'programme.addProgressNote': 'editor',
  'programme.linkActivity': 'editor',
  'programme.unlinkActivity': 'editor',
};

const root = resolve(import.meta.dirname, '..');
function domainFiles(dir = 'src/domain'): string[] {
  return readdirSync(join(root, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) return domainFiles(path);
    return /\.ts$/.test(entry) && !entry.endsWith('.test.ts') ? [path] : [];
  });
}

async function allVerbs(): Promise<[string, Verb<z.ZodType, unknown>][]> {
  const found: [string, Verb<z.ZodType, unknown>][] = [];
  for (const file of domainFiles()) {
    if (!readFileSync(join(root, file), 'utf8').includes('defineVerb(')) continue;
    const module = (await import(join(root, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (isVerb(value))
        found.push([(value as unknown as Record<symbol, string>)[Symbol.for('samrad.verb')]!, value]);
    }
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

const database = setupTestDatabase();
/** Who may call a verb of each access; the system is no user, so it cannot do what only a user does for themselves. */
const ALLOWED: Record<Level, Level[]> = {
  anyone: ['anyone', 'signed-in', 'editor', 'admin', 'system'],
  'signed-in': ['signed-in', 'editor', 'admin'],
  editor: ['editor', 'admin', 'system'],
  admin: ['admin', 'system'],
  system: ['system'],
};

describe('every verb', () => {
  it('has its access declared here', async () => {
    const names = (await allVerbs()).map(([name]) => name);
    expect(names.filter((n) => !(n in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('refuses callers below its access before reading the input, and empty input with field errors', async () => {
    const db = database().db;
    const ctxFor = {
      anyone: anonymousCtx(db),
      'signed-in': (await makeUser(db, { role: 'member' })).ctx,
      editor: (await makeUser(db, { role: 'editor' })).ctx,
      admin: (await makeUser(db, { role: 'admin' })).ctx,
      system: systemTestCtx(db),
    };
    for (const [name, verb] of await allVerbs()) {
      const allowed = ALLOWED[ACCESS[name]!];
      for (const [level, ctx] of Object.entries(ctxFor)) {
        const outcome = await verb({ ctx, input: {} as never }).then(
          () => 'accepted',
          (error: unknown) => error,
        );
        if (!allowed.includes(level as Level)) {
          const expected = level === 'anyone' ? Unauthenticated : Forbidden;
          expect(outcome, `${name} called by ${level}`).toBeInstanceOf(expected);
        } else if (verb.input.safeParse({}).success) {
          // A verb without input (a new calendar address for oneself) simply runs.
          expect(outcome, `${name} called by ${level}`).toBe('accepted');
        } else {
          expect(outcome, `${name} called by ${level} with {}`).toBeInstanceOf(Validation);
          expect(Object.keys((outcome as Validation).fieldErrors).length, name).toBeGreaterThan(0);
        }
      }
    }
  });
});
