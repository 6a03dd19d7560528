// Every table of the application, for Drizzle (queries, relations) and drizzle-kit (migrations).
export * from '../domain/accounts/schema';
export * from '../domain/bodies/schema';
export * from '../domain/budget/schema';
export * from '../domain/cases/schema';
export * from '../domain/consultations/schema';
export * from '../domain/cycle/schema';
export * from '../domain/fees/schema';
export * from '../domain/knowledge/schema';
export * from '../domain/mail/schema';
export * from '../domain/meetings/schema';
export * from '../domain/members/schema';
export * from '../domain/partners/schema';
export * from '../domain/people/schema';
export * from '../domain/programme/schema';
export * from '../domain/settings/schema';
export * from '../kernel/schema';
