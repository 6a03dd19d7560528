CREATE TYPE "public"."consultations_status" AS ENUM('registered', 'assessing', 'drafting', 'adopted', 'submitted', 'not_answered');--> statement-breakpoint
CREATE TABLE "consultations_consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"authority" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"deadline" date NOT NULL,
	"focus_area_id" uuid,
	"responsible_id" uuid,
	"status" "consultations_status" DEFAULT 'registered' NOT NULL,
	"not_answered_reason" text,
	"body_id" uuid,
	"case_id" uuid,
	"response_document_id" uuid,
	"submitted_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD CONSTRAINT "consultations_consultations_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD CONSTRAINT "consultations_consultations_responsible_id_people_people_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."people_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD CONSTRAINT "consultations_consultations_body_id_bodies_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD CONSTRAINT "consultations_consultations_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations_consultations" ADD CONSTRAINT "consultations_consultations_response_document_id_cases_documents_id_fk" FOREIGN KEY ("response_document_id") REFERENCES "public"."cases_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_deadline_idx" ON "consultations_consultations" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "consultations_status_idx" ON "consultations_consultations" USING btree ("status");