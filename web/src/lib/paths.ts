/** Every URL of the web app, in French, in one place. */
export const paths = {
  accueil: '/',
  connexion: '/connexion',
  activation: (token = ':token') => `/activer/${token}`,
  motDePasseOublie: '/mot-de-passe-oublie',
  monCompte: '/mon-compte',
  situations: '/situations',
  situation: (id = ':id') => `/situations/${id}`,
  /** Opens a situation from a main-courante entry (the link is kept on the situation). */
  situationDepuis: (kind: 'contact' | 'observation', id: string) =>
    `/situations?${kind}=${encodeURIComponent(id)}`,
  signalements: '/signalements',
  signalementNouveau: '/signalements/nouveau',
  signalementsDelais: '/signalements/delais',
  signalementsCarte: '/signalements/carte',
  signalementsReglages: '/signalements/reglages',
  signalement: (id = ':id') => `/signalements/${id}`,
  /** Opened from the partner's e-mail, without an account (same address as the server's e-mail). */
  lienSignalement: (token = ':token') => `/lien/signalement/${token}`,
  /** A structure's public agenda, no account (issue 14, part 5). */
  agenda: (slug = ':slug') => `/agenda/${slug}`,
  tournee: '/tournee',
  /** The tournée start pre-filled from a planned shift (its crew, QPV and sector). */
  tourneeDepuis: (creneauId: string) => `/tournee?creneau=${encodeURIComponent(creneauId)}`,
  /** The week view (`?semaine=` any day of it, `&qpv=`); a mediator is sent to « Ma semaine ». */
  planning: '/planning',
  planningMois: '/planning/mois',
  maSemaine: '/planning/ma-semaine',
  /** The lone-worker alerts: send one, follow the team's, take in charge, debrief. */
  alertes: '/alertes',
  mainCourante: '/main-courante',
  activite: (id = ':id') => `/main-courante/activites/${id}`,
  mainCouranteImport: '/main-courante/import',
  observations: '/main-courante/observations',
  rapports: '/rapports',
  /** The bilan's texts of a period, and its documents. */
  rapportsBilan: (p?: { du: string; au: string }) =>
    p ? `/rapports/bilan?${new URLSearchParams({ du: p.du, au: p.au })}` : '/rapports/bilan',
  conventions: '/conventions',
  conventionNouvelle: '/conventions/nouvelle',
  convention: (id = ':id') => `/conventions/${id}`,
  /** Collective actions (issue 14): list, form, page, counting at the door, evaluation. */
  actions: '/actions',
  actionNouvelle: '/actions/nouvelle',
  /** A new action serving a residents' project (the form reads `?projet=`). */
  actionPourProjet: (projetId: string) => `/actions/nouvelle?projet=${encodeURIComponent(projetId)}`,
  action: (id = ':id') => `/actions/${id}`,
  actionModifier: (id = ':id') => `/actions/${id}/modifier`,
  actionComptage: (id = ':id') => `/actions/${id}/comptage`,
  actionEvaluation: (id = ':id') => `/actions/${id}/evaluation`,
  demandeNouvelle: '/demandes/nouvelle',
  projets: '/projets',
  /** A new project; from a collective action, pre-filled with it and linked to it. */
  projetNouveau: (actionId?: string) =>
    actionId ? `/projets/nouveau?action=${encodeURIComponent(actionId)}` : '/projets/nouveau',
  projet: (id = ':id') => `/projets/${id}`,
  orientations: '/orientations',
  personnes: '/personnes',
  personne: (id = ':id') => `/personnes/${id}`,
  annuaire: '/annuaire',
  structure: '/admin/structure',
  territoires: '/admin/territoires',
  territoire: (id = ':id') => `/admin/territoires/${id}`,
  partenaires: '/admin/partenaires',
  utilisateurs: '/admin/utilisateurs',
  jetons: '/admin/jetons',
  journal: '/admin/journal',
  confidentialite: '/admin/confidentialite',
} as const;
