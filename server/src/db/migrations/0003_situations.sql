CREATE TABLE "mediator_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"place_id" uuid,
	"party_id" uuid,
	"precision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediator_links_one_target" CHECK (("mediator_links"."place_id" is null) <> ("mediator_links"."party_id" is null))
);
--> statement-breakpoint
CREATE TABLE "situation_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"situation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"day" date NOT NULL,
	"party_ids" uuid[] NOT NULL,
	"follow_up_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_links" (
	"situation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "situation_links_situation_id_kind_target_id_pk" PRIMARY KEY("situation_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "situation_mediators" (
	"situation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"justification" text,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "situation_mediators_situation_id_user_id_pk" PRIMARY KEY("situation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "situation_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"situation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"role" text NOT NULL,
	"label" text NOT NULL,
	"partner_id" uuid,
	"consent" text DEFAULT 'en_attente' NOT NULL,
	"consent_on" date,
	"share_outcome" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"situation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"duration_minutes" integer DEFAULT 0 NOT NULL,
	"mediator_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"place_id" uuid,
	"kind" text NOT NULL,
	"saisine_par" text NOT NULL,
	"referrer_partner_id" uuid,
	"description" text NOT NULL,
	"status" text DEFAULT 'ouverte' NOT NULL,
	"outcome" text,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"follow_up_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "situations_closed_has_outcome" CHECK ("situations"."status" <> 'cloturee' or "situations"."outcome" is not null)
);
--> statement-breakpoint
ALTER TABLE "mediator_links" ADD CONSTRAINT "mediator_links_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_links" ADD CONSTRAINT "mediator_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_links" ADD CONSTRAINT "mediator_links_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_links" ADD CONSTRAINT "mediator_links_party_id_situation_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."situation_parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_agreements" ADD CONSTRAINT "situation_agreements_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_agreements" ADD CONSTRAINT "situation_agreements_situation_id_situations_id_fk" FOREIGN KEY ("situation_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_agreements" ADD CONSTRAINT "situation_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_links" ADD CONSTRAINT "situation_links_situation_id_situations_id_fk" FOREIGN KEY ("situation_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_mediators" ADD CONSTRAINT "situation_mediators_situation_id_situations_id_fk" FOREIGN KEY ("situation_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_mediators" ADD CONSTRAINT "situation_mediators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_mediators" ADD CONSTRAINT "situation_mediators_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_parties" ADD CONSTRAINT "situation_parties_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_parties" ADD CONSTRAINT "situation_parties_situation_id_situations_id_fk" FOREIGN KEY ("situation_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_parties" ADD CONSTRAINT "situation_parties_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_steps" ADD CONSTRAINT "situation_steps_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_steps" ADD CONSTRAINT "situation_steps_situation_id_situations_id_fk" FOREIGN KEY ("situation_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_steps" ADD CONSTRAINT "situation_steps_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_referrer_partner_id_partners_id_fk" FOREIGN KEY ("referrer_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediator_links_user_idx" ON "mediator_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "situation_agreements_situation_idx" ON "situation_agreements" USING btree ("situation_id");--> statement-breakpoint
CREATE INDEX "situation_links_target_idx" ON "situation_links" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "situation_mediators_user_idx" ON "situation_mediators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "situation_parties_situation_idx" ON "situation_parties" USING btree ("situation_id");--> statement-breakpoint
CREATE INDEX "situation_steps_situation_idx" ON "situation_steps" USING btree ("situation_id","day");--> statement-breakpoint
CREATE INDEX "situations_structure_idx" ON "situations" USING btree ("structure_id","status");--> statement-breakpoint
CREATE INDEX "situations_territory_idx" ON "situations" USING btree ("territory_id");