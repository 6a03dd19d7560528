-- The search vectors become stored generated columns (see src/kernel/search.ts): ranking no
-- longer re-parses every matching text. The columns are not in the Drizzle schema on purpose.
DROP INDEX "cases_documents_search_idx";--> statement-breakpoint
DROP INDEX "cases_cases_search_idx";--> statement-breakpoint
DROP INDEX "consultations_search_idx";--> statement-breakpoint
DROP INDEX "events_events_search_idx";--> statement-breakpoint
DROP INDEX "meetings_meetings_search_idx";--> statement-breakpoint
DROP INDEX "news_articles_search_idx";--> statement-breakpoint
DROP INDEX "programme_activities_search_idx";--> statement-breakpoint
ALTER TABLE "cases_documents" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("title", '') || ' ' || coalesce("text", ''))) STORED;--> statement-breakpoint
ALTER TABLE "cases_cases" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("title", '') || ' ' || coalesce("background", '') || ' ' || coalesce("assessment", '') || ' ' || coalesce("proposed_decision", '') || ' ' || coalesce("decision", ''))) STORED;--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("title", '') || ' ' || coalesce("authority", '') || ' ' || coalesce("reference", ''))) STORED;--> statement-breakpoint
ALTER TABLE "events_events" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("title", '') || ' ' || coalesce("description", '') || ' ' || coalesce("location", ''))) STORED;--> statement-breakpoint
ALTER TABLE "meetings_meetings" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("title", '') || ' ' || coalesce("location", ''))) STORED;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("title", '') || ' ' || coalesce("lead", '') || ' ' || coalesce("body", ''))) STORED;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, coalesce("text", '') || ' ' || coalesce("details", ''))) STORED;--> statement-breakpoint
CREATE INDEX "cases_documents_search_idx" ON "cases_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "cases_cases_search_idx" ON "cases_cases" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "consultations_search_idx" ON "consultations_consultations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "events_events_search_idx" ON "events_events" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "meetings_meetings_search_idx" ON "meetings_meetings" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "news_articles_search_idx" ON "news_articles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "programme_activities_search_idx" ON "programme_activities" USING gin ("search_vector");
