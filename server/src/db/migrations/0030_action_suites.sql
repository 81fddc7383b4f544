CREATE TABLE "action_suites" (
	"action_id" uuid NOT NULL,
	"type" text NOT NULL,
	"cible_id" uuid NOT NULL,
	"lie_par" uuid,
	"lie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_suites_action_id_type_cible_id_pk" PRIMARY KEY("action_id","type","cible_id")
);
--> statement-breakpoint
ALTER TABLE "action_suites" ADD CONSTRAINT "action_suites_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_suites" ADD CONSTRAINT "action_suites_lie_par_users_id_fk" FOREIGN KEY ("lie_par") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;