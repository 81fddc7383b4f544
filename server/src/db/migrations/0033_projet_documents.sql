CREATE TABLE "projet_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"projet_id" uuid NOT NULL,
	"nom" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"cree_par" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projet_documents" ADD CONSTRAINT "projet_documents_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_documents" ADD CONSTRAINT "projet_documents_cree_par_users_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projet_documents_projet_idx" ON "projet_documents" USING btree ("projet_id");