/**
 * The demo directory: about thirty local services of Marseille 13e (Malpassé, Frais Vallon,
 * La Rose) in the data·inclusion v1 format. Names follow the kinds of places that exist there;
 * addresses, phone numbers and e-mails are fictitious.
 */
export interface DemoService {
  structure: string;
  nom: string;
  description: string;
  thematiques: string[];
  publics: string[];
  horaires: string;
  /** Kind of the Foundation partner this service belongs to, when it is one. */
  partnerKind?: 'bailleur' | 'ville' | 'transporteur' | 'ccas' | 'caf' | 'association';
  qpv?: Array<'QN01342I' | 'QN01344M'>;
  type?: string;
}

export const DEMO_STRUCTURES: Record<string, { nom: string; adresse: string; reseaux?: string[] }> = {
  ccas: {
    nom: 'CCAS de Marseille — antenne 13e',
    adresse: '12 avenue de Frais Vallon',
    reseaux: ['ccas-cias'],
  },
  caf: {
    nom: 'CAF des Bouches-du-Rhône — accueil Marseille Nord-Est',
    adresse: '4 boulevard de la Rose',
    reseaux: ['caf'],
  },
  bailleur: { nom: 'Habitat Marseille Provence — agence Nord-Est', adresse: '20 avenue de Frais Vallon' },
  mairie: {
    nom: 'Mairie des 13e et 14e arrondissements',
    adresse: '72 rue Paul Coxe',
    reseaux: ['communes'],
  },
  rtm: { nom: 'Régie des transports métropolitains — espace info', adresse: 'Station de métro La Rose' },
  csfv: {
    nom: 'Centre social Frais Vallon',
    adresse: '5 allée du centre social, Frais Vallon',
    reseaux: ['fcsf'],
  },
  csm: { nom: 'Centre social Malpassé', adresse: '9 avenue Corot', reseaux: ['fcsf'] },
  fs: {
    nom: 'France Services Marseille 13e',
    adresse: '15 avenue de la Croix-Rouge',
    reseaux: ['france-service'],
  },
  ml: {
    nom: 'Mission locale de Marseille — antenne Nord-Est',
    adresse: '3 boulevard Bouge',
    reseaux: ['mission-locale'],
  },
  ft: {
    nom: 'France Travail Marseille La Rose',
    adresse: '30 avenue de la Rose',
    reseaux: ['france-travail'],
  },
  pimms: {
    nom: 'PIMMS Médiation Marseille Nord',
    adresse: '8 traverse de la Rose',
    reseaux: ['pimms-mediation'],
  },
  mjd: { nom: 'Point-justice Marseille Nord', adresse: '1 place de la Justice', reseaux: ['points-justice'] },
  cpam: {
    nom: 'CPAM des Bouches-du-Rhône — accueil La Rose',
    adresse: '40 avenue de la Rose',
    reseaux: ['cpam'],
  },
  mds: {
    nom: 'Maison départementale de la solidarité du 13e',
    adresse: '2 rue des Olives',
    reseaux: ['maisons-des-solidarites'],
  },
  restos: {
    nom: 'Les Restos du Cœur — centre de Marseille 13e',
    adresse: '17 chemin de Château-Gombert',
    reseaux: ['restos-du-coeur'],
  },
  secours: {
    nom: 'Secours populaire — permanence des Olives',
    adresse: '6 boulevard des Olives',
    reseaux: ['secours-populaire'],
  },
  cresus: {
    nom: 'Point conseil budget — Crésus Provence',
    adresse: '11 rue Saint-Jérôme',
    reseaux: ['points-conseil-budget', 'cresus'],
  },
  cidff: { nom: 'CIDFF Phocéen — permanence Nord', adresse: '4 avenue Corot', reseaux: ['cidff'] },
  wimoov: {
    nom: 'Wimoov — plateforme mobilité Marseille',
    adresse: '25 boulevard de Saint-Jérôme',
    reseaux: ['wimoov'],
  },
  cn: {
    nom: 'Médiathèque du Merlan — conseillère numérique',
    adresse: 'Avenue Raimu',
    reseaux: ['conseillers-numeriques'],
  },
};

