CREATE TABLE "data_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id" = 1);--> statement-breakpoint
INSERT INTO "data_version" ("id", "value") VALUES (1, 0);
