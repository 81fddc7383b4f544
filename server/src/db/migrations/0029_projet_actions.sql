CREATE TABLE "projet_actions" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"projet_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projet_actions" ADD CONSTRAINT "projet_actions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_actions" ADD CONSTRAINT "projet_actions_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projet_actions_projet_idx" ON "projet_actions" USING btree ("projet_id");