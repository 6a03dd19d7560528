CREATE TYPE "public"."partners_kind" AS ENUM('state_agency', 'business_association', 'ngo', 'cluster', 'university', 'international', 'company', 'public_body', 'other');--> statement-breakpoint
CREATE TABLE "partners_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners_organisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "partners_kind" NOT NULL,
	"org_number" text,
	"website" text,
	"notes" text DEFAULT '' NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partners_contacts" ADD CONSTRAINT "partners_contacts_partner_id_partners_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_contacts" ADD CONSTRAINT "partners_contacts_person_id_people_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partners_contacts_partner_idx" ON "partners_contacts" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partners_contacts_person_idx" ON "partners_contacts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "partners_organisations_name_idx" ON "partners_organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "partners_organisations_merged_idx" ON "partners_organisations" USING btree ("merged_into_id");