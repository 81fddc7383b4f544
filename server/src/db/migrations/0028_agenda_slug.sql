-- The public agenda's short name (issue 14, part 5; ADR 035). Existing structures get one made
-- from their name, as domain/structures/slug.ts makes it: accents dropped, lower case, runs of
-- other characters as one hyphen, at most 40 characters, « structure » when too short. The
-- oldest structure of a name keeps it; the next ones add 6 characters of their id's hash.
ALTER TABLE "structures" ADD COLUMN "slug" text;--> statement-breakpoint
WITH base AS (
  SELECT "id", "created_at",
    rtrim(left(btrim(regexp_replace(lower(replace(replace(replace(replace(translate("nom",
      'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝàâäáãåçéèêëíìîïñóòôöõúùûüýÿ',
      'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')),
      '[^a-z0-9]+', '-', 'g'), '-'), 40), '-') AS "s"
  FROM "structures"
), sized AS (
  SELECT "id", "created_at",
    CASE WHEN length("s") >= 3 THEN "s" ELSE rtrim('structure-' || "s", '-') END AS "s"
  FROM base
), ranked AS (
  SELECT "id", "s", row_number() OVER (PARTITION BY "s" ORDER BY "created_at", "id") AS "n" FROM sized
)
UPDATE "structures" SET "slug" = CASE WHEN ranked."n" = 1 THEN ranked."s"
  ELSE rtrim(left(ranked."s", 33), '-') || '-' || substr(md5(ranked."id"::text), 1, 6) END
FROM ranked WHERE ranked."id" = "structures"."id";--> statement-breakpoint
ALTER TABLE "structures" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "structures_slug_uq" ON "structures" USING btree ("slug");--> statement-breakpoint
-- A project's action of origin was a plain uuid (ADR 034): a dangling one is forgotten first.
UPDATE "projets" SET "action_origine_id" = NULL WHERE "action_origine_id" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "actions" WHERE "actions"."id" = "projets"."action_origine_id");--> statement-breakpoint
ALTER TABLE "projets" ADD CONSTRAINT "projets_action_origine_id_actions_id_fk" FOREIGN KEY ("action_origine_id") REFERENCES "public"."actions"("id") ON DELETE set null ON UPDATE no action;
