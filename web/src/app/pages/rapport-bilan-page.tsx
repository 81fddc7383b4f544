import { canWriteRapportTextes } from '@domain/rapports/rapport.rules';
import { rapportTextesQuerySchema } from '@domain/rapports/rapport-textes.schema';
import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useRapportTextes } from '../../features/rapports/api/get-rapport-textes';
import { BilanPeriode } from '../../features/rapports/components/bilan-periode';
import { BilanTextesForm } from '../../features/rapports/components/bilan-textes-form';
import { BilanTextesLecture } from '../../features/rapports/components/bilan-textes-lecture';
import { thisYearParis } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

/**
 * `/rapports/bilan?du=&au=`: the coordinator writes the bilan's text sections of the period
 * and downloads its documents; the other staff roles read them.
 */
export function RapportBilanPage() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const year = thisYearParis();
  const du = params.get('du') ?? `${year}-01-01`;
  const au = params.get('au') ?? `${year}-12-31`;
  const valid = rapportTextesQuerySchema.safeParse({ du, au }).success;
  const textes = useRapportTextes({ du, au }, valid);
  return (
    <>
      <PageHeader
        title="Bilan d’activité"
        description="Les textes de la coordination, imprimés dans le bilan PDF à leur place : le mot de la coordination avant les chiffres clés, les faits marquants après eux, les partenariats et les perspectives après les tableaux."
        action={
          <Anchor component={Link} to={paths.rapports} size="sm">
            Retour aux rapports
          </Anchor>
        }
      />
      <Stack gap="lg">
        <BilanPeriode du={du} au={au} valid={valid} onChange={(p) => setParams(p, { replace: true })} />
        {valid ? (
          <QueryState query={textes} label="les textes du bilan">
            {(view) =>
              canWriteRapportTextes(me) ? (
                <BilanTextesForm key={`${du}:${au}`} du={du} au={au} userId={me.user.id} saved={view} />
              ) : (
                <BilanTextesLecture view={view} />
              )
            }
          </QueryState>
        ) : (
          <Alert color="yellow">
            Choisissez une date de début et une date de fin, la fin après le début.
          </Alert>
        )}
      </Stack>
    </>
  );
}
