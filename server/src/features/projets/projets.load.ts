/** Loads the rows a project's page is made of, then hands them to the presenter. */
import { and, asc, desc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { ActionStatut } from '../../../../domain/actions/action.taxonomies';
import type { ProjetView } from '../../../../domain/projets/projet.schema';
import { toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { actions, consentements, partners, personnes, users } from '../../db/schema';
import type { ProjetRow } from './projets.access';
import { presentProjet } from './projets.presenter';
import {
  projetActions,
  projetEtapes,
  projetFinancements,
  projetPartenaires,
  projetPorteurs,
  projetStatuts,
} from './projets.table';

/** The partners of some projects, by project, sorted by name. */
export async function partenairesDe(db: DbOrTx, projetIds: readonly string[]) {
  const rows = projetIds.length
    ? await db
        .select({ projetId: projetPartenaires.projetId, id: partners.id, nom: partners.nom })
        .from(projetPartenaires)
        .innerJoin(partners, eq(partners.id, projetPartenaires.partnerId))
        .where(inArray(projetPartenaires.projetId, [...projetIds]))
        .orderBy(asc(partners.nom), asc(partners.id))
    : [];
  const out = new Map<string, Array<{ id: string; nom: string }>>();
  for (const r of rows) out.set(r.projetId, [...(out.get(r.projetId) ?? []), { id: r.id, nom: r.nom }]);
  return out;
}

/** The carriers' pseudonyms, and whether a consent is still in force for each. */
async function porteursDe(db: DbOrTx, projetId: string) {
  return db
    .select({
      id: personnes.id,
      pseudonyme: personnes.pseudonyme,
      consentement: exists(
        db
          .select({ id: consentements.id })
          .from(consentements)
          .where(and(eq(consentements.personneId, personnes.id), isNull(consentements.withdrawnAt))),
      ).mapWith(Boolean),
    })
    .from(projetPorteurs)
    .innerJoin(personnes, eq(personnes.id, projetPorteurs.personneId))
    .where(eq(projetPorteurs.projetId, projetId))
    .orderBy(asc(personnes.pseudonyme), asc(personnes.id));
}

export async function loadProjetView(db: DbOrTx, row: ProjetRow): Promise<ProjetView> {
  const id = row.id;
  const etapes = await db
    .select()
    .from(projetEtapes)
    .where(eq(projetEtapes.projetId, id))
    .orderBy(desc(projetEtapes.day), desc(projetEtapes.createdAt));
  const financements = await db
    .select()
    .from(projetFinancements)
    .where(eq(projetFinancements.projetId, id))
    .orderBy(desc(projetFinancements.day), desc(projetFinancements.createdAt));
  const mediateurIds = [...new Set(etapes.flatMap((e) => e.mediatorIds))];
  const noms = mediateurIds.length
    ? await db
        .select({ id: users.id, nom: sql<string>`${users.prenom} || ' ' || ${users.nom}` })
        .from(users)
        .where(and(eq(users.structureId, row.structureId), inArray(users.id, mediateurIds)))
    : [];
  const financeurIds = [...new Set(financements.flatMap((f) => (f.partnerId ? [f.partnerId] : [])))];
  const financeurs = financeurIds.length
    ? await db
        .select({ id: partners.id, nom: partners.nom })
        .from(partners)
        .where(inArray(partners.id, financeurIds))
    : [];
  return presentProjet({
    row,
    partenaires: (await partenairesDe(db, [id])).get(id) ?? [],
    porteurs: await porteursDe(db, id),
    statuts: await db
      .select({ statut: projetStatuts.statut, at: projetStatuts.at })
      .from(projetStatuts)
      .where(eq(projetStatuts.projetId, id))
      .orderBy(asc(projetStatuts.seq)),
    etapes,
    financements,
    noms: new Map(noms.map((n) => [n.id, n.nom])),
    partenairesFinanceurs: new Map(financeurs.map((f) => [f.id, f.nom])),
    actions: (
      await db
        .select({ id: actions.id, titre: actions.titre, debut: actions.debut, statut: actions.statut })
        .from(projetActions)
        .innerJoin(actions, eq(actions.id, projetActions.actionId))
        .where(and(eq(actions.structureId, row.structureId), eq(projetActions.projetId, id)))
        .orderBy(asc(actions.debut), asc(actions.id))
    ).map((a) => ({ ...a, debut: toParisIso(a.debut), statut: a.statut as ActionStatut })),
  });
}
