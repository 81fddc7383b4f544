import { Anchor, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { InlineError } from '../../../components/ui/form-alert';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { ApiError } from '../../../lib/api-client';
import type { Option } from '../../../lib/reference-options';
import { feuilleEmargementUrl, useDesinscrire, useInscriptions, useInscrire } from '../api/inscriptions';

/** The accueil's files with a consent in force, found by pseudonym (given by the page). */
export interface PersonnePicker {
  options: Option[];
  onSearch: (q: string) => void;
}

/**
 * Named registration (issue 14, part 2), optional: pseudonyms of the accueil's files with a
 * consent in force; the attendance sheet to print (no signature asked). The list is read when
 * opened, not with the page: reading it is audited.
 */
export function ActionInscriptions({
  actionId,
  canWrite,
  picker,
}: {
  actionId: string;
  canWrite: boolean;
  picker?: PersonnePicker;
}) {
  const [ouvert, setOuvert] = useState(false);
  const inscriptions = useInscriptions(actionId, ouvert);
  const inscrire = useInscrire(actionId);
  const retirer = useDesinscrire(actionId);
  const [choix, setChoix] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(e instanceof ApiError ? e.message : 'Le serveur ne répond pas.');
  return (
    <SectionCard id="action-inscriptions" title="Inscriptions et émargement">
      <Stack gap="sm">
        <Text size="sm">
          Facultatif : inscrire des personnes suivies à l’accueil (sous leur pseudonyme, avec leur
          consentement). La feuille d’émargement se remplit à la main, sans signature.
        </Text>
        <Anchor href={feuilleEmargementUrl(actionId)} target="_blank" rel="noopener">
          Feuille d’émargement (PDF)
        </Anchor>
        {ouvert ? (
          <QueryState query={inscriptions} label="les inscriptions">
            {(rows) =>
              rows.length ? (
                <List spacing={4}>
                  {rows.map((r) => (
                    <List.Item key={r.personneId}>
                      <Group gap="xs" wrap="nowrap">
                        <Text span>{r.pseudonyme}</Text>
                        {canWrite ? (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={`Retirer l’inscription de ${r.pseudonyme}`}
                            onClick={() => retirer.mutate(r.personneId, { onError })}
                          >
                            Retirer
                          </Button>
                        ) : null}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">Personne n’est inscrit·e.</Text>
              )
            }
          </QueryState>
        ) : (
          <Button variant="default" onClick={() => setOuvert(true)} style={{ alignSelf: 'flex-start' }}>
            Voir les inscrit·es
          </Button>
        )}
        {ouvert && canWrite && picker ? (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label="Inscrire une personne (pseudonyme)"
              placeholder="Rechercher une fiche"
              searchable
              data={picker.options}
              value={choix}
              onChange={setChoix}
              onSearchChange={picker.onSearch}
              nothingFoundMessage="Aucune fiche avec un consentement en cours"
            />
            <Button
              disabled={!choix}
              loading={inscrire.isPending}
              onClick={() => {
                setError(null);
                if (choix) inscrire.mutate(choix, { onSuccess: () => setChoix(null), onError });
              }}
            >
              Inscrire
            </Button>
          </Group>
        ) : null}
        <InlineError message={error} />
      </Stack>
    </SectionCard>
  );
}
