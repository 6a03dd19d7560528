import { auditOperations } from './audit-events';
import { meOperations } from './me';
import type { Operation } from './operation';
import { organisationOperations } from './organisation';
import { userOperations } from './users';

/** Every REST operation; the router mounts them and the OpenAPI document describes them. */
export const operations: Operation[] = [
  ...meOperations,
  ...organisationOperations,
  ...userOperations,
  ...auditOperations,
];
