CREATE TABLE "projet_etapes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"projet_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"mediator_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projet_financements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"projet_id" uuid NOT NULL,
	"partner_id" uuid,
	"financeur_nom" text NOT NULL,
	"montant_sollicite" numeric(12, 2) NOT NULL,
	"montant_obtenu" numeric(12, 2),
	"day" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projet_partenaires" (
	"projet_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "projet_partenaires_projet_id_partner_id_pk" PRIMARY KEY("projet_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "projet_porteurs" (
	"projet_id" uuid NOT NULL,
	"personne_id" uuid NOT NULL,
	CONSTRAINT "projet_porteurs_projet_id_personne_id_pk" PRIMARY KEY("projet_id","personne_id")
);
--> statement-breakpoint
CREATE TABLE "projet_statuts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"projet_id" uuid NOT NULL,
	"statut" text NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "projets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"titre" text NOT NULL,
	"description" text,
	"statut" text DEFAULT 'idee' NOT NULL,
	"action_origine_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projet_etapes" ADD CONSTRAINT "projet_etapes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_etapes" ADD CONSTRAINT "projet_etapes_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_etapes" ADD CONSTRAINT "projet_etapes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_financements" ADD CONSTRAINT "projet_financements_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_financements" ADD CONSTRAINT "projet_financements_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_financements" ADD CONSTRAINT "projet_financements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_financements" ADD CONSTRAINT "projet_financements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_partenaires" ADD CONSTRAINT "projet_partenaires_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_partenaires" ADD CONSTRAINT "projet_partenaires_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_porteurs" ADD CONSTRAINT "projet_porteurs_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_porteurs" ADD CONSTRAINT "projet_porteurs_personne_id_personnes_id_fk" FOREIGN KEY ("personne_id") REFERENCES "public"."personnes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_statuts" ADD CONSTRAINT "projet_statuts_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projet_statuts" ADD CONSTRAINT "projet_statuts_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projets" ADD CONSTRAINT "projets_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projets" ADD CONSTRAINT "projets_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projets" ADD CONSTRAINT "projets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projet_etapes_projet_idx" ON "projet_etapes" USING btree ("projet_id","day");--> statement-breakpoint
CREATE INDEX "projet_etapes_structure_day_idx" ON "projet_etapes" USING btree ("structure_id","day");--> statement-breakpoint
CREATE INDEX "projet_financements_projet_idx" ON "projet_financements" USING btree ("projet_id","day");--> statement-breakpoint
CREATE INDEX "projet_financements_structure_day_idx" ON "projet_financements" USING btree ("structure_id","day");--> statement-breakpoint
CREATE INDEX "projet_partenaires_partner_idx" ON "projet_partenaires" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "projet_porteurs_personne_idx" ON "projet_porteurs" USING btree ("personne_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projet_statuts_projet_seq_idx" ON "projet_statuts" USING btree ("projet_id","seq");--> statement-breakpoint
CREATE INDEX "projet_statuts_at_idx" ON "projet_statuts" USING btree ("statut","at");--> statement-breakpoint
CREATE INDEX "projets_structure_idx" ON "projets" USING btree ("structure_id","statut","created_at","id");--> statement-breakpoint
CREATE INDEX "projets_territory_idx" ON "projets" USING btree ("territory_id","created_at","id");