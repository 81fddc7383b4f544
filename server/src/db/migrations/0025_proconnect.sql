CREATE TABLE "oidc_transactions" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "id_token" text;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "proconnect_actif" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "proconnect_issuer" text;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "proconnect_client_id" text;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "proconnect_client_secret" text;--> statement-breakpoint
ALTER TABLE "oidc_transactions" ADD CONSTRAINT "oidc_transactions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_transactions_expires_idx" ON "oidc_transactions" USING btree ("expires_at");