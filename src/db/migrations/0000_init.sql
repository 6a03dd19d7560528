CREATE TYPE "public"."accounts_role" AS ENUM('admin', 'editor', 'member');--> statement-breakpoint
CREATE TABLE "accounts_access_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "accounts_login_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"success" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"method" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "accounts_users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "accounts_role" NOT NULL,
	"password_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings_values" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
ALTER TABLE "accounts_access_tokens" ADD CONSTRAINT "accounts_access_tokens_user_id_accounts_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts_sessions" ADD CONSTRAINT "accounts_sessions_user_id_accounts_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_access_tokens_hash_uq" ON "accounts_access_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "accounts_access_tokens_user_idx" ON "accounts_access_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accounts_login_attempts_email_idx" ON "accounts_login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "accounts_login_attempts_ip_idx" ON "accounts_login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_sessions_token_uq" ON "accounts_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "accounts_sessions_user_idx" ON "accounts_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_users_email_uq" ON "accounts_users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_users_oidc_uq" ON "accounts_users" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","at" DESC NULLS LAST);