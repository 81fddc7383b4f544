CREATE TABLE "planning_consigne_lectures" (
	"consigne_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_consigne_lectures_consigne_id_user_id_pk" PRIMARY KEY("consigne_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "planning_consignes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"auteur_id" uuid NOT NULL,
	"texte" text NOT NULL,
	"territoire_id" uuid,
	"creneau_id" uuid,
	"jusquau" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "planning_consigne_lectures" ADD CONSTRAINT "planning_consigne_lectures_consigne_id_planning_consignes_id_fk" FOREIGN KEY ("consigne_id") REFERENCES "public"."planning_consignes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_consigne_lectures" ADD CONSTRAINT "planning_consigne_lectures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_consignes" ADD CONSTRAINT "planning_consignes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_consignes" ADD CONSTRAINT "planning_consignes_auteur_id_users_id_fk" FOREIGN KEY ("auteur_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_consignes" ADD CONSTRAINT "planning_consignes_territoire_id_territories_id_fk" FOREIGN KEY ("territoire_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_consignes" ADD CONSTRAINT "planning_consignes_creneau_id_planning_creneaux_id_fk" FOREIGN KEY ("creneau_id") REFERENCES "public"."planning_creneaux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_consignes_structure_jusquau_idx" ON "planning_consignes" USING btree ("structure_id","jusquau");