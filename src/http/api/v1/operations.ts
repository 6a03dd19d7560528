import { appointmentOperations } from './appointments';
import { auditOperations } from './audit-events';
import { bodyOperations } from './bodies';
import { budgetOperations } from './budgets';
import { caseOperations, followUpOperations } from './cases';
import { consultationOperations } from './consultations';
import { cycleOperations } from './cycle';
import { eventOperations } from './events';
import { feeOperations } from './fees';
import { meOperations } from './me';
import { meetingOperations, voteOperations } from './meetings';
import { memberOperations } from './members';
import { networkOperations } from './networks';
import { newsOperations } from './news';
import type { Operation } from './operation';
import { organisationOperations } from './organisation';
import { partnerOperations } from './partners';
import { peopleOperations } from './people';
import { programmeOperations } from './programmes';
import { projectOperations } from './projects';
import { searchOperations } from './search';
import { statisticsOperations } from './statistics';
import { subregionOperations } from './subregions';
import { userOperations } from './users';

/** Every REST operation; the router mounts them and the OpenAPI document describes them. */
export const operations: Operation[] = [
  ...meOperations,
  ...organisationOperations,
  ...memberOperations,
  ...subregionOperations,
  ...peopleOperations,
  ...bodyOperations,
  ...appointmentOperations,
  ...meetingOperations,
  ...caseOperations,
  ...voteOperations,
  ...followUpOperations,
  ...programmeOperations,
  ...cycleOperations,
  ...statisticsOperations,
  ...feeOperations,
  ...budgetOperations,
  ...partnerOperations,
  ...eventOperations,
  ...consultationOperations,
  ...networkOperations,
  ...newsOperations,
  ...projectOperations,
  ...searchOperations,
  ...userOperations,
  ...auditOperations,
];
