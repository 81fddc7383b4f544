import { canReadAccueil, canReadOrientations, canRecordAccueil } from '@domain/accueil/accueil.rules';
import { canReadActions, canWriteActions } from '@domain/actions/action.rules';
import { canFollowAlertes } from '@domain/alertes/alerte.rules';
import { canManageStructure, canManageUsers, canReadAuditLog, isStaff } from '@domain/auth/roles';
import { canManageConventions, canReadConventions } from '@domain/conventions/convention.rules';
import { canImportMainCourante, canLogActivite } from '@domain/main-courante/activite.rules';
import { canReadPlanning } from '@domain/planning/planning.rules';
import { canCreateProjet, canReadProjets } from '@domain/projets/projet.rules';
import { canReadRapport } from '@domain/rapports/rapport.rules';
import { canCaptureSignalement, canManageSignalements } from '@domain/signalements/signalement.rules';
import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { NotFoundPage } from './pages/not-found-page';
import { RequireAuth, RequireRole } from './session';
import { AppLayout } from './shell/app-layout';

// Pages load on demand: the first screen stays small on a phone network (the Suspense around
// them is in AppLayout and in AppRoutes).
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] as ComponentType }));
  return { element: <Page /> };
};

const adminRoutes = (
  allowed: Parameters<typeof RequireRole>[0]['allowed'],
  children: RouteObject[],
): RouteObject => ({
  element: <RequireRole allowed={allowed} />,
  children,
});

