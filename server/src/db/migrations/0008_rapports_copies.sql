-- Copies of the activity's start, QPV, place (and, for mediators, structure and duration) on
-- contacts and activite_mediateurs, kept right by triggers: the report reads one covering index
-- per table instead of joining a year of activities (ADR 013). Writers never set them.
ALTER TABLE "activite_mediateurs" ADD COLUMN "activite_debut" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ADD COLUMN "activite_territory_id" uuid;--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ADD COLUMN "activite_place_id" uuid;--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ADD COLUMN "structure_id" uuid;--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ADD COLUMN "activite_duree_minutes" integer;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "activite_debut" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "activite_territory_id" uuid;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "activite_place_id" uuid;--> statement-breakpoint
UPDATE "contacts" c SET "activite_debut" = a."debut", "activite_territory_id" = a."territory_id", "activite_place_id" = a."place_id"
  FROM "activites" a WHERE a."id" = c."activite_id";--> statement-breakpoint
UPDATE "activite_mediateurs" m SET "activite_debut" = a."debut", "activite_territory_id" = a."territory_id",
  "activite_place_id" = a."place_id", "structure_id" = a."structure_id", "activite_duree_minutes" = a."duree_minutes"
  FROM "activites" a WHERE a."id" = m."activite_id";--> statement-breakpoint
CREATE FUNCTION "trame_contact_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."debut", a."territory_id", a."place_id" INTO NEW."activite_debut", NEW."activite_territory_id", NEW."activite_place_id"
    FROM "activites" a WHERE a."id" = NEW."activite_id";
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE FUNCTION "trame_activite_mediateur_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."debut", a."territory_id", a."place_id", a."structure_id", a."duree_minutes"
    INTO NEW."activite_debut", NEW."activite_territory_id", NEW."activite_place_id", NEW."structure_id", NEW."activite_duree_minutes"
    FROM "activites" a WHERE a."id" = NEW."activite_id";
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE FUNCTION "trame_activite_propagate_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "contacts" SET "activite_debut" = NEW."debut", "activite_territory_id" = NEW."territory_id", "activite_place_id" = NEW."place_id"
    WHERE "activite_id" = NEW."id";
  UPDATE "activite_mediateurs" SET "activite_debut" = NEW."debut", "activite_territory_id" = NEW."territory_id",
    "activite_place_id" = NEW."place_id", "activite_duree_minutes" = NEW."duree_minutes"
    WHERE "activite_id" = NEW."id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "contacts_copies" BEFORE INSERT OR UPDATE OF "activite_id" ON "contacts"
  FOR EACH ROW EXECUTE FUNCTION "trame_contact_copies"();--> statement-breakpoint
CREATE TRIGGER "activite_mediateurs_copies" BEFORE INSERT OR UPDATE OF "activite_id" ON "activite_mediateurs"
  FOR EACH ROW EXECUTE FUNCTION "trame_activite_mediateur_copies"();--> statement-breakpoint
CREATE TRIGGER "activites_propagate_copies" AFTER UPDATE OF "debut", "territory_id", "place_id", "duree_minutes" ON "activites"
  FOR EACH ROW WHEN (OLD."debut" IS DISTINCT FROM NEW."debut" OR OLD."territory_id" IS DISTINCT FROM NEW."territory_id"
    OR OLD."place_id" IS DISTINCT FROM NEW."place_id" OR OLD."duree_minutes" IS DISTINCT FROM NEW."duree_minutes")
  EXECUTE FUNCTION "trame_activite_propagate_copies"();--> statement-breakpoint
CREATE INDEX "contacts_rapport_idx" ON "contacts" ("structure_id", "activite_debut")
  INCLUDE ("nature", "public", "genre", "nb_personnes", "activite_territory_id", "activite_place_id", "place_id") WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "activite_mediateurs_rapport_idx" ON "activite_mediateurs" ("structure_id", "activite_debut")
  INCLUDE ("user_id", "activite_duree_minutes", "activite_territory_id", "activite_place_id");
