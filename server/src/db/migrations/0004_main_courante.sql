CREATE TABLE "activite_mediateurs" (
	"activite_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "activite_mediateurs_activite_id_user_id_pk" PRIMARY KEY("activite_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "activite_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"activite_id" uuid NOT NULL,
	"action" text NOT NULL,
	"commentaire" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activites" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"sector_id" uuid,
	"place_id" uuid,
	"cadre" text NOT NULL,
	"debut" timestamp with time zone NOT NULL,
	"fin" timestamp with time zone,
	"creneau" text NOT NULL,
	"duree_minutes" integer,
	"commentaire" text,
	"statut_revue" text DEFAULT 'a_revoir' NOT NULL,
	"verrouillee" boolean DEFAULT false NOT NULL,
	"revue_par_id" uuid,
	"revue_le" timestamp with time zone,
	"revue_commentaire" text,
	"source" text DEFAULT 'saisie' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activites_periode_ck" CHECK ("activites"."fin" is null or "activites"."fin" > "activites"."debut")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"activite_id" uuid NOT NULL,
	"nature" text NOT NULL,
	"nb_personnes" integer NOT NULL,
	"public" text NOT NULL,
	"genre" text NOT NULL,
	"place_id" uuid,
	"heure" timestamp with time zone,
	"commentaire" text,
	"created_by" uuid NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_nb_personnes_ck" CHECK ("contacts"."nb_personnes" >= 1)
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"activite_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"place_id" uuid,
	"note" text NOT NULL,
	"heure" timestamp with time zone,
	"traitee_le" timestamp with time zone,
	"traitee_par_id" uuid,
	"signalement_id" text,
	"situation_id" text,
	"created_by" uuid NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ADD CONSTRAINT "activite_mediateurs_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ADD CONSTRAINT "activite_mediateurs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_reviews" ADD CONSTRAINT "activite_reviews_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_reviews" ADD CONSTRAINT "activite_reviews_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_reviews" ADD CONSTRAINT "activite_reviews_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_revue_par_id_users_id_fk" FOREIGN KEY ("revue_par_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_traitee_par_id_users_id_fk" FOREIGN KEY ("traitee_par_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activite_mediateurs_user_idx" ON "activite_mediateurs" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "activite_reviews_activite_idx" ON "activite_reviews" USING btree ("activite_id","created_at");--> statement-breakpoint
CREATE INDEX "activites_structure_debut_idx" ON "activites" USING btree ("structure_id","debut");--> statement-breakpoint
CREATE INDEX "activites_territory_debut_idx" ON "activites" USING btree ("territory_id","debut");--> statement-breakpoint
CREATE INDEX "activites_created_by_debut_idx" ON "activites" USING btree ("created_by","debut");--> statement-breakpoint
CREATE INDEX "contacts_activite_idx" ON "contacts" USING btree ("activite_id");--> statement-breakpoint
CREATE INDEX "contacts_created_by_idx" ON "contacts" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "observations_activite_idx" ON "observations" USING btree ("activite_id");--> statement-breakpoint
CREATE INDEX "observations_structure_created_idx" ON "observations" USING btree ("structure_id","created_at");