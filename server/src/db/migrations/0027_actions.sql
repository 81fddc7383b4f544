CREATE TABLE "action_comptes" (
	"action_id" uuid NOT NULL,
	"public" text NOT NULL,
	"genre" text NOT NULL,
	"nombre" integer NOT NULL,
	CONSTRAINT "action_comptes_action_id_public_genre_pk" PRIMARY KEY("action_id","public","genre")
);
--> statement-breakpoint
CREATE TABLE "action_mediateurs" (
	"action_id" uuid NOT NULL,
	"mediateur_id" uuid NOT NULL,
	CONSTRAINT "action_mediateurs_action_id_mediateur_id_pk" PRIMARY KEY("action_id","mediateur_id")
);
--> statement-breakpoint
CREATE TABLE "action_partenaires" (
	"action_id" uuid NOT NULL,
	"partenaire_id" uuid NOT NULL,
	CONSTRAINT "action_partenaires_action_id_partenaire_id_pk" PRIMARY KEY("action_id","partenaire_id")
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"type" text NOT NULL,
	"titre" text NOT NULL,
	"statut" text DEFAULT 'prevue' NOT NULL,
	"debut" timestamp with time zone NOT NULL,
	"fin" timestamp with time zone NOT NULL,
	"territoire_id" uuid NOT NULL,
	"lieu_id" uuid,
	"public" boolean DEFAULT false NOT NULL,
	"objectif" text,
	"heures_preparation" double precision DEFAULT 0 NOT NULL,
	"public_cible" text,
	"participants_attendus" integer,
	"participants" integer DEFAULT 0 NOT NULL,
	"bien_passe" text,
	"a_changer" text,
	"resultat" text,
	"suites" text,
	"evaluee_le" timestamp with time zone,
	"cree_par" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_comptes" ADD CONSTRAINT "action_comptes_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_mediateurs" ADD CONSTRAINT "action_mediateurs_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_mediateurs" ADD CONSTRAINT "action_mediateurs_mediateur_id_users_id_fk" FOREIGN KEY ("mediateur_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_partenaires" ADD CONSTRAINT "action_partenaires_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_partenaires" ADD CONSTRAINT "action_partenaires_partenaire_id_partners_id_fk" FOREIGN KEY ("partenaire_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_territoire_id_territories_id_fk" FOREIGN KEY ("territoire_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_lieu_id_places_id_fk" FOREIGN KEY ("lieu_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_cree_par_users_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_mediateurs_mediateur_idx" ON "action_mediateurs" USING btree ("mediateur_id");--> statement-breakpoint
CREATE INDEX "action_partenaires_partenaire_idx" ON "action_partenaires" USING btree ("partenaire_id");--> statement-breakpoint
CREATE INDEX "actions_structure_debut_idx" ON "actions" USING btree ("structure_id","debut","id");--> statement-breakpoint
CREATE INDEX "actions_territoire_idx" ON "actions" USING btree ("territoire_id");