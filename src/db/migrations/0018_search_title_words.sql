-- Each searchable table stores its title's words under the `simple` configuration (see
-- src/kernel/search.ts): the search puts hits whose title has the very words searched for first,
-- and parsing every matching title again per search cost more than the ranking itself.
ALTER TABLE "cases_documents" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;--> statement-breakpoint
ALTER TABLE "cases_cases" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;--> statement-breakpoint
ALTER TABLE "events_events" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;--> statement-breakpoint
ALTER TABLE "meetings_meetings" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD COLUMN "title_words" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("text", ''))) STORED;
