/**
 * The demo's accueil: the directory of Marseille 13e (imported through the data·inclusion
 * validator), pseudonymous person files, about four hundred requests over the past year and
 * orientations in every status with their dated history. Seeded: every run tells the same story.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  type Canal,
  MOTIFS_REFUS,
  type Motif,
  type OrientationStatut,
} from '../../../domain/accueil/accueil.taxonomies';
import type { ReponseInput } from '../../../domain/accueil/demande.schema';
import type { DbOrTx } from '../db/client';
import {
  annuaireServices,
  consentements,
  demandes,
  orientationEvents,
  orientations,
  partners,
  personnes,
  territories,
  users,
} from '../db/schema';
import { buildUser } from '../factories/factories';
import { importDataInclusion } from '../features/annuaire/annuaire-import.service';
import { DEMO_SERVICES, DEMO_STRUCTURES } from './demo-annuaire.data';
import { mulberry32 } from './random';

const DAY = 86_400_000;
const SOURCE = 'trame-demo';

async function loadDirectory(tx: DbOrTx, structureId: string, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const structures = Object.entries(DEMO_STRUCTURES).map(([id, s], i) => ({
    source: SOURCE,
    id,
    nom: s.nom,
    date_maj: today,
    adresse: s.adresse,
    commune: 'Marseille',
    code_postal: '13013',
    code_insee: '13213',
    telephone: `04 91 00 ${String(10 + i).padStart(2, '0')} 00`,
    courriel: `contact@${id}.demo.trame.local`,
    reseaux_porteurs: s.reseaux ?? null,
  }));
  const contact = Object.fromEntries(structures.map((s) => [s.id, s]));
  const services = DEMO_SERVICES.map((s, i) => ({
    source: SOURCE,
    id: `${s.structure}-${i + 1}`,
    structure_id: s.structure,
    nom: s.nom,
    description: s.description,
    date_maj: today,
    thematiques: s.thematiques,
    publics: s.publics,
    type: s.type ?? 'information',
    frais: 'gratuit',
    adresse: DEMO_STRUCTURES[s.structure]!.adresse,
    commune: 'Marseille',
    code_postal: '13013',
    code_insee: '13213',
    horaires_accueil: s.horaires,
    // As the real services do: the desk's phone and e-mail (fictitious numbers, .local domain).
    telephone: contact[s.structure]!.telephone,
    courriel: contact[s.structure]!.courriel,
    modes_accueil: ['en-presentiel'],
    modes_mobilisation: ['se-presenter', 'telephoner'],
    mobilisable_par: ['usagers', 'professionnels'],
    zone_eligibilite: ['13055'],
  }));
  const report = await importDataInclusion(tx, structureId, { structures, services }, now);
  if (report.rejets.length) throw new Error(`demo directory rejected: ${JSON.stringify(report.rejets[0])}`);
  const ps = await tx.select().from(partners).where(eq(partners.structureId, structureId));
  const partnerOf = (kind: string) => ps.find((p) => p.kind === kind)?.id ?? null;
  for (const [i, s] of DEMO_SERVICES.entries()) {
    if (!s.partnerKind && !s.qpv) continue;
    await tx
      .update(annuaireServices)
      .set({ partnerId: s.partnerKind ? partnerOf(s.partnerKind) : null, qpvCodes: s.qpv ?? [] })
      .where(
        and(
          eq(annuaireServices.structureId, structureId),
          eq(annuaireServices.sourceId, `${s.structure}-${i + 1}`),
        ),
      );
  }
  return tx
    .select({
      id: annuaireServices.id,
      partnerId: annuaireServices.partnerId,
      thematiques: annuaireServices.thematiques,
    })
    .from(annuaireServices)
    .where(eq(annuaireServices.structureId, structureId));
}

const PSEUDOS = [
  'M. A.',
  'Mme B.',
  'Mme C.',
  'M. D.',
  'Mme F.',
  'M. H.',
  'Mme K.',
  'M. L.',
  'Mme M.',
  'M. N.',
  'Mme O.',
  'M. R.',
  'Mme S.',
  'M. T.',
  'Mme Y.',
  'M. Z.',
];
const IDENTITES = [
  ['Fatima', 'Benaïssa'],
  ['Jean-Pierre', 'Roussel'],
  ['Nadia', 'Kherbouche'],
  ['Mamadou', 'Sow'],
  ['Lucie', 'Marchetti'],
  ['Rachid', 'Amrani'],
  ['Christiane', 'Blanc'],
  ['Ibrahim', 'Said'],
];
const CANAUX: Array<[Canal, number]> = [
  ['rue', 30],
  ['permanence', 35],
  ['telephone', 12],
  ['domicile', 6],
  ['local', 14],
  ['en_ligne', 3],
];
const MOTIFS: Array<[Motif, number]> = [
  ['difficultes-administratives-ou-juridiques', 26],
  ['logement-hebergement', 18],
  ['numerique', 14],
  ['difficultes-financieres', 10],
  ['sante', 8],
  ['trouver-un-emploi', 7],
  ['famille', 6],
  ['equipement-et-alimentation', 5],
  ['mobilite', 4],
  ['cadre-de-vie', 6],
  ['conflit-voisinage', 4],
  ['lien-social', 4],
  ['lecture-ecriture-calcul', 3],
  ['tranquillite-publique', 2],
];

/** Loads the accueil demo; returns the partner accounts it adds (ccas@). */
export async function loadDemoAccueil(
  tx: DbOrTx,
  o: { structureId: string; now: Date; email: (local: string) => string; password: string },
): Promise<string[]> {
  const rand = mulberry32(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const weighted = <T>(xs: Array<[T, number]>) => {
    let r = rand() * xs.reduce((n, [, w]) => n + w, 0);
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[0]![0];
  };
  const { structureId, now } = o;
  const services = await loadDirectory(tx, structureId, now);
  const terr = await tx.select().from(territories).where(eq(territories.structureId, structureId));
  const team = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.structureId, structureId), inArray(users.role, ['mediateur', 'coordinateur'])));
  const [ccas] = await tx
    .select()
    .from(partners)
    .where(and(eq(partners.structureId, structureId), eq(partners.kind, 'ccas')));
  await buildUser(tx, {
    structureId,
    email: o.email('ccas'),
    prenom: 'Claire',
    nom: 'Accueil social',
    role: 'partenaire',
    partnerId: ccas!.id,
    password: o.password,
  });

  // Person files: pseudonymous, a third with a consent (and identity), half of those sharing it.
  const people = Array.from({ length: 90 }, (_, i) => {
    const consent = i % 3 === 0;
    const ident = consent ? IDENTITES[i % IDENTITES.length]! : null;
    return {
      id: randomUUID(),
      structureId,
      territoryId: pick(terr).id,
      pseudonyme: `${pick(PSEUDOS)} ${i + 1}`,
      trancheAge: pick(['jeune_adulte', 'adulte', 'adulte', 'adulte', 'senior', 'senior']),
      genre: pick(['femme', 'femme', 'homme', 'non_precise']),
      typeMenage: pick([
        'personne_seule',
        'famille_monoparentale',
        'couple_avec_enfants',
        'couple_sans_enfant',
        'non_precise',
      ]),
      residentQpv: pick(['oui', 'oui', 'oui', 'non', 'inconnu']),
      prenom: ident?.[0] ?? null,
      nom: ident?.[1] ?? null,
      telephone: ident
        ? `06 00 00 ${String(i).padStart(2, '0')} ${String((i * 7) % 100).padStart(2, '0')}`
        : null,
      email: null,
      createdBy: pick(team).id,
      createdAt: new Date(now.getTime() - (365 - i * 3) * DAY),
      share: consent && i % 2 === 0,
      consent,
    };
  });
  await tx.insert(personnes).values(people.map(({ share: _s, consent: _c, ...p }) => p));
  await tx.insert(consentements).values(
    people
      .filter((p) => p.consent)
      .map((p) => ({
        structureId,
        personneId: p.id,
        givenOn: p.createdAt.toISOString().slice(0, 10),
        finalite: 'Suivi de la demande et mise en relation avec les partenaires',
        mode: pick(['oral', 'ecrit']),
        partagePartenaires: p.share,
        recordedBy: p.createdBy,
      })),
  );

  // ~400 requests over the year; 40 % include an orientation to a directory service.
  const demandeRows: (typeof demandes.$inferInsert)[] = [];
  const orientationRows: (typeof orientations.$inferInsert)[] = [];
  const eventRows: (typeof orientationEvents.$inferInsert)[] = [];
  const partnerServices = services.filter((s) => s.partnerId);
  for (let i = 0; i < 420; i++) {
    const ageDays = i < 12 ? i * 0.5 : rand() * 365;
    const at = new Date(now.getTime() - ageDays * DAY - rand() * 6 * 3600_000);
    const person = rand() < 0.55 ? pick(people) : null;
    const territoryId = person?.territoryId ?? pick(terr).id;
    const motifs = [...new Set([weighted(MOTIFS), ...(rand() < 0.3 ? [weighted(MOTIFS)] : [])])];
    const reponses: ReponseInput[] = [];
    if (rand() < 0.6) reponses.push({ type: 'information' });
    if (rand() < 0.35)
      reponses.push({
        type: 'aide_demarche',
        portail: pick(['caf', 'caf', 'impots', 'ants', 'france_travail', 'ameli', 'bailleur', 'autre']),
        autonomie: pick(['fait_pour', 'fait_avec', 'fait_avec', 'autonome']),
      });
    if (rand() < 0.08) reponses.push({ type: 'accompagnement_physique' });
    if (motifs.includes('conflit-voisinage') && rand() < 0.5) reponses.push({ type: 'mediation' });
    const orient = i < 12 || rand() < 0.4;
    const createdBy = pick(team).id;
    const demandeId = randomUUID();
    if (orient) {
      const matching = services.filter((s) =>
        s.thematiques.some((t) => motifs.some((m) => t.startsWith(`${m}--`))),
      );
      const service =
        i < 12
          ? partnerServices[i % partnerServices.length]!
          : matching.length
            ? pick(matching)
            : pick(services);
      const id = randomUUID();
      reponses.push({ type: 'orientation', orientation: { id, serviceId: service.id, note: null } });
      const path: OrientationStatut[] =
        i < 12 ? (i % 3 === 2 ? ['proposee', 'prise_de_contact'] : ['proposee']) : statusPath(ageDays, rand);
      let t = at.getTime();
      for (const [k, statut] of path.entries()) {
        if (k > 0) t += (statut === 'expiree' ? 30 : 2 + rand() * 12) * DAY;
        eventRows.push({
          structureId,
          orientationId: id,
          statut,
          at: new Date(Math.min(t, now.getTime())),
          byUserId: k === 0 ? createdBy : null,
          byKind:
            k === 0
              ? 'structure'
              : statut === 'expiree'
                ? 'systeme'
                : statut === 'sans_suite'
                  ? 'structure'
                  : 'partenaire',
          motifRefus: statut === 'refusee' ? pick(MOTIFS_REFUS) : null,
        });
      }
      const last = eventRows.at(-1)!;
      orientationRows.push({
        id,
        structureId,
        territoryId,
        demandeId,
        personneId: person?.id ?? null,
        serviceId: service.id,
        partnerId: service.partnerId,
        statut: last.statut,
        statutAt: last.at,
        motifRefus: last.motifRefus ?? null,
        createdBy,
        createdAt: at,
      });
    }
    if (reponses.length === 0) reponses.push({ type: 'information' });
    demandeRows.push({
      id: demandeId,
      structureId,
      territoryId,
      personneId: person?.id ?? null,
      occurredAt: at,
      canal: weighted(CANAUX),
      motifs,
      reponses,
      createdBy,
      createdAt: at,
    });
  }
  for (let i = 0; i < demandeRows.length; i += 200)
    await tx.insert(demandes).values(demandeRows.slice(i, i + 200));
  for (let i = 0; i < orientationRows.length; i += 200)
    await tx.insert(orientations).values(orientationRows.slice(i, i + 200));
  for (let i = 0; i < eventRows.length; i += 300)
    await tx.insert(orientationEvents).values(eventRows.slice(i, i + 300));
  return [o.email('ccas')];
}

/** A plausible history for an orientation made `ageDays` ago: recent ones still open. */
function statusPath(ageDays: number, rand: () => number): OrientationStatut[] {
  if (ageDays < 7) return rand() < 0.7 ? ['proposee'] : ['proposee', 'prise_de_contact'];
  if (ageDays < 30 && rand() < 0.5) return rand() < 0.5 ? ['proposee'] : ['proposee', 'prise_de_contact'];
  const r = rand();
  if (r < 0.5) return ['proposee', 'prise_de_contact', 'aboutie'];
  if (r < 0.62) return ['proposee', 'aboutie'];
  if (r < 0.74) return ['proposee', 'refusee'];
  if (r < 0.86) return ['proposee', 'prise_de_contact', 'sans_suite'];
  return ageDays > 31 ? ['proposee', 'expiree'] : ['proposee'];
}