/** Every route of the app, for `useRoutes` under a BrowserRouter (app-routes.tsx). */
export const routes: RouteObject[] = [
  { path: paths.connexion, ...page(() => import('./pages/login-page'), 'LoginPage') },
  { path: paths.activation(), ...page(() => import('./pages/activation-page'), 'ActivationPage') },
  {
    path: paths.motDePasseOublie,
    ...page(() => import('./pages/mot-de-passe-oublie-page'), 'MotDePasseOubliePage'),
  },
  {
    path: paths.lienSignalement(),
    ...page(() => import('./pages/signalement-lien-page'), 'SignalementLienPage'),
  },
  { path: paths.agenda(), ...page(() => import('./pages/agenda-page'), 'AgendaPage') },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, ...page(() => import('./pages/home-page'), 'HomePage') },
          adminRoutes(canLogActivite, [
            { path: paths.tournee, ...page(() => import('./pages/tournee-page'), 'TourneePage') },
          ]),
          adminRoutes(canReadPlanning, [
            { path: paths.planning, ...page(() => import('./pages/planning-page'), 'PlanningPage') },
            {
              path: paths.planningMois,
              ...page(() => import('./pages/planning-mois-page'), 'PlanningMoisPage'),
            },
            {
              path: paths.maSemaine,
              ...page(() => import('./pages/ma-semaine-page'), 'MaSemainePage'),
            },
          ]),
          adminRoutes(canFollowAlertes, [
            { path: paths.alertes, ...page(() => import('./pages/alertes-page'), 'AlertesPage') },
          ]),
          adminRoutes(isStaff, [
            {
              path: paths.mainCourante,
              ...page(() => import('./pages/main-courante-page'), 'MainCourantePage'),
            },
            { path: paths.activite(), ...page(() => import('./pages/activite-page'), 'ActivitePage') },
            {
              path: paths.observations,
              ...page(() => import('./pages/observations-page'), 'ObservationsPage'),
            },
          ]),
          adminRoutes(canReadActions, [
            { path: paths.actions, ...page(() => import('./pages/actions-page'), 'ActionsPage') },
            { path: paths.action(), ...page(() => import('./pages/action-page'), 'ActionPage') },
          ]),
          adminRoutes(canWriteActions, [
            {
              path: paths.actionNouvelle,
              ...page(() => import('./pages/action-form-page'), 'ActionNouvellePage'),
            },
            {
              path: paths.actionModifier(),
              ...page(() => import('./pages/action-form-page'), 'ActionModifierPage'),
            },
            {
              path: paths.actionComptage(),
              ...page(() => import('./pages/action-comptage-page'), 'ActionComptagePage'),
            },
            {
              path: paths.actionEvaluation(),
              ...page(() => import('./pages/action-evaluation-page'), 'ActionEvaluationPage'),
            },
          ]),
          adminRoutes(canReadRapport, [
            { path: paths.rapports, ...page(() => import('./pages/rapports-page'), 'RapportsPage') },
            {
              path: paths.rapportsBilan(),
              ...page(() => import('./pages/rapport-bilan-page'), 'RapportBilanPage'),
            },
          ]),
          adminRoutes(canReadConventions, [
            { path: paths.conventions, ...page(() => import('./pages/conventions-page'), 'ConventionsPage') },
            { path: paths.convention(), ...page(() => import('./pages/convention-page'), 'ConventionPage') },
          ]),
          adminRoutes(canManageConventions, [
            {
              path: paths.conventionNouvelle,
              ...page(() => import('./pages/convention-nouvelle-page'), 'ConventionNouvellePage'),
            },
          ]),
          adminRoutes(canReadProjets, [
            { path: paths.projets, ...page(() => import('./pages/projets-page'), 'ProjetsPage') },
            { path: paths.projet(), ...page(() => import('./pages/projet-page'), 'ProjetPage') },
          ]),
          adminRoutes(canCreateProjet, [
            {
              path: paths.projetNouveau(),
              ...page(() => import('./pages/projet-nouveau-page'), 'ProjetNouveauPage'),
            },
          ]),
          adminRoutes(canImportMainCourante, [
            {
              path: paths.mainCouranteImport,
              ...page(() => import('./pages/main-courante-import-page'), 'MainCouranteImportPage'),
            },
          ]),
          { path: paths.situations, ...page(() => import('./pages/situations-page'), 'SituationsPage') },
          { path: paths.situation(), ...page(() => import('./pages/situation-page'), 'SituationPage') },
          {
            path: paths.signalements,
            ...page(() => import('./pages/signalements-page'), 'SignalementsPage'),
          },
          adminRoutes(canCaptureSignalement, [
            {
              path: paths.signalementNouveau,
              ...page(() => import('./pages/signalement-capture-page'), 'SignalementCapturePage'),
            },
          ]),
          {
            path: paths.signalementsDelais,
            ...page(() => import('./pages/signalements-delais-page'), 'SignalementsDelaisPage'),
          },
          {
            path: paths.signalementsCarte,
            ...page(() => import('./pages/signalements-carte-page'), 'SignalementsCartePage'),
          },
          adminRoutes(canManageSignalements, [
            {
              path: paths.signalementsReglages,
              ...page(() => import('./pages/signalements-reglages-page'), 'SignalementsReglagesPage'),
            },
          ]),
          { path: paths.signalement(), ...page(() => import('./pages/signalement-page'), 'SignalementPage') },
          adminRoutes(canRecordAccueil, [
            {
              path: paths.demandeNouvelle,
              ...page(() => import('./pages/demande-nouvelle-page'), 'DemandeNouvellePage'),
            },
          ]),
          adminRoutes(canReadOrientations, [
            {
              path: paths.orientations,
              ...page(() => import('./pages/orientations-page'), 'OrientationsPage'),
            },
          ]),
          adminRoutes(canReadAccueil, [
            { path: paths.personnes, ...page(() => import('./pages/personnes-page'), 'PersonnesPage') },
            { path: paths.personne(), ...page(() => import('./pages/personne-page'), 'PersonnePage') },
            { path: paths.annuaire, ...page(() => import('./pages/annuaire-page'), 'AnnuairePage') },
          ]),
          { path: paths.monCompte, ...page(() => import('./pages/account-page'), 'AccountPage') },
          adminRoutes(canManageStructure, [
            { path: paths.structure, ...page(() => import('./pages/structure-page'), 'StructurePage') },
            { path: paths.territoires, ...page(() => import('./pages/territoires-page'), 'TerritoiresPage') },
            { path: paths.territoire(), ...page(() => import('./pages/territoire-page'), 'TerritoirePage') },
            { path: paths.partenaires, ...page(() => import('./pages/partenaires-page'), 'PartenairesPage') },
            {
              path: paths.confidentialite,
              ...page(() => import('./pages/confidentialite-page'), 'ConfidentialitePage'),
            },
          ]),
          adminRoutes(canManageUsers, [
            {
              path: paths.utilisateurs,
              ...page(() => import('./pages/utilisateurs-page'), 'UtilisateursPage'),
            },
          ]),
          // Every account holds its own tokens; admins see the structure's (ADR 016).
          { path: paths.jetons, ...page(() => import('./pages/jetons-page'), 'JetonsPage') },
          adminRoutes(canReadAuditLog, [
            { path: paths.journal, ...page(() => import('./pages/journal-page'), 'JournalPage') },
          ]),
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
