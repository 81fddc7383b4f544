-- The bulk import supplies the activity copies itself, joined from activites in the same
-- statement: the per-row lookup of the BEFORE INSERT trigger then cost a fifth of the import's
-- contacts insert (issue 12 part 6). The insert triggers now fire only when a row comes without
-- them (every other writer, which never sets them); a change of activite_id still looks them up.
DROP TRIGGER "contacts_copies" ON "contacts";--> statement-breakpoint
DROP TRIGGER "activite_mediateurs_copies" ON "activite_mediateurs";--> statement-breakpoint
CREATE TRIGGER "contacts_copies" BEFORE INSERT ON "contacts"
  FOR EACH ROW WHEN (NEW."activite_debut" IS NULL) EXECUTE FUNCTION "trame_contact_copies"();--> statement-breakpoint
CREATE TRIGGER "contacts_copies_move" BEFORE UPDATE OF "activite_id" ON "contacts"
  FOR EACH ROW EXECUTE FUNCTION "trame_contact_copies"();--> statement-breakpoint
CREATE TRIGGER "activite_mediateurs_copies" BEFORE INSERT ON "activite_mediateurs"
  FOR EACH ROW WHEN (NEW."activite_debut" IS NULL) EXECUTE FUNCTION "trame_activite_mediateur_copies"();--> statement-breakpoint
CREATE TRIGGER "activite_mediateurs_copies_move" BEFORE UPDATE OF "activite_id" ON "activite_mediateurs"
  FOR EACH ROW EXECUTE FUNCTION "trame_activite_mediateur_copies"();
