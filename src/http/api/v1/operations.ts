import { appointmentOperations } from './appointments';
import { auditOperations } from './audit-events';
import { bodyOperations } from './bodies';
import { meOperations } from './me';
import { memberOperations } from './members';
import type { Operation } from './operation';
import { organisationOperations } from './organisation';
import { peopleOperations } from './people';
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
  ...userOperations,
  ...auditOperations,
];
