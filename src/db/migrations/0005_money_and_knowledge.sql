CREATE TYPE "public"."budget_line_kind" AS ENUM('income', 'expense');--> statement-breakpoint
CREATE TYPE "public"."budget_status" AS ENUM('draft', 'adopted');--> statement-breakpoint
CREATE TYPE "public"."fees_extra_basis" AS ENUM('flat', 'per_inhabitant');--> statement-breakpoint
CREATE TYPE "public"."fees_rounding" AS ENUM('ore', 'krone', 'ten', 'hundred', 'thousand');--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"budget_id" uuid NOT NULL,
	"kind" "budget_line_kind" NOT NULL,
	"category" text NOT NULL,
	"focus_area_id" uuid,
	"label" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"from_fees" boolean DEFAULT false NOT NULL,
	"accounts" text[] DEFAULT '{}' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_revisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"budget_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"case_id" uuid,
	"adopted_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_revisions_number_uq" UNIQUE("budget_id","number")
);
--> statement-breakpoint
CREATE TABLE "budget_budgets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"status" "budget_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_budgets_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "budget_ledger_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"posted_on" date,
	"account" text NOT NULL,
	"project" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"amount_ore" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_ledger_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"rows" integer NOT NULL,
	"total_ore" bigint NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "fees_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"case_id" uuid,
	"decided_on" date,
	"rate" numeric(12, 4) NOT NULL,
	"reference_date" date NOT NULL,
	"floor_ore" bigint,
	"cap_ore" bigint,
	"rounding" "fees_rounding" DEFAULT 'krone' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "fees_decisions_year_unique" UNIQUE("year"),
	CONSTRAINT "fees_decisions_floor_cap" CHECK ("fees_decisions"."floor_ore" is null or "fees_decisions"."cap_ore" is null or "fees_decisions"."floor_ore" <= "fees_decisions"."cap_ore")
);
--> statement-breakpoint
CREATE TABLE "fees_extras" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"label" text NOT NULL,
	"scheme" text NOT NULL,
	"basis" "fees_extra_basis" NOT NULL,
	"amount_ore" bigint,
	"rate" numeric(12, 4),
	"position" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "fees_extras_amount" CHECK (("fees_extras"."basis" = 'flat' and "fees_extras"."amount_ore" is not null) or ("fees_extras"."basis" = 'per_inhabitant' and "fees_extras"."rate" is not null))
);
--> statement-breakpoint
CREATE TABLE "knowledge_indicator_references" (
	"id" uuid PRIMARY KEY NOT NULL,
	"indicator_id" uuid NOT NULL,
	"focus_area_id" uuid,
	"activity_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "knowledge_indicator_references_uq" UNIQUE NULLS NOT DISTINCT("indicator_id","focus_area_id","activity_id"),
	CONSTRAINT "knowledge_indicator_references_one" CHECK (num_nonnulls("knowledge_indicator_references"."focus_area_id", "knowledge_indicator_references"."activity_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "knowledge_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"source" text NOT NULL,
	"table_code" text NOT NULL,
	"table_label" text NOT NULL,
	"label" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "knowledge_indicators_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "knowledge_observations" (
	"indicator_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"region_code" text,
	"source" text NOT NULL,
	"import_id" uuid,
	CONSTRAINT "knowledge_observations_indicator_id_member_id_year_pk" PRIMARY KEY("indicator_id","member_id","year")
);
--> statement-breakpoint
CREATE TABLE "knowledge_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"source" text NOT NULL,
	"table_code" text NOT NULL,
	"published" text,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	"observations" integer NOT NULL,
	"skipped_regions" text[] DEFAULT '{}' NOT NULL,
	"sha256" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_revisions" ADD CONSTRAINT "budget_revisions_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_revisions" ADD CONSTRAINT "budget_revisions_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ledger_entries" ADD CONSTRAINT "budget_ledger_entries_import_id_budget_ledger_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."budget_ledger_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fees_decisions" ADD CONSTRAINT "fees_decisions_case_id_cases_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fees_extras" ADD CONSTRAINT "fees_extras_decision_id_fees_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."fees_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_indicator_references" ADD CONSTRAINT "knowledge_indicator_references_indicator_id_knowledge_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."knowledge_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_indicator_references" ADD CONSTRAINT "knowledge_indicator_references_focus_area_id_programme_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."programme_focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_indicator_references" ADD CONSTRAINT "knowledge_indicator_references_activity_id_programme_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."programme_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_observations" ADD CONSTRAINT "knowledge_observations_indicator_id_knowledge_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."knowledge_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_observations" ADD CONSTRAINT "knowledge_observations_member_id_members_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_observations" ADD CONSTRAINT "knowledge_observations_import_id_knowledge_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."knowledge_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_lines_budget_idx" ON "budget_lines" USING btree ("budget_id","position");--> statement-breakpoint
CREATE INDEX "budget_ledger_entries_import_idx" ON "budget_ledger_entries" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "budget_ledger_imports_year_idx" ON "budget_ledger_imports" USING btree ("year");--> statement-breakpoint
CREATE INDEX "knowledge_observations_member_idx" ON "knowledge_observations" USING btree ("member_id","year");