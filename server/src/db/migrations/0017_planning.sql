CREATE TABLE "planning_absences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"mediateur_id" uuid NOT NULL,
	"type" text NOT NULL,
	"debut" timestamp with time zone NOT NULL,
	"fin" timestamp with time zone NOT NULL,
	"note" text,
	"cree_par" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planning_creneau_mediateurs" (
	"creneau_id" uuid NOT NULL,
	"mediateur_id" uuid NOT NULL,
	CONSTRAINT "planning_creneau_mediateurs_creneau_id_mediateur_id_pk" PRIMARY KEY("creneau_id","mediateur_id")
);
--> statement-breakpoint
CREATE TABLE "planning_creneaux" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"type" text NOT NULL,
	"debut" timestamp with time zone NOT NULL,
	"fin" timestamp with time zone NOT NULL,
	"territoire_id" uuid,
	"secteur_id" uuid,
	"note" text,
	"statut" text DEFAULT 'prevu' NOT NULL,
	"travail_isole_confirme" boolean DEFAULT false NOT NULL,
	"serie_id" uuid,
	"sequence" integer DEFAULT 0 NOT NULL,
	"activite_id" uuid,
	"cree_par" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "heures_hebdo" double precision;--> statement-breakpoint
ALTER TABLE "planning_absences" ADD CONSTRAINT "planning_absences_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_absences" ADD CONSTRAINT "planning_absences_mediateur_id_users_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_absences" ADD CONSTRAINT "planning_absences_cree_par_users_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneau_mediateurs" ADD CONSTRAINT "planning_creneau_mediateurs_creneau_id_planning_creneaux_id_fk" FOREIGN KEY ("creneau_id") REFERENCES "public"."planning_creneaux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneau_mediateurs" ADD CONSTRAINT "planning_creneau_mediateurs_mediateur_id_users_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneaux" ADD CONSTRAINT "planning_creneaux_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneaux" ADD CONSTRAINT "planning_creneaux_territoire_id_territories_id_fk" FOREIGN KEY ("territoire_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneaux" ADD CONSTRAINT "planning_creneaux_secteur_id_sectors_id_fk" FOREIGN KEY ("secteur_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneaux" ADD CONSTRAINT "planning_creneaux_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_creneaux" ADD CONSTRAINT "planning_creneaux_cree_par_users_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_absences_structure_debut_idx" ON "planning_absences" USING btree ("structure_id","debut");--> statement-breakpoint
CREATE INDEX "planning_absences_mediateur_idx" ON "planning_absences" USING btree ("mediateur_id");--> statement-breakpoint
CREATE INDEX "planning_creneau_mediateurs_mediateur_idx" ON "planning_creneau_mediateurs" USING btree ("mediateur_id");--> statement-breakpoint
CREATE INDEX "planning_creneaux_structure_debut_idx" ON "planning_creneaux" USING btree ("structure_id","debut");--> statement-breakpoint
CREATE INDEX "planning_creneaux_serie_idx" ON "planning_creneaux" USING btree ("serie_id");