import { canOpenSituation, canSeeTeamLoad } from '@domain/situations/situation.rules';
import type { SituationView } from '@domain/situations/situation.schema';
import {
  OUTCOME_LABELS,
  SAISINE_PAR_LABELS,
  SITUATION_KIND_LABELS,
  SITUATION_LINK_KIND_LABELS,
} from '@domain/situations/situation.taxonomies';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useSituation } from '../../features/situations/api/get-situation';
import { useTeamLoad } from '../../features/situations/api/get-team-load';
import { AgreementPanel } from '../../features/situations/components/agreement-panel';
import { AssignmentForm } from '../../features/situations/components/assignment-form';
import { ClosurePanel } from '../../features/situations/components/closure-panel';
import { frDay } from '../../features/situations/components/options';
import { PartiesPanel } from '../../features/situations/components/parties-panel';
import {
  type SituationAction,
  SituationActions,
} from '../../features/situations/components/situation-actions';
import { OverdueBadge, StatusBadge } from '../../features/situations/components/situation-status';
import { SituationTimeline } from '../../features/situations/components/situation-timeline';
import { StepForm } from '../../features/situations/components/step-form';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Detail({ s }: { s: SituationView }) {
  const me = useSession();
  const coordination = canSeeTeamLoad(me);
  const load = useTeamLoad(coordination && s.accesNotes);
  const editable = s.accesNotes && canOpenSituation(me);
  const open = s.statut !== 'cloturee';
  const [action, setAction] = useState<SituationAction | null>(null);
  const done = () => setAction(null);
  const actions: SituationAction[] =
    editable && open
      ? s.kind === 'intrafamilial'
        ? ['etape', 'cloture']
        : ['etape', 'accord', 'cloture']
      : [];
  const name = (id: string) => s.mediateurs?.find((m) => m.mediateurId === id)?.nom ?? 'Médiateur·rice';
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <StatusBadge statut={s.statut} />
        {s.suiviEnRetard ? <OverdueBadge /> : null}
        <Text size="sm" c="dimmed">
          {s.qpvCode}
          {s.dateSaisine ? ` · saisine le ${frDay(s.dateSaisine)}` : ''}
          {s.saisinePar ? ` · par ${SAISINE_PAR_LABELS[s.saisinePar].toLowerCase()}` : ''}
          {s.dateSuivi ? ` · suivi prévu le ${frDay(s.dateSuivi)}` : ''}
        </Text>
      </Group>
      {!s.accesNotes ? (
        <Card withBorder radius="md" padding="md">
          {me.role === 'partenaire' ? (
            <Stack gap="xs">
              <Text size="sm">
                Votre organisation a saisi l’équipe de médiation. Les échanges restent confidentiels : vous
                voyez le statut, et l’issue si les parties ont accepté qu’elle vous soit communiquée.
              </Text>
              {s.issue ? (
                <Text>
                  Issue : <strong>{OUTCOME_LABELS[s.issue]}</strong>
                </Text>
              ) : null}
            </Stack>
          ) : (
            <Text size="sm">
              Cette situation est suivie par d’autres médiateurs. Ses notes et ses parties sont
              confidentielles : seuls l’équipe chargée, la coordination et la direction les lisent.
            </Text>
          )}
        </Card>
      ) : (
        <>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.description}</Text>
          {s.liens?.length ? (
            <Text size="sm" c="dimmed">
              Liée à : {s.liens.map((l) => SITUATION_LINK_KIND_LABELS[l.kind].toLowerCase()).join(', ')}
            </Text>
          ) : null}
          {actions.length ? (
            <SituationActions actions={actions} current={action} onChange={setAction} />
          ) : null}
          <Section id="equipe" title="Équipe">
            <Text size="sm" mb="xs">
              {(s.mediateurs ?? []).map((m) => m.nom).join(', ') || 'Aucun médiateur attribué.'}
            </Text>
            {(s.mediateurs ?? [])
              .filter((m) => m.justification)
              .map((m) => (
                <Text key={m.mediateurId} size="sm" c="orange.9">
                  Lien déclaré pour {m.nom} — justification : {m.justification}
                </Text>
              ))}
            {coordination && load.data ? (
              <AssignmentForm
                situation={s}
                mediatorOptions={load.data.map((m) => ({ value: m.mediateurId, label: m.nom }))}
              />
            ) : null}
          </Section>
          <Section id="parties" title="Parties et consentements">
            <PartiesPanel situation={s} editable={editable && open} />
          </Section>
          <Section id="etapes" title="Étapes">
            <Stack gap="md">
              <SituationTimeline steps={s.etapes ?? []} mediatorName={name} />
              <div id="action-etape">
                {action === 'etape' ? <StepForm situation={s} onDone={done} /> : null}
              </div>
            </Stack>
          </Section>
          <Section id="accord" title="Accord">
            <div id="action-accord">
              <AgreementPanel situation={s} editable={action === 'accord'} onDone={done} />
            </div>
          </Section>
          <Section id="cloture" title={open ? 'Clôture' : 'Clôturée'}>
            <div id="action-cloture">
              <ClosurePanel situation={s} editable={open ? action === 'cloture' : editable} onDone={done} />
            </div>
          </Section>
        </>
      )}
    </Stack>
  );
}

/** One situation: what the reader may see of it, and the actions of the team in charge. */
export function SituationPage() {
  const { id = '' } = useParams();
  const situation = useSituation(id);
  return (
    <>
      <PageHeader
        title={situation.data ? SITUATION_KIND_LABELS[situation.data.kind] : 'Situation'}
        description={
          <Anchor component={Link} to={paths.situations} size="sm">
            ← Toutes les situations
          </Anchor>
        }
      />
      <QueryState query={situation} label="la situation">
        {(s) => <Detail s={s} />}
      </QueryState>
    </>
  );
}
