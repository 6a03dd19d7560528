import type { Db } from '../db/types';
import { markHistoryDelivered } from '../domain/mail/delivery';
import { updateOrganisationProfile } from '../domain/settings/update-organisation-profile';
import { systemCtx } from '../kernel/ctx';
import { bumpDataVersion } from '../kernel/data-version';
import { withTransaction } from '../kernel/transaction';
import { loadBodies } from './bodies';
import { loadBudget } from './budget';
import { loadConsultations } from './consultations';
import { loadEvents } from './events';
import { loadFees } from './fees';
import { loadMeetings } from './meetings';
import { loadMembers } from './members';
import { loadNetworks } from './networks';
import { loadNews } from './news';
import { loadPartners } from './partners';
import { loadProgramme } from './programme/load-programme';
import { loadProjects } from './projects';
import { linkWork } from './work-links';

/**
 * The demo installation: Osloregionen as its Handlingsprogram 2020 describes it. Built through the
 * verbs like any other data, so it is valid and audited, in one transaction (all or nothing).
 */
export async function loadDemo(db: Db): Promise<void> {
  await withTransaction(systemCtx(db, 'demo'), async (ctx) => {
    await updateOrganisationProfile({
      ctx,
      input: {
        version: 0,
        name: 'Osloregionen',
        descriptionNb:
          'Den strategiske samarbeidsalliansen Osloregionen ble etablert 1.1.2005. Pr 1.1.2020 omfatter alliansen ' +
          '69 kommuner og to fylkeskommuner i hovedstadsområdet. Målet er å styrke Osloregionen som en ' +
          'konkurransedyktig og bærekraftig region i Europa.',
        descriptionEn:
          'The strategic alliance Osloregionen was founded on 1 January 2005. As of 1 January 2020 it comprises ' +
          '69 municipalities and two county municipalities in the capital region. Its aim is to strengthen the ' +
          'Oslo region as a competitive and sustainable region in Europe.',
        contactEmail: 'post@osloregionen.example.org',
        foundedOn: '2005-01-01',
      },
    });
    const members = await loadMembers(ctx);
    await loadBodies(ctx, members);
    const meetings = await loadMeetings(ctx);
    await loadProgramme(ctx, meetings);
    await loadFees(ctx, meetings);
    await loadBudget(ctx, meetings);
    await loadPartners(ctx);
    await loadConsultations(ctx);
    await loadNetworks(ctx);
    await loadProjects(ctx);
    await loadEvents(ctx);
    await loadNews(ctx);
    await linkWork(ctx);
    // The demo's notices went out in 2018–2019; none may be mailed now if SMTP is set.
    await markHistoryDelivered(ctx.db);
    // The verbs ran inside this transaction, so none counted the change: count it once here.
    await bumpDataVersion(ctx.db);
  });
}
