CREATE TYPE "public"."cycle_milestone_kind" AS ENUM('fee', 'programme_budget', 'annual_report', 'report_to_council');--> statement-breakpoint
CREATE TYPE "public"."programme_activity_status" AS ENUM('planned', 'ongoing', 'done', 'postponed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."programme_focus_area_kind" AS ENUM('matrix', 'tasks');--> statement-breakpoint
CREATE TYPE "public"."programme_status" AS ENUM('draft', 'adopted');--> statement-breakpoint
CREATE TABLE "cycle_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"kind" "cycle_milestone_kind" NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"done_on" date,
	"meeting_id" uuid,
	"case_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"text" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"planned_from" date,
	"planned_to" date,
	"status" "programme_activity_status" DEFAULT 'planned' NOT NULL,
	"copied_from_id" uuid,
	"carried_over" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_activity_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"meeting_id" uuid,
	"case_id" uuid,
	"document_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_activity_links_uq" UNIQUE NULLS NOT DISTINCT("activity_id","meeting_id","case_id","document_id"),
	CONSTRAINT "programme_activity_links_one_target" CHECK (num_nonnulls("programme_activity_links"."meeting_id", "programme_activity_links"."case_id", "programme_activity_links"."document_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "programme_focus_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "programme_focus_area_kind" DEFAULT 'matrix' NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"comments" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_placements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"focus_area_id" uuid NOT NULL,
	"role_id" uuid,
	"position" integer NOT NULL,
	CONSTRAINT "programme_placements_cell_uq" UNIQUE NULLS NOT DISTINCT("activity_id","focus_area_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "programme_roles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"label" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" "programme_status" DEFAULT 'draft' NOT NULL,
	"adopted_case_id" uuid,
	"adopted_on" date,
	"vision" text DEFAULT '' NOT NULL,
	"vision_text" text DEFAULT '' NOT NULL,
	"focus_areas_intro" text DEFAULT '' NOT NULL,
	"activities_intro" text DEFAULT '' NOT NULL,
	"about_text" text DEFAULT '' NOT NULL,
	"organisational_changes_text" text DEFAULT '' NOT NULL,
	"administration_text" text DEFAULT '' NOT NULL,
	"process_text" text DEFAULT '' NOT NULL,
	"copied_from_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_progress_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"noted_on" date NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cycle_milestones" ADD CONSTRAINT "cycle_milestones_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_milestones" ADD CONSTRAINT "cycle_milestones_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_programme_id_programme_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_copied_from_id_programme_activities_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."programme_activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_activity_id_programme_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."programme_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_document_id_cases_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."cases_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_focus_areas" ADD CONSTRAINT "programme_focus_areas_programme_id_programme_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_placements" ADD CONSTRAINT "programme_placements_activity_id_programme_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."programme_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_placements" ADD CONSTRAINT "programme_placements_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_placements" ADD CONSTRAINT "programme_placements_role_id_programme_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."programme_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_roles" ADD CONSTRAINT "programme_roles_programme_id_programme_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_programmes" ADD CONSTRAINT "programme_programmes_adopted_case_id_cases_cases_id_fk" FOREIGN KEY ("adopted_case_id") REFERENCES "public"."cases_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_programmes" ADD CONSTRAINT "programme_programmes_copied_from_id_programme_programmes_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."programme_programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_progress_notes" ADD CONSTRAINT "programme_progress_notes_activity_id_programme_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."programme_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_progress_notes" ADD CONSTRAINT "programme_progress_notes_author_id_accounts_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cycle_milestones_year_kind_uq" ON "cycle_milestones" USING btree ("year","kind");--> statement-breakpoint
CREATE INDEX "programme_activities_programme_idx" ON "programme_activities" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "programme_focus_areas_programme_idx" ON "programme_focus_areas" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "programme_placements_cell_idx" ON "programme_placements" USING btree ("focus_area_id","role_id","position");--> statement-breakpoint
CREATE INDEX "programme_placements_activity_idx" ON "programme_placements" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "programme_roles_programme_idx" ON "programme_roles" USING btree ("programme_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_programmes_year_uq" ON "programme_programmes" USING btree ("year");--> statement-breakpoint
CREATE INDEX "programme_progress_notes_activity_idx" ON "programme_progress_notes" USING btree ("activity_id","noted_on");