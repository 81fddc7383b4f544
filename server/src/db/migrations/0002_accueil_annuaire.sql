CREATE TABLE "annuaire_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"annuaire_structure_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"nom" text NOT NULL,
	"thematiques" text[] NOT NULL,
	"publics" text[] NOT NULL,
	"commune" text,
	"code_insee" text,
	"horaires" text,
	"latitude" double precision,
	"longitude" double precision,
	"record" jsonb NOT NULL,
	"partner_id" uuid,
	"qpv_codes" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annuaire_structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"nom" text NOT NULL,
	"commune" text,
	"code_insee" text,
	"record" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accueil_settings" (
	"structure_id" uuid PRIMARY KEY NOT NULL,
	"delai_relance_jours" integer DEFAULT 15 NOT NULL,
	"delai_expiration_jours" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consentements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"personne_id" uuid NOT NULL,
	"given_on" date NOT NULL,
	"finalite" text NOT NULL,
	"mode" text NOT NULL,
	"partage_partenaires" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demandes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"personne_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"canal" text NOT NULL,
	"motifs" text[] NOT NULL,
	"reponses" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orientation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"orientation_id" uuid NOT NULL,
	"statut" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"by_kind" text NOT NULL,
	"motif_refus" text,
	"commentaire" text
);
--> statement-breakpoint
CREATE TABLE "orientations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"demande_id" uuid NOT NULL,
	"personne_id" uuid,
	"service_id" uuid NOT NULL,
	"partner_id" uuid,
	"statut" text NOT NULL,
	"statut_at" timestamp with time zone NOT NULL,
	"motif_refus" text,
	"commentaire_partenaire" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personnes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"pseudonyme" text NOT NULL,
	"tranche_age" text NOT NULL,
	"genre" text NOT NULL,
	"type_menage" text NOT NULL,
	"resident_qpv" text NOT NULL,
	"prenom" text,
	"nom" text,
	"telephone" text,
	"email" text,
	"merged_into_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annuaire_services" ADD CONSTRAINT "annuaire_services_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annuaire_services" ADD CONSTRAINT "annuaire_services_annuaire_structure_id_annuaire_structures_id_fk" FOREIGN KEY ("annuaire_structure_id") REFERENCES "public"."annuaire_structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annuaire_services" ADD CONSTRAINT "annuaire_services_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annuaire_structures" ADD CONSTRAINT "annuaire_structures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accueil_settings" ADD CONSTRAINT "accueil_settings_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consentements" ADD CONSTRAINT "consentements_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consentements" ADD CONSTRAINT "consentements_personne_id_personnes_id_fk" FOREIGN KEY ("personne_id") REFERENCES "public"."personnes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consentements" ADD CONSTRAINT "consentements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_personne_id_personnes_id_fk" FOREIGN KEY ("personne_id") REFERENCES "public"."personnes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_events" ADD CONSTRAINT "orientation_events_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_events" ADD CONSTRAINT "orientation_events_orientation_id_orientations_id_fk" FOREIGN KEY ("orientation_id") REFERENCES "public"."orientations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_events" ADD CONSTRAINT "orientation_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_demande_id_demandes_id_fk" FOREIGN KEY ("demande_id") REFERENCES "public"."demandes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_personne_id_personnes_id_fk" FOREIGN KEY ("personne_id") REFERENCES "public"."personnes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_service_id_annuaire_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."annuaire_services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personnes" ADD CONSTRAINT "personnes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personnes" ADD CONSTRAINT "personnes_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personnes" ADD CONSTRAINT "personnes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annuaire_services_source_uq" ON "annuaire_services" USING btree ("structure_id","source","source_id");--> statement-breakpoint
CREATE INDEX "annuaire_services_partner_idx" ON "annuaire_services" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "annuaire_structures_source_uq" ON "annuaire_structures" USING btree ("structure_id","source","source_id");--> statement-breakpoint
CREATE INDEX "consentements_personne_idx" ON "consentements" USING btree ("personne_id");--> statement-breakpoint
CREATE INDEX "demandes_structure_date_idx" ON "demandes" USING btree ("structure_id","occurred_at");--> statement-breakpoint
CREATE INDEX "demandes_personne_idx" ON "demandes" USING btree ("personne_id");--> statement-breakpoint
CREATE INDEX "orientation_events_orientation_idx" ON "orientation_events" USING btree ("orientation_id","at");--> statement-breakpoint
CREATE INDEX "orientations_structure_statut_idx" ON "orientations" USING btree ("structure_id","statut","statut_at");--> statement-breakpoint
CREATE INDEX "orientations_partner_idx" ON "orientations" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "orientations_open_idx" ON "orientations" USING btree ("statut_at") WHERE "orientations"."statut" in ('proposee', 'prise_de_contact');--> statement-breakpoint
CREATE INDEX "personnes_structure_idx" ON "personnes" USING btree ("structure_id","territory_id");