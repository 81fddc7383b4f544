CREATE TABLE "action_inscriptions" (
	"action_id" uuid NOT NULL,
	"personne_id" uuid NOT NULL,
	"inscrit_par" uuid,
	"inscrit_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_inscriptions_action_id_personne_id_pk" PRIMARY KEY("action_id","personne_id")
);
--> statement-breakpoint
ALTER TABLE "action_inscriptions" ADD CONSTRAINT "action_inscriptions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_inscriptions" ADD CONSTRAINT "action_inscriptions_personne_id_personnes_id_fk" FOREIGN KEY ("personne_id") REFERENCES "public"."personnes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_inscriptions" ADD CONSTRAINT "action_inscriptions_inscrit_par_users_id_fk" FOREIGN KEY ("inscrit_par") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_inscriptions_personne_idx" ON "action_inscriptions" USING btree ("personne_id");