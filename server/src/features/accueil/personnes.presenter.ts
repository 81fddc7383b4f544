import type { ConsentementView, PersonneView } from '../../../../domain/accueil/personne.schema';
import type { consentements, personnes } from '../../db/schema';

type PersonneRow = typeof personnes.$inferSelect;
type ConsentementRow = typeof consentements.$inferSelect;

export const presentConsentement = (c: ConsentementRow): ConsentementView => ({
  id: c.id,
  date: c.givenOn,
  finalite: c.finalite,
  mode: c.mode as ConsentementView['mode'],
  partagePartenaires: c.partagePartenaires,
  recueilliPar: c.recordedBy ?? '',
  retireLe: c.withdrawnAt?.toISOString() ?? null,
});

export function presentPersonne(p: PersonneRow, consents: ConsentementRow[]): PersonneView {
  const identite =
    p.prenom || p.nom || p.telephone || p.email
      ? { prenom: p.prenom, nom: p.nom, telephone: p.telephone, email: p.email }
      : null;
  return {
    id: p.id,
    pseudonyme: p.pseudonyme,
    territoireId: p.territoryId,
    trancheAge: p.trancheAge as PersonneView['trancheAge'],
    genre: p.genre as PersonneView['genre'],
    typeMenage: p.typeMenage as PersonneView['typeMenage'],
    residentQpv: p.residentQpv as PersonneView['residentQpv'],
    identite,
    consentements: consents.map(presentConsentement),
    fusionneeDans: p.mergedIntoId,
    creeLe: p.createdAt.toISOString(),
  };
}
