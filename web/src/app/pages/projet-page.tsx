import { canWriteActions } from '@domain/actions/action.rules';
import { canAddEtapeProjet, canManageProjet } from '@domain/projets/projet.rules';
import { PROJET_STATUT_LABELS } from '@domain/projets/projet.taxonomies';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { SectionCard } from '../../components/ui/section-card';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useActionOrigine } from '../../features/projets/api/get-action-origine';
import { useProjet } from '../../features/projets/api/get-projet';
import { EtapeForm } from '../../features/projets/components/etape-form';
import { FinancementForm } from '../../features/projets/components/financement-form';
import { ProjetActions } from '../../features/projets/components/projet-actions';
import { ProjetDocuments } from '../../features/projets/components/projet-documents';
import { ProjetForm } from '../../features/projets/components/projet-form';
import { STATUT_COLORS } from '../../features/projets/components/projet-list';
import { ProjetTimeline, ProjetTotaux } from '../../features/projets/components/projet-timeline';
import { StatutControl } from '../../features/projets/components/statut-control';
import { territoiresQueryOptions } from '../../features/territoires/api/get-territoires';
import { formatDate } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { partenaireOptions, territoireOptions } from '../../lib/reference-options';
import { usePorteursPicker } from '../porteurs-picker';
import { useSession } from '../session';

type Ouvert = 'etape' | 'financement' | 'modifier' | null;

function ActionOrigine({ id }: { id: string }) {
  const action = useActionOrigine(id);
  return (
    <Text size="sm">
      Né de l’action{' '}
      <Anchor component={Link} to={paths.action(id)}>
        {action.data
          ? `« ${action.data.titre} » du ${formatDate(action.data.debut)}`
          : 'collective d’origine'}
      </Anchor>
    </Text>
  );
}

/** A residents' project as a timeline: steps with hours, funding, status changes; totals on top. */
export function ProjetPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const reader = { role: me.role, userId: me.user.id };
  const projet = useProjet(id);
  const territoires = useQuery(territoiresQueryOptions);
  const partenaires = usePartenaires();
  const [ouvert, setOuvert] = useState<Ouvert>(null);
  const porteurs = usePorteursPicker(
    (projet.data?.porteurs ?? []).map((p) => ({
      value: p.id,
      label: p.pseudonyme ?? 'Fiche sans consentement',
    })),
  );
  const manage = canManageProjet(me);
  const fermer = () => setOuvert(null);
  return (
    <QueryState query={projet} label="le projet">
      {(p) => {
        const qpv = territoires.data?.find((t) => t.id === p.territoireId)?.nom;
        return (
          <>
            <PageHeader
              title={p.titre}
              description={`${qpv ? `QPV ${qpv} — ` : ''}créé le ${formatDate(p.creeLe)}`}
              action={
                manage ? (
                  <Button variant="light" onClick={() => setOuvert('modifier')}>
                    Modifier
                  </Button>
                ) : null
              }
            />
            <Stack gap="lg">
              <Group gap="sm" wrap="wrap">
                <Badge size="lg" color={STATUT_COLORS[p.statut]} variant="light">
                  {PROJET_STATUT_LABELS[p.statut]}
                </Badge>
                {manage ? <StatutControl key={p.statut} projet={p} /> : null}
              </Group>
              <ProjetTotaux totaux={p.totaux} />
              <SectionCard id="projet-fiche" title="Le projet">
                <Stack gap={6}>
                  {p.description ? <Text style={{ overflowWrap: 'anywhere' }}>{p.description}</Text> : null}
                  <Text size="sm">
                    Porté par :{' '}
                    {p.porteurs.length
                      ? p.porteurs.map((x) => x.pseudonyme ?? 'une personne (consentement retiré)').join(', ')
                      : 'aucun·e habitant·e enregistré·e'}
                  </Text>
                  <Text size="sm">
                    Partenaires :{' '}
                    {p.partenaires.length ? p.partenaires.map((x) => x.nom).join(', ') : 'aucun'}
                  </Text>
                  {p.actionOrigineId ? <ActionOrigine id={p.actionOrigineId} /> : null}
                </Stack>
              </SectionCard>
              <ProjetActions projet={p} canOrganise={canWriteActions(me)} />
              <ProjetDocuments projetId={p.id} canAdd={canAddEtapeProjet(me)} canRemove={manage} />
              <Group gap="sm" wrap="wrap">
                {canAddEtapeProjet(me) ? (
                  <Button onClick={() => setOuvert('etape')}>Ajouter une étape</Button>
                ) : null}
                {manage ? (
                  <Button variant="light" onClick={() => setOuvert('financement')}>
                    Ajouter un financement
                  </Button>
                ) : null}
              </Group>
              <section aria-labelledby="projet-chronologie">
                <Title order={2} size="h3" id="projet-chronologie" mb="sm">
                  Chronologie
                </Title>
                <ProjetTimeline projet={p} me={reader} />
              </section>
            </Stack>
            <FormModal opened={ouvert === 'etape'} onClose={fermer} title="Nouvelle étape d’accompagnement">
              <EtapeForm
                projetId={p.id}
                mediateurIds={me.role === 'mediateur' ? [me.user.id] : []}
                // The step shows at the top of the timeline: no other message.
                onDone={fermer}
              />
            </FormModal>
            <FormModal opened={ouvert === 'financement'} onClose={fermer} title="Nouveau financement">
              <FinancementForm
                projetId={p.id}
                partenaires={partenaireOptions(partenaires.data)}
                onDone={fermer}
              />
            </FormModal>
            <FormModal opened={ouvert === 'modifier'} onClose={fermer} title={`Modifier « ${p.titre} »`}>
              {ouvert === 'modifier' ? (
                <ProjetForm
                  projet={p}
                  territoires={territoireOptions(territoires.data)}
                  partenaires={partenaireOptions(partenaires.data)}
                  porteurs={porteurs}
                  onCancel={fermer}
                  onDone={fermer}
                />
              ) : null}
            </FormModal>
          </>
        );
      }}
    </QueryState>
  );
}
