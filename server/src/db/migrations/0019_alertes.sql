CREATE TABLE "alertes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"emetteur_id" uuid NOT NULL,
	"niveau" text NOT NULL,
	"statut" text DEFAULT 'active' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"message" text,
	"territoire_id" uuid,
	"en_service" uuid[] DEFAULT '{}' NOT NULL,
	"prise_en_charge_par" uuid,
	"prise_en_charge_at" timestamp with time zone,
	"cloture_par" uuid,
	"cloture_at" timestamp with time zone,
	"fait_marquant" text,
	"recit" text,
	"signalement_police" boolean,
	"signalement_employeur" boolean,
	"relance_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alertes" ADD CONSTRAINT "alertes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alertes" ADD CONSTRAINT "alertes_emetteur_id_users_id_fk" FOREIGN KEY ("emetteur_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alertes" ADD CONSTRAINT "alertes_territoire_id_territories_id_fk" FOREIGN KEY ("territoire_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alertes" ADD CONSTRAINT "alertes_prise_en_charge_par_users_id_fk" FOREIGN KEY ("prise_en_charge_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alertes" ADD CONSTRAINT "alertes_cloture_par_users_id_fk" FOREIGN KEY ("cloture_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alertes_structure_created_idx" ON "alertes" USING btree ("structure_id","created_at");--> statement-breakpoint
CREATE INDEX "alertes_active_idx" ON "alertes" USING btree ("statut","created_at");