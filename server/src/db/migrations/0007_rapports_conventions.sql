-- Conventions (funders' agreements) with perimeter and objectives, and the bilan's text sections.
-- Funder and author keys are checked at commit (DEFERRABLE INITIALLY DEFERRED, as in 0005/0006).
CREATE TABLE "convention_lieux" (
	"convention_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	CONSTRAINT "convention_lieux_convention_id_place_id_pk" PRIMARY KEY("convention_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "convention_objectifs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"convention_id" uuid NOT NULL,
	"indicateur" text NOT NULL,
	"cible" double precision NOT NULL,
	CONSTRAINT "convention_objectifs_cible_ck" CHECK ("convention_objectifs"."cible" >= 0)
);
--> statement-breakpoint
CREATE TABLE "convention_territoires" (
	"convention_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	CONSTRAINT "convention_territoires_convention_id_territory_id_pk" PRIMARY KEY("convention_id","territory_id")
);
--> statement-breakpoint
CREATE TABLE "conventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"nom" text NOT NULL,
	"reference" text,
	"du" date NOT NULL,
	"au" date NOT NULL,
	"commentaire" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conventions_periode_ck" CHECK ("conventions"."au" >= "conventions"."du")
);
--> statement-breakpoint
CREATE TABLE "rapport_textes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"du" date NOT NULL,
	"au" date NOT NULL,
	"section" text NOT NULL,
	"contenu" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "convention_lieux" ADD CONSTRAINT "convention_lieux_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_lieux" ADD CONSTRAINT "convention_lieux_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_objectifs" ADD CONSTRAINT "convention_objectifs_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_objectifs" ADD CONSTRAINT "convention_objectifs_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_territoires" ADD CONSTRAINT "convention_territoires_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_territoires" ADD CONSTRAINT "convention_territoires_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "rapport_textes" ADD CONSTRAINT "rapport_textes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_textes" ADD CONSTRAINT "rapport_textes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
CREATE UNIQUE INDEX "convention_objectifs_indicateur_uq" ON "convention_objectifs" USING btree ("convention_id","indicateur");--> statement-breakpoint
CREATE INDEX "conventions_structure_idx" ON "conventions" USING btree ("structure_id","du");--> statement-breakpoint
CREATE UNIQUE INDEX "rapport_textes_periode_uq" ON "rapport_textes" USING btree ("structure_id","du","au","section");