import { isStaff } from '@domain/auth/roles';
import { canOpenSituation, canSeeTeamLoad } from '@domain/situations/situation.rules';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { QueryState } from '../../components/ui/query-state';
import { useIsDesktop } from '../../components/ui/use-is-desktop';
import { useSuiteDe } from '../../features/actions/api/lier-suite';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import {
  type SituationFilters as Filters,
  useSituations,
} from '../../features/situations/api/get-situations';
import { useTeamLoad } from '../../features/situations/api/get-team-load';
import { DeclarationsPanel } from '../../features/situations/components/declarations-panel';
import { SituationFilters } from '../../features/situations/components/situation-filters';
import { SituationForm } from '../../features/situations/components/situation-form';
import { SituationList } from '../../features/situations/components/situation-list';
import { TeamLoadList } from '../../features/situations/components/team-load-list';
import { territoiresQueryOptions } from '../../features/territoires/api/get-territoires';
import { useDepuisObservation } from '../../lib/depuis-observation';
import { paths } from '../../lib/paths';
import { lieuOptions, partenaireOptions } from '../../lib/reference-options';
import { queryFlag } from '../../lib/url-filters';
import { useSession } from '../session';

/** Working lists of situations; coordination also sees the team's load. `?contact=<id>` or `?observation=<id>` opens one from the main courante. */
export function SituationsPage() {
  const me = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const contactId = params.get('contact');
  const observationId = params.get('observation');
  const origine = contactId
    ? { kind: 'contact' as const, id: contactId }
    : observationId
      ? { kind: 'observation' as const, id: observationId }
      : null;
  const canOpen = canOpenSituation(me);
  // Opened from the veille list: the observation's QPV, place and note (history state, not the URL).
  const depuis = useDepuisObservation();
  const prefill =
    depuis && depuis.id === observationId
      ? { territoireId: depuis.territoireId, lieuId: depuis.lieuId, description: depuis.note }
      : null;
  const coordination = canSeeTeamLoad(me);
  // `?mine=` and `?enRetard=` come from the counts of « Aujourd'hui ».
  const [filters, setFilters] = useState<Filters>(() => ({
    mine: queryFlag(params, 'mine') ?? me.role === 'mediateur',
    statut: 'ouvertes',
    territoireId: null,
    enRetard: queryFlag(params, 'enRetard') ?? false,
  }));
  // Opened from a collective action (`?action=`): the new situation is linked to it (ADR 037).
  const suite = useSuiteDe('situation');
  const [opening, setOpening] = useState(canOpen && (origine !== null || suite !== null));
  const situations = useSituations(filters);
  // Partner accounts read neither the territories nor the directory: only their referrals.
  const staff = isStaff(me);
  const territoires = useQuery({ ...territoiresQueryOptions, enabled: staff });
  const load = useTeamLoad(coordination);
  // At phone width the team-load cards fold away (issue 11, point 6); tables stay open on desktop.
  const desktop = useIsDesktop();
  const [loadOpen, setLoadOpen] = useState(false);
  const partenaires = useQuery({ ...partenairesQueryOptions(), enabled: canOpen });
  const qpvOptions = (territoires.data ?? []).map((t) => ({
    value: t.id,
    label: `${t.nom} (${t.qpvCode})`,
    lieux: lieuOptions(t),
  }));
  const close = () => {
    setOpening(false);
    if (origine || suite) setParams({});
  };

  return (
    <>
      <PageHeader
        title="Situations"
        description="Conflits et situations suivis dans le temps. Les notes restent confidentielles à l’équipe chargée."
        action={canOpen ? <Button onClick={() => setOpening(true)}>Ouvrir une situation</Button> : undefined}
      />
      <Stack gap="lg">
        {coordination ? (
          <Stack gap="xs" component="section" aria-labelledby="charge-equipe">
            <Title order={2} size="h4" id="charge-equipe">
              Charge de l’équipe
            </Title>
            {desktop ? null : (
              <Button
                variant="light"
                onClick={() => setLoadOpen((o) => !o)}
                aria-expanded={loadOpen}
                aria-controls="charge-equipe-liste"
                style={{ alignSelf: 'flex-start' }}
              >
                {loadOpen
                  ? 'Masquer la charge'
                  : `Voir la charge${load.data ? ` (${load.data.length} médiateurs)` : ''}`}
              </Button>
            )}
            <div id="charge-equipe-liste" hidden={!desktop && !loadOpen}>
              {desktop || loadOpen ? (
                <QueryState query={load} label="la charge de l’équipe">
                  {(rows) => <TeamLoadList rows={rows} />}
                </QueryState>
              ) : null}
            </div>
          </Stack>
        ) : null}
        <Stack gap="sm" component="section" aria-labelledby="liste-situations">
          <Title order={2} size="h4" id="liste-situations">
            {filters.mine ? 'Mes situations' : 'Situations'}
          </Title>
          {staff ? (
            <SituationFilters
              value={filters}
              onChange={setFilters}
              qpvOptions={qpvOptions}
              showMine={me.role === 'mediateur'}
            />
          ) : null}
          <PagedList
            query={situations}
            label="les situations"
            noun={['situation', 'situations']}
            empty="Aucune situation ne correspond à ces filtres."
          >
            {(rows) => <SituationList rows={rows} href={paths.situation} />}
          </PagedList>
        </Stack>
        {me.role === 'mediateur' ? (
          <Stack gap="xs" component="section" aria-labelledby="mes-liens">
            <Title order={2} size="h4" id="mes-liens">
              Mes liens déclarés (impartialité)
            </Title>
            <Text size="sm" c="dimmed">
              Un lien avec un lieu (vous y habitez, famille, amis) : la coordination en est avertie avant de
              vous confier une situation à cet endroit.
            </Text>
            <DeclarationsPanel lieuOptions={qpvOptions.flatMap((q) => q.lieux)} />
          </Stack>
        ) : null}
      </Stack>
      <FormModal opened={opening} onClose={close} title="Ouvrir une situation" size="xl">
        {opening ? (
          <SituationForm
            qpvOptions={qpvOptions}
            mediatorOptions={
              coordination ? (load.data ?? []).map((m) => ({ value: m.mediateurId, label: m.nom })) : null
            }
            partnerOptions={partenaireOptions(partenaires.data)}
            origine={origine}
            prefill={prefill}
            onCancel={close}
            onDone={async (s) => {
              if (suite) await suite.lier(s.id);
              navigate(suite ? paths.action(suite.actionId) : paths.situation(s.id));
            }}
          />
        ) : null}
      </FormModal>
    </>
  );
}
