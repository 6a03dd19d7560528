CREATE TYPE "public"."events_kind" AS ENUM('conference', 'seminar', 'network_meeting', 'school_camp', 'meeting', 'other');--> statement-breakpoint
CREATE TYPE "public"."events_registration_status" AS ENUM('confirmed', 'waiting', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."projects_deliverable_status" AS ENUM('planned', 'in_progress', 'delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."projects_partner_role" AS ENUM('lead', 'partner');--> statement-breakpoint
CREATE TABLE "events_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"title" text NOT NULL,
	"speakers" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" "events_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"published" boolean DEFAULT false NOT NULL,
	"registration_open" boolean DEFAULT false NOT NULL,
	"consent_text" text DEFAULT '' NOT NULL,
	"network_id" uuid,
	"focus_area_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events_registration_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"dietary_needs" text DEFAULT '' NOT NULL,
	"consent_text" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"status" "events_registration_status" NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended" boolean
);
--> statement-breakpoint
CREATE TABLE "networks_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"person_id" uuid,
	"member_id" uuid,
	"partner_id" uuid,
	"role" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "networks_members_one" CHECK (num_nonnulls("networks_members"."person_id", "networks_members"."member_id", "networks_members"."partner_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "networks_networks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"focus_area_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects_deliverables" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "projects_deliverable_status" DEFAULT 'planned' NOT NULL,
	"delivered_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects_partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"partner_id" uuid,
	"member_id" uuid,
	"role" "projects_partner_role" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "projects_partners_one" CHECK (num_nonnulls("projects_partners"."partner_id", "projects_partners"."member_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "projects_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"funder" text DEFAULT '' NOT NULL,
	"funding_programme" text DEFAULT '' NOT NULL,
	"amount_granted_ore" bigint,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"focus_area_id" uuid,
	"case_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_activity_links" DROP CONSTRAINT "programme_activity_links_uq";--> statement-breakpoint
ALTER TABLE "programme_activity_links" DROP CONSTRAINT "programme_activity_links_one_target";--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD COLUMN "consultation_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD COLUMN "network_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "events_sessions" ADD CONSTRAINT "events_sessions_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_events" ADD CONSTRAINT "events_events_network_id_networks_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks_networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_events" ADD CONSTRAINT "events_events_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_registrations" ADD CONSTRAINT "events_registrations_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks_members" ADD CONSTRAINT "networks_members_network_id_networks_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks_networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks_members" ADD CONSTRAINT "networks_members_person_id_people_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks_members" ADD CONSTRAINT "networks_members_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks_members" ADD CONSTRAINT "networks_members_partner_id_partners_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks_networks" ADD CONSTRAINT "networks_networks_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects_deliverables" ADD CONSTRAINT "projects_deliverables_project_id_projects_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects_partners" ADD CONSTRAINT "projects_partners_project_id_projects_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects_partners" ADD CONSTRAINT "projects_partners_partner_id_partners_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects_partners" ADD CONSTRAINT "projects_partners_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects_projects" ADD CONSTRAINT "projects_projects_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects_projects" ADD CONSTRAINT "projects_projects_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_sessions_event_idx" ON "events_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_events_starts_idx" ON "events_events" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "events_events_network_idx" ON "events_events" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "events_registration_attempts_ip_idx" ON "events_registration_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "events_registrations_event_idx" ON "events_registrations" USING btree ("event_id","status","registered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_registrations_token_uq" ON "events_registrations" USING btree ("cancel_token_hash");--> statement-breakpoint
CREATE INDEX "networks_members_network_idx" ON "networks_members" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "networks_networks_name_idx" ON "networks_networks" USING btree ("name");--> statement-breakpoint
CREATE INDEX "projects_deliverables_project_idx" ON "projects_deliverables" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE INDEX "projects_partners_project_idx" ON "projects_partners" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "projects_partners_partner_idx" ON "projects_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "projects_projects_name_idx" ON "projects_projects" USING btree ("name");--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_consultation_id_consultations_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_network_id_networks_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks_networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_project_id_projects_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_uq" UNIQUE NULLS NOT DISTINCT("activity_id","meeting_id","case_id","document_id","consultation_id","event_id","network_id","project_id");--> statement-breakpoint
ALTER TABLE "programme_activity_links" ADD CONSTRAINT "programme_activity_links_one_target" CHECK (num_nonnulls("programme_activity_links"."meeting_id", "programme_activity_links"."case_id", "programme_activity_links"."document_id", "programme_activity_links"."consultation_id", "programme_activity_links"."event_id", "programme_activity_links"."network_id", "programme_activity_links"."project_id") = 1);