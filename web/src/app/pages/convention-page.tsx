import { canManageConventions } from '@domain/conventions/convention.rules';
import type { ConventionView } from '@domain/conventions/convention.schema';
import { isJour, ordreErreur } from '@domain/time/periode';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { type Periode, PeriodeFields } from '../../components/ui/periode-fields';
import { QueryState } from '../../components/ui/query-state';
import { useDeleteConvention } from '../../features/conventions/api/delete-convention';
import { useConventionRapport } from '../../features/conventions/api/get-convention-rapport';
import { type ConventionPeriode, conventionRapportUrl } from '../../features/conventions/api/keys';
import { ConventionForm } from '../../features/conventions/components/convention-form';
import { periodeLabel } from '../../features/conventions/components/convention-list';
import { ConventionSynthese } from '../../features/conventions/components/convention-synthese';
import { ObjectifsProgress } from '../../features/conventions/components/objectifs-progress';
import { paths } from '../../lib/paths';
import { useReferenceOptions } from '../reference-options';
import { useSession } from '../session';

/** Why this period cannot be asked for, or null. An empty field means the convention's own date. */
function periodeError(f: Periode, c: Pick<ConventionView, 'du' | 'au'>): string | null {
  if ((f.du && !isJour(f.du)) || (f.au && !isJour(f.au))) return 'Date incomplète.';
  const rule = ordreErreur(f.du || c.du, f.au || c.au);
  if (rule) return rule;
  if ((f.du && f.du > c.au) || (f.au && f.au < c.du)) return 'En dehors de la période de la convention.';
  return null;
}

function Perimetre({ c }: { c: ConventionView }) {
  if (c.territoires.length === 0 && c.lieux.length === 0) {
    return <Text size="sm">Toute la structure (aucun QPV ni lieu choisi).</Text>;
  }
  return (
    <List size="sm" spacing={2}>
      {c.territoires.map((t) => (
        <List.Item key={t.id}>
          QPV {t.nom} ({t.qpvCode})
        </List.Item>
      ))}
      {c.lieux.map((l) => (
        <List.Item key={l.id}>{l.nom}</List.Item>
      ))}
    </List>
  );
}

/** A convention: objectives against done on its perimeter and period, the bilan to download. */
export function ConventionPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const navigate = useNavigate();
  const [filtre, setFiltre] = useState<Periode>({ du: '', au: '' });
  // The period sent: only a valid one, so that a half-typed date never replaces the page by an error.
  const [periode, setPeriode] = useState<ConventionPeriode>({});
  const rapport = useConventionRapport(id, periode);
  const options = useReferenceOptions();
  const remove = useDeleteConvention();
  const [editing, setEditing] = useState(false);
  const manage = canManageConventions(me);

  return (
    <QueryState query={rapport} label="la convention">
      {({ convention: c, periode: p, objectifs, rapport: r }) => {
        const erreur = periodeError(filtre, c);
        const change = (next: Periode) => {
          setFiltre(next);
          if (!periodeError(next, c)) setPeriode({ du: next.du || undefined, au: next.au || undefined });
        };
        return (
          <>
            <PageHeader
              title={c.nom}
              description={`Financeur : ${c.partenaire.nom} — ${periodeLabel(c)}${c.reference ? ` — Réf. ${c.reference}` : ''}`}
              action={
                manage ? (
                  <Group gap="xs">
                    <Button variant="light" onClick={() => setEditing(true)} disabled={!options.query.data}>
                      Modifier
                    </Button>
                    <ConfirmButton
                      title="Supprimer cette convention ?"
                      message={`« ${c.nom} » sera supprimée avec ses objectifs. Les activités de la main courante restent.`}
                      confirmLabel="Supprimer"
                      onConfirm={async () => {
                        await remove.mutateAsync(c.id);
                        notifications.show({ color: 'teal', title: 'Convention supprimée', message: c.nom });
                        navigate(paths.conventions);
                      }}
                    >
                      Supprimer
                    </ConfirmButton>
                  </Group>
                ) : null
              }
            />
            <Stack gap="lg">
              <Stack gap={4}>
                <Title order={2} size="h4">
                  Périmètre
                </Title>
                <Perimetre c={c} />
                {c.commentaire ? (
                  <Text size="sm" c="dimmed">
                    {c.commentaire}
                  </Text>
                ) : null}
              </Stack>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <PeriodeFields
                  value={filtre}
                  onChange={change}
                  bornes={{ min: c.du, max: c.au }}
                  erreur={erreur}
                  w={170}
                />
                <Button variant="default" onClick={() => change({ du: '', au: '' })}>
                  Toute la convention
                </Button>
              </Group>
              <Text size="sm">
                {erreur
                  ? `Corrigez la période : les chiffres ci-dessous restent ceux ${periodeLabel(p)}.`
                  : `Chiffres ${periodeLabel(p)}.`}
              </Text>
              {/* A wrong period downloads nothing rather than the figures of another one. */}
              <Group
                gap="sm"
                aria-label="Télécharger le bilan de la convention"
                role="group"
                display={erreur ? 'none' : undefined}
              >
                {(
                  [
                    ['pdf', 'Bilan PDF'],
                    ['xlsx', 'Tableur XLSX'],
                    ['csv', 'CSV'],
                  ] as const
                ).map(([format, label]) => (
                  <Button
                    key={format}
                    component="a"
                    href={conventionRapportUrl(c.id, periode, format)}
                    download
                    variant={format === 'pdf' ? 'filled' : 'default'}
                  >
                    {label}
                  </Button>
                ))}
              </Group>
              <section aria-labelledby="conv-objectifs">
                <Title order={2} size="h3" id="conv-objectifs" mb="sm">
                  Objectifs : réalisé et cible
                </Title>
                <ObjectifsProgress objectifs={objectifs} />
              </section>
              {r.presence.activites === 0 ? (
                <Alert color="gray">Aucune activité du périmètre sur cette période.</Alert>
              ) : null}
              <ConventionSynthese rapport={r} qpvNoms={options.qpvNoms} />
            </Stack>
            <FormModal
              opened={editing}
              onClose={() => setEditing(false)}
              title={`Modifier « ${c.nom} »`}
              size="xl"
            >
              {editing && options.query.data ? (
                <ConventionForm
                  convention={c}
                  financeurs={options.financeurs}
                  territoires={options.territoires}
                  lieux={options.lieux}
                  onCancel={() => setEditing(false)}
                  onDone={(saved) => {
                    setEditing(false);
                    notifications.show({ color: 'teal', title: 'Convention modifiée', message: saved.nom });
                  }}
                />
              ) : null}
            </FormModal>
          </>
        );
      }}
    </QueryState>
  );
}
