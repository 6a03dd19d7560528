CREATE TYPE "public"."cases_access" AS ENUM('public', 'exempt');--> statement-breakpoint
CREATE TYPE "public"."cases_status" AS ENUM('registered', 'in_progress', 'decided', 'closed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."cases_follow_up_status" AS ENUM('open', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."meetings_agenda_kind" AS ENUM('case', 'information');--> statement-breakpoint
CREATE TYPE "public"."meetings_attendance_status" AS ENUM('present', 'absent', 'deputy');--> statement-breakpoint
CREATE TYPE "public"."meetings_status" AS ENUM('planned', 'notice_sent', 'held', 'minutes_approved', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."meetings_outcome" AS ENUM('adopted', 'rejected', 'tied', 'postponed', 'noted');--> statement-breakpoint
CREATE TYPE "public"."meetings_vote_choice" AS ENUM('for', 'against', 'abstain');--> statement-breakpoint
CREATE TABLE "accounts_calendar_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases_counters" (
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "cases_counters_body_id_year_pk" PRIMARY KEY("body_id","year")
);
--> statement-breakpoint
CREATE TABLE "cases_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"access" "cases_access" DEFAULT 'public' NOT NULL,
	"legal_basis" text,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases_routes" (
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"body_id" uuid NOT NULL,
	CONSTRAINT "cases_routes_case_id_position_pk" PRIMARY KEY("case_id","position")
);
--> statement-breakpoint
CREATE TABLE "cases_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"title" text NOT NULL,
	"title_exempt" boolean DEFAULT false NOT NULL,
	"access" "cases_access" DEFAULT 'public' NOT NULL,
	"legal_basis" text,
	"officer_id" uuid,
	"background" text DEFAULT '' NOT NULL,
	"assessment" text DEFAULT '' NOT NULL,
	"proposed_decision" text DEFAULT '' NOT NULL,
	"decision" text DEFAULT '' NOT NULL,
	"decided_on" date,
	"status" "cases_status" DEFAULT 'registered' NOT NULL,
	"registered_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases_follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"status" "cases_follow_up_status" DEFAULT 'open' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"to_name" text DEFAULT '' NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"entity_type" text,
	"entity_id" text,
	"status" "mail_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meetings_agenda_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "meetings_agenda_kind" NOT NULL,
	"case_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"election" boolean DEFAULT false NOT NULL,
	"decision" text DEFAULT '' NOT NULL,
	"outcome" "meetings_outcome",
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_attendance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"status" "meetings_attendance_status" NOT NULL,
	"deputy_appointment_id" uuid
);
--> statement-breakpoint
CREATE TABLE "meetings_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"location" text DEFAULT '' NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"closed_legal_basis" text,
	"status" "meetings_status" DEFAULT 'planned' NOT NULL,
	"notice_sent_at" timestamp with time zone,
	"minutes_approved_at" timestamp with time zone,
	"minutes_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"choice" "meetings_vote_choice" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts_users" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "accounts_calendar_tokens" ADD CONSTRAINT "accounts_calendar_tokens_user_id_accounts_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_counters" ADD CONSTRAINT "cases_counters_body_id_bodies_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_documents" ADD CONSTRAINT "cases_documents_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_routes" ADD CONSTRAINT "cases_routes_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_routes" ADD CONSTRAINT "cases_routes_body_id_bodies_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_cases" ADD CONSTRAINT "cases_cases_body_id_bodies_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_cases" ADD CONSTRAINT "cases_cases_officer_id_people_people_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."people_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_follow_ups" ADD CONSTRAINT "cases_follow_ups_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases_follow_ups" ADD CONSTRAINT "cases_follow_ups_owner_id_people_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_agenda_items" ADD CONSTRAINT "meetings_agenda_items_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_agenda_items" ADD CONSTRAINT "meetings_agenda_items_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_appointment_id_bodies_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."bodies_appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_deputy_appointment_id_bodies_appointments_id_fk" FOREIGN KEY ("deputy_appointment_id") REFERENCES "public"."bodies_appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_meetings" ADD CONSTRAINT "meetings_meetings_body_id_bodies_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_votes" ADD CONSTRAINT "meetings_votes_agenda_item_id_meetings_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."meetings_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_votes" ADD CONSTRAINT "meetings_votes_appointment_id_bodies_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."bodies_appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_calendar_tokens_hash_uq" ON "accounts_calendar_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_calendar_tokens_user_uq" ON "accounts_calendar_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cases_documents_case_idx" ON "cases_documents" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_cases_number_uq" ON "cases_cases" USING btree ("body_id","year","sequence");--> statement-breakpoint
CREATE INDEX "cases_cases_status_idx" ON "cases_cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_follow_ups_case_idx" ON "cases_follow_ups" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_follow_ups_open_idx" ON "cases_follow_ups" USING btree ("status","due_on") WHERE status in ('open', 'in_progress');--> statement-breakpoint
CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "meetings_agenda_items_meeting_idx" ON "meetings_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meetings_agenda_items_case_idx" ON "meetings_agenda_items" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_attendance_uq" ON "meetings_attendance" USING btree ("meeting_id","appointment_id");--> statement-breakpoint
CREATE INDEX "meetings_meetings_body_idx" ON "meetings_meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_meetings_starts_idx" ON "meetings_meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_votes_uq" ON "meetings_votes" USING btree ("agenda_item_id","appointment_id");--> statement-breakpoint
ALTER TABLE "accounts_users" ADD CONSTRAINT "accounts_users_person_id_people_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people_people"("id") ON DELETE set null ON UPDATE no action;