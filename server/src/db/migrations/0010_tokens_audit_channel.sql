-- ADR 016: audit channel, real actor, token expiry.
-- Rows written before this migration did not record their channel: it is inferred where the
-- label tells it (logins are sessions; signed links, Open311 keys, jobs and the CLI name
-- themselves) and 'inconnu' otherwise (a user's row may have come through a session or a token).
ALTER TABLE "audit_log" ADD COLUMN "channel" text;--> statement-breakpoint
UPDATE "audit_log" SET "channel" = CASE
  WHEN "action" IN ('login', 'logout') THEN 'session'
  WHEN "actor_label" LIKE 'partenaire:%' THEN 'lien'
  WHEN "actor_label" LIKE 'open311:%' THEN 'open311'
  WHEN "actor_label" LIKE 'systeme:%' OR "actor_label" = 'cli' THEN 'systeme'
  ELSE 'inconnu'
END;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "channel" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "api_token_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "real_actor_user_id" uuid;--> statement-breakpoint
UPDATE "audit_log" SET "real_actor_user_id" = "actor_user_id";--> statement-breakpoint
-- Tokens that exist at migration time expire one year from the migration.
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
UPDATE "api_tokens" SET "expires_at" = now() + interval '1 year';--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_channel_ck" CHECK ("audit_log"."channel" in ('session', 'jeton', 'lien', 'open311', 'systeme', 'inconnu'));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_token_ck" CHECK (("audit_log"."channel" = 'jeton') = ("audit_log"."api_token_id" is not null));
