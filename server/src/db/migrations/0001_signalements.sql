CREATE TABLE "diagnostics_marchants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"date" date NOT NULL,
	"titre" text NOT NULL,
	"nb_habitants" integer NOT NULL,
	"partner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open311_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"label" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "signalement_routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"categorie" text NOT NULL,
	"territory_id" uuid,
	"place_id" uuid,
	"partner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routing_rules_target_ck" CHECK (("signalement_routing_rules"."territory_id" is null) <> ("signalement_routing_rules"."place_id" is null))
);
--> statement-breakpoint
CREATE TABLE "signalement_link_keys" (
	"structure_id" uuid PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signalement_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"signalement_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signalement_statuts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signalement_id" uuid NOT NULL,
	"statut" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"by_label" text NOT NULL,
	"via" text NOT NULL,
	"commentaire" text
);
--> statement-breakpoint
CREATE TABLE "signalements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"numero" serial NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"place_id" uuid,
	"qpv_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"categorie" text NOT NULL,
	"description" text,
	"description_interne" boolean DEFAULT false NOT NULL,
	"statut" text DEFAULT 'nouveau' NOT NULL,
	"partner_id" uuid,
	"routage" text NOT NULL,
	"alerte_routage" text,
	"doublon_de_id" uuid,
	"diagnostic_id" uuid,
	"origine" text DEFAULT 'application' NOT NULL,
	"created_by_user_id" uuid,
	"observed_at" timestamp with time zone NOT NULL,
	"transmitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signalements_latlon_ck" CHECK (("signalements"."latitude" is null) = ("signalements"."longitude" is null))
);
--> statement-breakpoint
ALTER TABLE "diagnostics_marchants" ADD CONSTRAINT "diagnostics_marchants_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostics_marchants" ADD CONSTRAINT "diagnostics_marchants_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_keys" ADD CONSTRAINT "open311_keys_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_routing_rules" ADD CONSTRAINT "signalement_routing_rules_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_routing_rules" ADD CONSTRAINT "signalement_routing_rules_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_routing_rules" ADD CONSTRAINT "signalement_routing_rules_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_routing_rules" ADD CONSTRAINT "signalement_routing_rules_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_link_keys" ADD CONSTRAINT "signalement_link_keys_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_photos" ADD CONSTRAINT "signalement_photos_signalement_id_signalements_id_fk" FOREIGN KEY ("signalement_id") REFERENCES "public"."signalements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_statuts" ADD CONSTRAINT "signalement_statuts_signalement_id_signalements_id_fk" FOREIGN KEY ("signalement_id") REFERENCES "public"."signalements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalement_statuts" ADD CONSTRAINT "signalement_statuts_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalements" ADD CONSTRAINT "signalements_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalements" ADD CONSTRAINT "signalements_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalements" ADD CONSTRAINT "signalements_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalements" ADD CONSTRAINT "signalements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalements" ADD CONSTRAINT "signalements_diagnostic_id_diagnostics_marchants_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics_marchants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalements" ADD CONSTRAINT "signalements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnostics_structure_idx" ON "diagnostics_marchants" USING btree ("structure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "open311_keys_hash_uq" ON "open311_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "routing_rules_territory_uq" ON "signalement_routing_rules" USING btree ("categorie","territory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "routing_rules_place_uq" ON "signalement_routing_rules" USING btree ("categorie","place_id");--> statement-breakpoint
CREATE INDEX "signalement_photos_sig_idx" ON "signalement_photos" USING btree ("signalement_id");--> statement-breakpoint
CREATE INDEX "signalement_statuts_sig_idx" ON "signalement_statuts" USING btree ("signalement_id","at");--> statement-breakpoint
CREATE INDEX "signalements_structure_statut_idx" ON "signalements" USING btree ("structure_id","statut");--> statement-breakpoint
CREATE INDEX "signalements_partner_idx" ON "signalements" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "signalements_geo_idx" ON "signalements" USING btree ("structure_id","categorie","latitude");