import {
  type RapportTextes,
  type RapportTextesView,
  rapportTextesSaveSchema,
  TEXTE_SECTION_INFO,
  TEXTE_SECTIONS,
  type TexteSection,
} from '@domain/rapports/rapport-textes.schema';
import { Alert, Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { IconCheck } from '../../../components/ui/icons';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { frenchParse } from '../../../lib/form';
import { useSaveRapportTextes } from '../api/save-rapport-textes';
import { useBrouillon } from './use-brouillon';

type Valeurs = Record<TexteSection, string>;

const valeurs = (s: RapportTextes): Valeurs =>
  Object.fromEntries(TEXTE_SECTIONS.map((k) => [k, s[k] ?? ''])) as Valeurs;
const memes = (a: Valeurs, b: Valeurs) => TEXTE_SECTIONS.every((k) => a[k].trim() === b[k].trim());
const heure = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
const milliers = (n: number) => n.toLocaleString('fr-FR');
/** Mantine names a field's hint and error `${id}-description` and `${id}-error`. */
const champId = (s: TexteSection) => `texte-${s}`;

/**
 * One field per section of the bilan. What is typed is kept on this device at each keystroke
 * (said under the fields); Save sends every section, an empty one is removed from the bilan.
 */
export function BilanTextesForm({
  du,
  au,
  userId,
  saved,
}: {
  du: string;
  au: string;
  userId: string;
  saved: RapportTextesView;
}) {
  const { brouillon, garder, effacer, stockable } = useBrouillon(userId, du, au);
  const [serveur, setServeur] = useState(() => valeurs(saved.sections));
  const [values, setValues] = useState<Valeurs>(() =>
    brouillon ? { ...serveur, ...valeurs(brouillon.sections) } : serveur,
  );
  // The time of the draft found on arrival, kept while typing updates the draft.
  const [repris, setRepris] = useState(() =>
    brouillon !== null && !memes(values, serveur) ? brouillon.at : null,
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [resultat, setResultat] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useSaveRapportTextes();
  const dirty = !memes(values, serveur);
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;

  const change = (s: TexteSection, v: string) => {
    const next = { ...values, [s]: v };
    setValues(next);
    garder(next);
    setResultat(null);
    setErrors(({ [`sections.${s}`]: _gone, ...rest }) => rest);
  };
  const revenir = () => {
    effacer();
    setValues(serveur);
    setRepris(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { du, au, sections: values };
    const parsed = frenchParse(rapportTextesSaveSchema, input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
      const trop = TEXTE_SECTIONS.filter((k) => parsed.error.issues.some((i) => i.path[1] === k));
      setResultat({
        ok: false,
        text: `Texte trop long : ${trop.map((k) => `« ${TEXTE_SECTION_INFO[k].label} »`).join(', ')}. Raccourcissez avant d’enregistrer.`,
      });
      if (trop[0]) document.getElementById(champId(trop[0]))?.focus();
      return;
    }
    save.mutate(input, {
      onSuccess: (view) => {
        const next = valeurs(view.sections);
        effacer();
        setServeur(next);
        setValues(next);
        setRepris(null);
        setErrors({});
        setResultat({
          ok: true,
          text: `Textes enregistrés le ${heure(view.updatedAt ?? new Date().toISOString())}. Ils figurent dans le bilan PDF et XLSX de la période.`,
        });
      },
      onError: (err) => {
        if (err instanceof ApiError) {
          setErrors(Object.fromEntries(err.fieldIssues.map((f) => [f.champ, f.message])));
        }
        setResultat({
          ok: false,
          text: `${errorMessage(err)} Vos textes restent gardés sur cet appareil : réessayez dès que possible.`,
        });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Textes du bilan">
      <Stack gap="lg">
        {repris ? (
          <Alert color="blue" variant="light" title="Brouillon repris" role="status">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Vos modifications non enregistrées du {heure(repris)} ont été restaurées depuis cet appareil.
              </Text>
              <Button size="xs" variant="default" onClick={revenir}>
                Revenir au texte enregistré
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {TEXTE_SECTIONS.map((s) => {
          const info = TEXTE_SECTION_INFO[s];
          const longueur = values[s].trim().length;
          return (
            <Stack key={s} gap={4}>
              <Textarea
                id={champId(s)}
                label={info.label}
                description={info.hint}
                value={values[s]}
                onChange={(e) => change(s, e.currentTarget.value)}
                error={errors[`sections.${s}`]}
                autosize
                minRows={4}
                // On a phone the field scrolls inside itself rather than growing under the save bar.
                maxRows={isPhone ? 8 : 18}
                // The hint, the error and the counter are all read with the field.
                aria-describedby={[
                  `${champId(s)}-description`,
                  errors[`sections.${s}`] ? `${champId(s)}-error` : null,
                  `compteur-${s}`,
                ]
                  .filter(Boolean)
                  .join(' ')}
              />
              <Text id={`compteur-${s}`} size="xs" c={longueur > info.max ? 'red.8' : 'dimmed'} ta="right">
                {milliers(longueur)} / {milliers(info.max)} caractères
              </Text>
            </Stack>
          );
        })}
        <Box
          pos="sticky"
          // Above the phone's bottom navigation bar (AppShell footer), at the thumb.
          bottom="var(--app-shell-footer-offset, 0px)"
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          <Stack gap="xs">
            {save.isPaused ? (
              // TanStack Query holds the save while the browser is offline and sends it on return.
              <Alert color="yellow" variant="light" role="status" p="xs">
                Pas de connexion : vos textes sont gardés sur cet appareil et seront enregistrés dès le retour
                du réseau.
              </Alert>
            ) : resultat?.ok ? (
              <Alert color="teal" variant="light" icon={<IconCheck />} role="status" p="xs">
                {resultat.text}
              </Alert>
            ) : resultat ? (
              <FormAlert message={resultat.text} />
            ) : (
              <Text size="sm" role="status" aria-live="polite" c={stockable ? 'dimmed' : 'red.8'}>
                {!stockable
                  ? 'Ce navigateur ne garde pas de brouillon : enregistrez avant de fermer l’onglet.'
                  : dirty
                    ? `Brouillon gardé sur cet appareil${brouillon ? ` (${heure(brouillon.at)})` : ''} : rien n’est perdu si la connexion coupe. Enregistrez pour le mettre dans le bilan.`
                    : TEXTE_SECTIONS.some((k) => serveur[k])
                      ? 'Tout est enregistré.'
                      : 'Aucun texte pour cette période : les sections vides ne figurent pas dans le bilan.'}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" size="md" loading={save.isPending} w={{ base: '100%', sm: 'auto' }}>
                Enregistrer les textes
              </Button>
            </Group>
          </Stack>
        </Box>
      </Stack>
    </form>
  );
}
