import { appointmentOperations } from './appointments';
import { auditOperations } from './audit-events';
import { bodyOperations } from './bodies';
import { caseOperations, followUpOperations } from './cases';
import { cycleOperations } from './cycle';
import { meOperations } from './me';
import { meetingOperations, voteOperations } from './meetings';
import { memberOperations } from './members';
import type { Operation } from './operation';
import { organisationOperations } from './organisation';
import { peopleOperations } from './people';
import { programmeOperations } from './programmes';
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
  ...userOperations,
  ...auditOperations,
];
