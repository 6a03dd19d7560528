CREATE TABLE "budget_ledger_mappings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"headers" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_ledger_mappings_headers_unique" UNIQUE("headers")
);