const WEEKDAYS = 'Mo-Fr 08:30-12:00,13:30-16:30';
export const DEMO_SERVICES: DemoService[] = [
  {
    structure: 'ccas',
    nom: 'Accueil social et aides facultatives',
    description: 'Premier accueil, instruction des aides facultatives du CCAS et domiciliation.',
    thematiques: [
      'difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere',
      'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
    ],
    publics: ['tous-publics'],
    horaires: WEEKDAYS,
    partnerKind: 'ccas',
    qpv: ['QN01342I', 'QN01344M'],
    type: 'accompagnement',
  },
  {
    structure: 'ccas',
    nom: 'Aide alimentaire d’urgence',
    description: 'Bons alimentaires et orientation vers l’épicerie sociale pour les ménages en difficulté.',
    thematiques: ['equipement-et-alimentation--alimentation'],
    publics: ['personnes-en-situation-durgence', 'familles'],
    horaires: 'Tu,Th 09:00-12:00',
    partnerKind: 'ccas',
    qpv: ['QN01342I', 'QN01344M'],
    type: 'aide-materielle',
  },
  {
    structure: 'ccas',
    nom: 'Accompagnement des seniors isolés',
    description: 'Visites, lien social et aide aux démarches pour les personnes âgées isolées.',
    thematiques: ['remobilisation--lien-social', 'famille--prise-en-charge-personne-dependante'],
    publics: ['seniors'],
    horaires: WEEKDAYS,
    partnerKind: 'ccas',
    qpv: ['QN01342I'],
  },
  {
    structure: 'caf',
    nom: 'Rendez-vous prestations familiales et RSA',
    description:
      'Rendez-vous avec un conseiller CAF pour un dossier de prestations, de RSA ou d’aide au logement.',
    thematiques: [
      'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
      'famille--soutien-a-la-parentalite-et-a-leducation',
    ],
    publics: ['familles', 'beneficiaires-des-minimas-sociaux'],
    horaires: 'Mo-Fr 08:30-16:00',
    partnerKind: 'caf',
    type: 'accompagnement',
  },
  {
    structure: 'caf',
    nom: 'Aide au logement et impayés',
    description: 'Examen des droits à l’aide au logement, prévention des impayés de loyer.',
    thematiques: ['logement-hebergement--reduire-les-impayes-de-loyer'],
    publics: ['tous-publics'],
    horaires: 'Mo,We,Fr 08:30-12:00',
    partnerKind: 'caf',
  },
  {
    structure: 'bailleur',
    nom: 'Agence de proximité — réclamations et troubles de voisinage',
    description: 'Réclamations techniques, troubles de voisinage, changement de logement des locataires.',
    thematiques: [
      'logement-hebergement--se-maintenir-dans-le-logement',
      'logement-hebergement--changer-de-logement',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 08:30-12:00,13:30-16:30',
    partnerKind: 'bailleur',
    qpv: ['QN01342I', 'QN01344M'],
  },
  {
    structure: 'bailleur',
    nom: 'Conseillère sociale — impayés de loyer',
    description: 'Plan d’apurement, accompagnement des locataires en difficulté de paiement.',
    thematiques: [
      'logement-hebergement--reduire-les-impayes-de-loyer',
      'difficultes-financieres--situation-dendettement-surendettement',
    ],
    publics: ['tous-publics'],
    horaires: 'Tu,Th 09:00-12:00',
    partnerKind: 'bailleur',
    qpv: ['QN01342I', 'QN01344M'],
  },
  {
    structure: 'mairie',
    nom: 'Accueil de la mairie de secteur — état civil et démarches',
    description:
      'État civil, inscription sur les listes électorales, attestations, orientation vers les services municipaux.',
    thematiques: ['difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives'],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 08:30-16:45',
    partnerKind: 'ville',
  },
  {
    structure: 'mairie',
    nom: 'Services techniques — cadre de vie',
    description: 'Propreté, éclairage, voirie, espaces verts : demandes d’intervention des habitants.',
    thematiques: ['remobilisation--benevolat-action-citoyenne'],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 08:00-12:00,13:00-16:00',
    partnerKind: 'ville',
    qpv: ['QN01342I', 'QN01344M'],
  },
  {
    structure: 'mairie',
    nom: 'Inscriptions scolaires et périscolaires',
    description: 'Inscriptions à l’école, à la cantine et au centre aéré.',
    thematiques: ['famille--garde-denfants'],
    publics: ['familles'],
    horaires: 'Mo-Fr 08:30-12:00',
    partnerKind: 'ville',
  },
  {
    structure: 'rtm',
    nom: 'Tarification solidaire et abonnements',
    description:
      'Abonnements à tarif réduit pour les demandeurs d’emploi, jeunes et bénéficiaires de minima sociaux.',
    thematiques: ['mobilite--financer-ma-mobilite', 'mobilite--mobilite-douce-partagee-collective'],
    publics: ['demandeurs-emploi', 'jeunes', 'beneficiaires-des-minimas-sociaux'],
    horaires: 'Mo-Fr 07:00-19:00; Sa 08:00-12:00',
    partnerKind: 'transporteur',
  },
  {
    structure: 'csfv',
    nom: 'Accueil et écrivain public',
    description: 'Aide à la rédaction de courriers et à la compréhension des documents administratifs.',
    thematiques: [
      'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
      'lecture-ecriture-calcul--maitriser-le-francais',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo,Tu,Th 09:00-12:00,14:00-17:30',
    partnerKind: 'association',
    qpv: ['QN01344M'],
  },
  {
    structure: 'csfv',
    nom: 'Cours de français (ateliers sociolinguistiques)',
    description: 'Ateliers de français à visée d’insertion sociale, deux fois par semaine.',
    thematiques: ['lecture-ecriture-calcul--maitriser-le-francais'],
    publics: ['personnes-exilees', 'tous-publics'],
    horaires: 'Tu,Th 14:00-16:00',
    partnerKind: 'association',
    qpv: ['QN01344M'],
    type: 'atelier',
  },
  {
    structure: 'csfv',
    nom: 'Accompagnement à la scolarité',
    description: 'Aide aux devoirs et soutien à la parentalité pour les familles du quartier.',
    thematiques: ['famille--soutien-a-la-parentalite-et-a-leducation'],
    publics: ['familles', 'jeunes'],
    horaires: 'Mo,Tu,Th,Fr 16:30-18:30',
    partnerKind: 'association',
    qpv: ['QN01344M'],
  },
  {
    structure: 'csm',
    nom: 'Permanence d’accès aux droits',
    description: 'Aide aux démarches en ligne (CAF, impôts, ANTS, Ameli) avec un référent.',
    thematiques: [
      'numerique--acceder-a-des-services-en-ligne',
      'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 09:00-12:00',
    qpv: ['QN01342I'],
  },
  {
    structure: 'csm',
    nom: 'Activités seniors et sorties',
    description: 'Activités collectives, sorties et repas partagés pour rompre l’isolement.',
    thematiques: ['remobilisation--lien-social', 'remobilisation--activites-sportives-et-culturelles'],
    publics: ['seniors'],
    horaires: 'We 14:00-17:00',
    qpv: ['QN01342I'],
    type: 'atelier',
  },
  {
    structure: 'fs',
    nom: 'France Services — démarches administratives',
    description: 'Accompagnement aux démarches de neuf opérateurs nationaux (CAF, CPAM, impôts, ANTS…).',
    thematiques: [
      'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
      'numerique--acceder-a-des-services-en-ligne',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 09:00-12:30,13:30-17:00',
    type: 'accompagnement',
  },
  {
    structure: 'ml',
    nom: 'Accompagnement des 16–25 ans',
    description: 'Emploi, formation, santé, logement : un conseiller référent pour les jeunes.',
    thematiques: [
      'trouver-un-emploi--repondre-a-des-offres-demploi',
      'se-former--trouver-sa-formation',
      'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
    ],
    publics: ['jeunes'],
    horaires: 'Mo-Fr 09:00-12:30,13:30-17:00',
  },
  {
    structure: 'ft',
    nom: 'Inscription et accompagnement des demandeurs d’emploi',
    description: 'Inscription, indemnisation, offres d’emploi et ateliers CV.',
    thematiques: [
      'trouver-un-emploi--repondre-a-des-offres-demploi',
      'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
    ],
    publics: ['demandeurs-emploi'],
    horaires: 'Mo-Fr 08:30-12:30',
  },
  {
    structure: 'pimms',
    nom: 'Médiation énergie, eau et transports',
    description: 'Aide pour les factures, chèque énergie, échéanciers et litiges avec les fournisseurs.',
    thematiques: [
      'difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere',
      'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 09:00-12:00,13:30-17:00',
  },
  {
    structure: 'mjd',
    nom: 'Consultations juridiques gratuites',
    description: 'Avocats, conciliateur de justice, aide aux victimes : sur rendez-vous.',
    thematiques: [
      'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire',
      'difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination',
    ],
    publics: ['tous-publics'],
    horaires: 'Tu,Th 09:00-12:00,14:00-17:00',
  },
  {
    structure: 'cpam',
    nom: 'Accueil assurance maladie — droits et complémentaire santé',
    description: 'Ouverture de droits, complémentaire santé solidaire, carte Vitale.',
    thematiques: ['sante--acces-aux-soins'],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 08:00-12:00',
  },
  {
    structure: 'mds',
    nom: 'Assistantes sociales de secteur',
    description: 'Accompagnement social global, protection de l’enfance, aides financières du Département.',
    thematiques: [
      'famille--surmonter-conflits-separation-violence',
      'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo-Fr 08:30-12:00,13:30-17:00',
  },
  {
    structure: 'mds',
    nom: 'Protection maternelle et infantile (PMI)',
    description: 'Consultations pour les futurs parents et les enfants de moins de six ans.',
    thematiques: ['sante--acces-aux-soins', 'famille--soutien-a-la-parentalite-et-a-leducation'],
    publics: ['familles'],
    horaires: 'Mo,We,Fr 09:00-12:00',
  },
  {
    structure: 'restos',
    nom: 'Distribution alimentaire',
    description: 'Distribution de colis alimentaires sur inscription, campagne d’hiver et d’été.',
    thematiques: ['equipement-et-alimentation--alimentation'],
    publics: ['personnes-en-situation-durgence', 'beneficiaires-des-minimas-sociaux'],
    horaires: 'Tu,Fr 09:00-11:30',
    type: 'aide-materielle',
  },
  {
    structure: 'secours',
    nom: 'Vestiaire et aide alimentaire',
    description: 'Vêtements, colis alimentaires et accès aux vacances pour les familles.',
    thematiques: ['equipement-et-alimentation--habillement', 'equipement-et-alimentation--alimentation'],
    publics: ['familles', 'personnes-en-situation-durgence'],
    horaires: 'We 14:00-17:00; Sa 09:00-12:00',
    type: 'aide-materielle',
  },
  {
    structure: 'cresus',
    nom: 'Point conseil budget',
    description: 'Conseil budgétaire gratuit, prévention du surendettement, dossier Banque de France.',
    thematiques: [
      'difficultes-financieres--situation-dendettement-surendettement',
      'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
    ],
    publics: ['tous-publics'],
    horaires: 'Mo,Th 09:00-12:00,14:00-17:00',
  },
  {
    structure: 'cidff',
    nom: 'Droits des femmes et des familles',
    description: 'Information juridique, accompagnement des femmes victimes de violences.',
    thematiques: ['famille--surmonter-conflits-separation-violence'],
    publics: ['femmes', 'familles'],
    horaires: 'We 09:00-12:30',
  },
  {
    structure: 'wimoov',
    nom: 'Conseil en mobilité',
    description: 'Bilan mobilité, aide au permis, location de véhicules à petit prix.',
    thematiques: ['mobilite--etre-accompagne-dans-son-parcours-mobilite', 'mobilite--preparer-un-permis'],
    publics: ['demandeurs-emploi', 'jeunes'],
    horaires: 'Mo-Th 09:00-12:00,13:30-17:00',
  },
  {
    structure: 'cn',
    nom: 'Ateliers numériques',
    description: 'Prise en main du smartphone et de l’ordinateur, messagerie, démarches en ligne.',
    thematiques: [
      'numerique--maitriser-les-fondamentaux-du-numerique',
      'numerique--acceder-a-des-services-en-ligne',
    ],
    publics: ['tous-publics', 'seniors'],
    horaires: 'Tu,Sa 10:00-12:00',
    type: 'atelier',
  },
];
