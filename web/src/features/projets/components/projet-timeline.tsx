import type { Actor } from '@domain/auth/roles';
import { canDeleteEtapeProjet, canManageProjet } from '@domain/projets/projet.rules';
import type { EtapeProjetView, FinancementView, ProjetView } from '@domain/projets/projet.schema';
import { ETAPE_PROJET_KIND_LABELS, PROJET_STATUT_LABELS } from '@domain/projets/projet.taxonomies';
import { jourFr } from '@domain/time/paris';
import { Badge, Paper, SimpleGrid, Text, Timeline } from '@mantine/core';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { useDeleteEtape } from '../api/delete-etape';
import { chronologie, type Evenement, eurosFr, heuresFr, reponseFinanceur } from './chronologie';
import { FinancementReponse } from './financement-reponse';

type Reader = Pick<Actor, 'role' | 'userId'>;

const REPONSE = {
  attente: { label: 'En attente de réponse', color: 'gray' },
  obtenu: { label: 'Obtenu', color: 'teal' },
  refuse: { label: 'Refusé', color: 'orange' },
} as const;

function Etape({ e, projetId, me }: { e: EtapeProjetView; projetId: string; me: Reader }) {
  const remove = useDeleteEtape(projetId);
  return (
    <>
      <Text size="sm" c="dimmed">
        {jourFr(e.date)} · {heuresFr(e.heures)} de médiation
        {e.mediateurs.length ? ` · ${e.mediateurs.map((m) => m.nom).join(', ')}` : ''}
      </Text>
      {e.note ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {e.note}
        </Text>
      ) : null}
      {canDeleteEtapeProjet(me, { createdBy: e.creePar }) ? (
        <ConfirmButton
          title="Retirer cette étape ?"
          message={`L’étape du ${jourFr(e.date)} et ses ${heuresFr(e.heures)} ne compteront plus.`}
          confirmLabel="Retirer"
          onConfirm={() => remove.mutateAsync(e.id)}
          buttonProps={{ variant: 'subtle', color: 'red' }}
          ariaLabel={`Retirer l’étape du ${jourFr(e.date)}`}
        >
          Retirer l’étape
        </ConfirmButton>
      ) : null}
    </>
  );
}

function Financement({ f, projetId, me }: { f: FinancementView; projetId: string; me: Reader }) {
  const reponse = reponseFinanceur(f);
  return (
    <>
      <Text size="sm" c="dimmed">
        {jourFr(f.date)} · {eurosFr(f.montantSollicite)} sollicités
        {reponse === 'obtenu' ? ` · ${eurosFr(f.montantObtenu ?? 0)} obtenus` : ''}
      </Text>
      <Badge color={REPONSE[reponse].color} variant="light">
        {REPONSE[reponse].label}
      </Badge>
      {reponse === 'attente' && canManageProjet(me) ? <FinancementReponse projetId={projetId} f={f} /> : null}
    </>
  );
}

function titre(e: Evenement): string {
  switch (e.type) {
    case 'creation':
      return `Projet créé (${PROJET_STATUT_LABELS[e.statut].toLowerCase()})`;
    case 'statut':
      return `Statut : ${PROJET_STATUT_LABELS[e.de].toLowerCase()} → ${PROJET_STATUT_LABELS[e.statut].toLowerCase()}`;
    case 'etape':
      return ETAPE_PROJET_KIND_LABELS[e.kind];
    case 'financement':
      return `Financement : ${e.financeur.nom}`;
  }
}

/** The project's life, newest first: steps, funding, status changes and its creation. */
export function ProjetTimeline({ projet, me }: { projet: ProjetView; me: Reader }) {
  const evenements = chronologie(projet);
  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      active={evenements.length}
      role="list"
      aria-label="Chronologie du projet"
    >
      {evenements.map((e) => (
        <Timeline.Item key={`${e.type}-${e.id}`} title={titre(e)} role="listitem">
          {e.type === 'etape' ? <Etape e={e} projetId={projet.id} me={me} /> : null}
          {e.type === 'financement' ? <Financement f={e} projetId={projet.id} me={me} /> : null}
          {e.type === 'creation' || e.type === 'statut' ? (
            <Text size="sm" c="dimmed">
              {jourFr(e.date)}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Hours of support, funding sought and obtained: what a funder asks first. */
export function ProjetTotaux({ totaux }: { totaux: ProjetView['totaux'] }) {
  const cases = [
    ['Heures de médiation', heuresFr(totaux.heures)],
    ['Financements sollicités', eurosFr(totaux.sollicite)],
    ['Financements obtenus', eurosFr(totaux.obtenu)],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" role="list" aria-label="Totaux du projet">
      {cases.map(([label, valeur]) => (
        <Paper key={label} withBorder p="sm" role="listitem">
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="lg">
            {valeur}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
