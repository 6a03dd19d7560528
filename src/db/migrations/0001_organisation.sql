CREATE TYPE "public"."bodies_appointment_role" AS ENUM('leader', 'deputy_leader', 'member', 'deputy_member', 'secretary', 'observer');--> statement-breakpoint
CREATE TYPE "public"."bodies_kind" AS ENUM('council', 'board', 'committee', 'partner_arena', 'working_committee', 'secretariat', 'coordination_group', 'expert_group', 'project_group', 'ad_hoc_group');--> statement-breakpoint
CREATE TYPE "public"."members_left_reason" AS ENUM('exit', 'merged', 'other');--> statement-breakpoint
CREATE TYPE "public"."members_kind" AS ENUM('municipality', 'county', 'other');--> statement-breakpoint
CREATE TYPE "public"."people_gender" AS ENUM('female', 'male', 'other');--> statement-breakpoint
CREATE TABLE "bodies_appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "bodies_appointment_role" NOT NULL,
	"deputy_for_id" uuid,
	"on_behalf_member_id" uuid,
	"on_behalf_subregion_id" uuid,
	"voting_right" boolean NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bodies_bodies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" "bodies_kind" NOT NULL,
	"name" text NOT NULL,
	"short_name" text DEFAULT '' NOT NULL,
	"mandate" text DEFAULT '' NOT NULL,
	"appointed_by_id" uuid,
	"predecessor_id" uuid,
	"composition" jsonb NOT NULL,
	"meetings_per_year_min" integer,
	"meetings_per_year_max" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bodies_delegations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_body_id" uuid NOT NULL,
	"to_body_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"decision_reference" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members_counties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "members_identities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"number" text,
	"county_id" uuid
);
--> statement-breakpoint
CREATE TABLE "members_predecessors" (
	"successor_id" uuid NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	CONSTRAINT "members_predecessors_successor_id_predecessor_id_pk" PRIMARY KEY("successor_id","predecessor_id")
);
--> statement-breakpoint
CREATE TABLE "members_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" "members_kind" NOT NULL,
	"org_number" text,
	"joined_on" date NOT NULL,
	"left_on" date,
	"left_reason" "members_left_reason",
	"exit_notice_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members_participations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "members_populations" (
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "members_populations_member_id_year_pk" PRIMARY KEY("member_id","year")
);
--> statement-breakpoint
CREATE TABLE "members_subregion_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"subregion_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "members_subregions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people_people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"organisation" text DEFAULT '' NOT NULL,
	"member_id" uuid,
	"gender" "people_gender",
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bodies_appointments" ADD CONSTRAINT "bodies_appointments_body_id_bodies_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies_appointments" ADD CONSTRAINT "bodies_appointments_person_id_people_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people_people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies_appointments" ADD CONSTRAINT "bodies_appointments_on_behalf_member_id_members_members_id_fk" FOREIGN KEY ("on_behalf_member_id") REFERENCES "public"."members_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies_appointments" ADD CONSTRAINT "bodies_appointments_on_behalf_subregion_id_members_subregions_id_fk" FOREIGN KEY ("on_behalf_subregion_id") REFERENCES "public"."members_subregions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies_delegations" ADD CONSTRAINT "bodies_delegations_from_body_id_bodies_bodies_id_fk" FOREIGN KEY ("from_body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies_delegations" ADD CONSTRAINT "bodies_delegations_to_body_id_bodies_bodies_id_fk" FOREIGN KEY ("to_body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_identities" ADD CONSTRAINT "members_identities_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_identities" ADD CONSTRAINT "members_identities_county_id_members_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."members_counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_predecessors" ADD CONSTRAINT "members_predecessors_successor_id_members_members_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_predecessors" ADD CONSTRAINT "members_predecessors_predecessor_id_members_members_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_participations" ADD CONSTRAINT "members_participations_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_populations" ADD CONSTRAINT "members_populations_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_subregion_memberships" ADD CONSTRAINT "members_subregion_memberships_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members_subregion_memberships" ADD CONSTRAINT "members_subregion_memberships_subregion_id_members_subregions_id_fk" FOREIGN KEY ("subregion_id") REFERENCES "public"."members_subregions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_people" ADD CONSTRAINT "people_people_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bodies_appointments_body_idx" ON "bodies_appointments" USING btree ("body_id","valid_from");--> statement-breakpoint
CREATE INDEX "bodies_appointments_person_idx" ON "bodies_appointments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "bodies_appointments_member_idx" ON "bodies_appointments" USING btree ("on_behalf_member_id");--> statement-breakpoint
CREATE INDEX "bodies_delegations_from_idx" ON "bodies_delegations" USING btree ("from_body_id");--> statement-breakpoint
CREATE INDEX "bodies_delegations_to_idx" ON "bodies_delegations" USING btree ("to_body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_counties_number_from_uq" ON "members_counties" USING btree ("number","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "members_identities_member_from_uq" ON "members_identities" USING btree ("member_id","valid_from");--> statement-breakpoint
CREATE INDEX "members_identities_number_idx" ON "members_identities" USING btree ("number");--> statement-breakpoint
CREATE INDEX "members_predecessors_predecessor_idx" ON "members_predecessors" USING btree ("predecessor_id");--> statement-breakpoint
CREATE INDEX "members_members_period_idx" ON "members_members" USING btree ("joined_on","left_on");--> statement-breakpoint
CREATE INDEX "members_participations_scheme_idx" ON "members_participations" USING btree ("scheme","valid_from");--> statement-breakpoint
CREATE INDEX "members_subregion_memberships_member_idx" ON "members_subregion_memberships" USING btree ("member_id","valid_from");--> statement-breakpoint
CREATE INDEX "members_subregion_memberships_subregion_idx" ON "members_subregion_memberships" USING btree ("subregion_id");--> statement-breakpoint
CREATE INDEX "people_people_name_idx" ON "people_people" USING btree ("name");--> statement-breakpoint
CREATE INDEX "people_people_member_idx" ON "people_people" USING btree ("member_id");