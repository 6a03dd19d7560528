import { customType } from 'drizzle-orm/pg-core';

/** Binary content (attachments, generated documents) kept in the database, so one backup holds everything. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
});
