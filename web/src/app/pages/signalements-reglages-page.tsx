import { canManageOpen311Keys } from '@domain/signalements/signalement.rules';
import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import { useClesOpen311 } from '../../features/signalements/api/get-cles-open311';
import { useRegles } from '../../features/signalements/api/get-regles';
import { ClesOpen311Panel } from '../../features/signalements/components/cles-open311-panel';
import { DiagnosticsPanel } from '../../features/signalements/components/diagnostics-panel';
import { ReglesPanel } from '../../features/signalements/components/regles-panel';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { allLieuOptions, partenaireOptions, territoireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/** Routing rules, diagnostics en marchant (coordination) and Open311 keys (admins). */
export function SignalementsReglagesPage() {
  const me = useSession();
  const regles = useRegles();
  const territoires = useTerritoires();
  const partenaires = useQuery(partenairesQueryOptions());
  const admin = canManageOpen311Keys(me);
  const cles = useClesOpen311(admin);
  const terr = territoires.data ?? [];
  return (
    <>
      <PageHeader
        title="Réglages des signalements"
        description="Qui reçoit quoi : le partenaire propre d’un lieu passe d’abord, puis la règle du lieu, puis celle du QPV ; sinon la coordination."
      />
      <Stack gap="xl">
        <Stack gap="xs" component="section" aria-labelledby="regles">
          <Title order={2} size="h4" id="regles">
            Règles de routage
          </Title>
          <QueryState query={regles} label="les règles">
            {(rows) => (
              <ReglesPanel
                regles={rows}
                territoires={territoireOptions(terr, true)}
                lieux={allLieuOptions(terr)}
                partenaires={partenaireOptions(partenaires.data)}
              />
            )}
          </QueryState>
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="diagnostics">
          <Title order={2} size="h4" id="diagnostics">
            Diagnostics en marchant
          </Title>
          <DiagnosticsPanel
            territoires={territoireOptions(terr, true)}
            partenaires={partenaireOptions(partenaires.data)}
          />
        </Stack>
        {admin ? (
          <Stack gap="xs" component="section" aria-labelledby="open311">
            <Title order={2} size="h4" id="open311">
              Open311 (GeoReport v2)
            </Title>
            <QueryState query={cles} label="les clés Open311">
              {(rows) => <ClesOpen311Panel cles={rows} />}
            </QueryState>
          </Stack>
        ) : null}
      </Stack>
    </>
  );
}
