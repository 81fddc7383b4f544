/**
 * The record of processing activities (registre des traitements, GDPR art. 30) of a structure
 * using Trame (issue 16, part 4): what Trame does with personal data, written once here, filled
 * with the structure's real settings (its name, QPV, partners, retention periods).
 */
import { PARTNER_KIND_LIST } from '../partenaires/partenaire.schema';
import { CONSERVATION_DEFAUTS, dureeConservation } from './conservation';

export interface Traitement {
  nom: string;
  finalites: string[];
  baseLegale: string;
  personnes: string[];
  donnees: string[];
  destinataires: string[];
  conservation: string[];
}

export interface Registre {
  responsable: string;
  etabliLe: string;
  territoires: string[];
  traitements: Traitement[];
  mesures: string[];
}

export interface RegistreSource {
  structure: string;
  /** YYYY-MM-DD, Paris. */
  jour: string;
  territoires: string[];
  partenaires: Array<{ nom: string; kind: string }>;
}

const SIGNALEMENT_KINDS = new Set(['bailleur', 'ville', 'intercommunalite', 'transporteur']);
const c = CONSERVATION_DEFAUTS;

/** Partners named with their kind, « Habitat Sud (Bailleur social) »; a sentence when none. */
const nommer = (partenaires: RegistreSource['partenaires'], none: string) =>
  partenaires.length ? partenaires.map((p) => `${p.nom} (${PARTNER_KIND_LIST.label(p.kind)})`) : [none];

export function registreTraitements(s: RegistreSource): Registre {
  const routage = s.partenaires.filter((p) => SIGNALEMENT_KINDS.has(p.kind));
  const orientation = s.partenaires.filter((p) => !SIGNALEMENT_KINDS.has(p.kind));
  return {
    responsable: s.structure,
    etabliLe: s.jour,
    territoires: s.territoires,
    traitements: [
      {
        nom: 'Main courante de la médiation',
        finalites: [
          'Rendre compte de l’activité de médiation sociale aux financeurs',
          'Organiser les tournées',
        ],
        baseLegale: 'Mission d’intérêt public (médiation sociale, politique de la ville)',
        personnes: ['Habitant·es rencontré·es (comptées, jamais identifiées)', 'Médiateur·rices'],
        donnees: [
          'Contacts comptés par nature, tranche d’âge et genre déclaré, sans identité',
          'Observations de veille sociale (des faits, sans personne désignée)',
          'Noms des médiateur·rices, lieux et horaires des activités',
        ],
        destinataires: [
          'Coordination et direction de la structure',
          'Financeurs : chiffres agrégés seulement',
        ],
        conservation: ['Chiffres agrégés : sans limite (données anonymes)'],
      },
      {
        nom: 'Accueil, information et orientation',
        finalites: [
          'Répondre aux demandes des habitant·es',
          'Orienter vers les services compétents et suivre l’orientation',
        ],
        baseLegale: 'Mission d’intérêt public ; consentement pour l’identité et son partage',
        personnes: ['Habitant·es accueilli·es'],
        donnees: [
          'Pseudonyme, tranche d’âge, genre, type de ménage, quartier',
          'Nom, prénom, téléphone, e-mail : seulement avec un consentement enregistré',
          'Motifs des demandes, réponses apportées, notes courtes',
        ],
        destinataires: nommer(orientation, 'Aucun partenaire d’orientation enregistré'),
        conservation: [dureeConservation(c.personnes)],
      },
      {
        nom: 'Médiation des conflits et situations suivies',
        finalites: ['Conduire une médiation entre des parties', 'Suivre les accords'],
        baseLegale: 'Mission d’intérêt public ; consentement des parties à la médiation',
        personnes: ['Parties des situations (ménages, personnes, groupes)'],
        donnees: [
          'Pseudonymes des parties, rôle, consentement',
          'Étapes datées et notes factuelles',
          'Accords écrits',
        ],
        destinataires: [
          'L’équipe de médiation',
          'Le partenaire qui a saisi la structure : l’issue seulement, si les parties l’acceptent',
        ],
        conservation: [dureeConservation(c.situations)],
      },
      {
        nom: 'Signalements de dysfonctionnements',
        finalites: ['Transmettre aux gestionnaires ce qui est cassé ou dangereux', 'Suivre leur traitement'],
        baseLegale: 'Mission d’intérêt public (gestion urbaine de proximité)',
        personnes: ['Aucune personne visée ; les photos peuvent montrer des passant·es'],
        donnees: ['Catégorie, position, description, photos (métadonnées de position retirées)'],
        destinataires: nommer(routage, 'Aucun gestionnaire enregistré'),
        conservation: [dureeConservation(c.photos)],
      },
      {
        nom: 'Planning et sécurité des équipes',
        finalites: ['Planifier les créneaux', 'Alerter et secourir un·e médiateur·rice en danger'],
        baseLegale: 'Obligation de l’employeur (santé et sécurité au travail)',
        personnes: ['Salarié·es de la structure'],
        donnees: [
          'Créneaux, absences (type seulement)',
          'Alertes : position au moment de l’alerte, débriefing factuel',
        ],
        destinataires: ['Coordination et direction', 'Collègues en service au moment d’une alerte'],
        conservation: ['Durée du contrat, puis 5 ans pour les incidents'],
      },
      {
        nom: 'Comptes et journal d’audit',
        finalites: [
          'Authentifier les utilisateur·rices',
          'Tracer les consultations et modifications des données personnelles',
        ],
        baseLegale: 'Obligation de sécurité (RGPD, article 32)',
        personnes: ['Utilisateur·rices de Trame (équipe, partenaires)'],
        donnees: ['Nom, e-mail, rôle', 'Traces : qui, quoi, quand, par quel canal'],
        destinataires: ['Administration et direction de la structure'],
        conservation: [
          dureeConservation(c.auditLectures),
          dureeConservation(c.auditModifications),
          dureeConservation(c.sessions),
        ],
      },
    ],
    mesures: [
      'Mots de passe hachés (argon2id), connexion limitée en cas d’échecs répétés',
      'Cookies de session sécurisés, protection contre la falsification de requêtes (CSRF)',
      'Chiffrement des échanges (HTTPS, HSTS) et en-têtes de sécurité',
      'Cloisonnement : chaque utilisateur·rice ne voit que sa structure et ses territoires ; les partenaires, ce qui leur est adressé',
      'Personnes pseudonymes par défaut ; identité seulement avec un consentement',
      'Journal de toutes les consultations et modifications de données personnelles',
      'Avertissement avant d’écrire une donnée sensible dans une note',
      'Sauvegardes et restauration testées',
    ],
  };
}
