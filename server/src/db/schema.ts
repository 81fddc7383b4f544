// Every table of Trame, re-exported for Drizzle and drizzle-kit.

export * from '../features/accueil/accueil.table';
export * from '../features/actions/actions.table';
export * from '../features/alertes/alertes.table';
export * from '../features/annuaire/annuaire.table';
export * from '../features/auth/deuxieme-facteur.table';
export * from '../features/auth/proconnect.table';
export * from '../features/auth/sessions.table';
export * from '../features/conventions/conventions.table';
export * from '../features/journal/audit.table';
export * from '../features/main-courante/main-courante.table';
export * from '../features/partenaires/partenaires.table';
export * from '../features/partenaires/partner-territories.table';
export * from '../features/planning/planning.table';
export * from '../features/projets/projets.table';
export * from '../features/rapports/rapports.table';
export * from '../features/signalements/signalements.table';
export * from '../features/situations/situations.table';
export * from '../features/structures/structures.table';
export * from '../features/territoires/territoires.table';
export * from '../features/utilisateurs/users.table';
