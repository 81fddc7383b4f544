import type { DerniereTourneeView, MediateurView } from '@domain/main-courante/activite.views';
import { CADRE_LIST, type Cadre } from '@domain/main-courante/main-courante.taxonomies';
import type { TerritoireView } from '@domain/territoires/territoire.schema';
import { Alert, Button, Checkbox, NativeSelect, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { lieuOptions, territoireOptions } from '../../../lib/reference-options';

export interface DemarrerInput {
  cadre: Cadre;
  territoireId: string;
  secteurId: string | null;
  lieuId: string | null;
  mediateurIds: string[];
  /** The planned shift this activity logs (started from the planning). */
  creneauId?: string | null;
}

/** A planned shift's frame, crew and place: the form starts from it instead of the last tournée. */
export type DemarrerPrefill = Omit<DemarrerInput, 'lieuId'> & { creneauId: string; libelle: string };

/**
 * "Démarrer une tournée", pre-filled with the last QPV, sector, place and colleagues: on a good
 * day the mediator only taps the button. Native selects: the phone's own picker, no extra code.
 */
export function DemarrerForm({
  userId,
  derniere,
  territoires,
  mediateurs,
  prefill,
  onStart,
}: {
  userId: string;
  derniere: DerniereTourneeView;
  prefill?: DemarrerPrefill | null;
  territoires: TerritoireView[];
  mediateurs: MediateurView[];
  onStart: (input: DemarrerInput) => void;
}) {
  const known = (id: string | null) => (id && territoires.some((t) => t.id === id) ? id : null);
  const [cadre, setCadre] = useState<Cadre>(prefill?.cadre ?? derniere.cadre ?? 'tournee');
  const [territoireId, setTerritoireId] = useState(
    known(prefill?.territoireId ?? null) ?? known(derniere.territoireId) ?? territoires[0]?.id ?? '',
  );
  const [secteurId, setSecteurId] = useState(
    prefill ? (prefill.secteurId ?? '') : (derniere.secteurId ?? ''),
  );
  const [lieuId, setLieuId] = useState(prefill ? '' : (derniere.lieuId ?? ''));
  const [presents, setPresents] = useState<string[]>(
    (prefill?.mediateurIds ?? derniere.mediateurIds).filter((id) => id !== userId),
  );
  const [error, setError] = useState<string | null>(null);
  const territoire = territoires.find((t) => t.id === territoireId);
  const collegues = mediateurs.filter((m) => m.id !== userId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!territoire) {
      setError('Choisissez le quartier (QPV) de la tournée.');
      return;
    }
    onStart({
      cadre,
      territoireId,
      secteurId: territoire.secteurs.some((s) => s.id === secteurId) ? secteurId : null,
      lieuId: territoire.lieux.some((l) => l.id === lieuId) ? lieuId : null,
      mediateurIds: [userId, ...presents.filter((id) => id !== userId)],
      creneauId: prefill?.creneauId ?? null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        {prefill ? (
          <Alert color="blue" variant="light" role="status">
            Créneau planifié : {prefill.libelle}. Le cadre, le quartier et l’équipe sont repris du planning.
          </Alert>
        ) : null}
        <NativeSelect
          label="Cadre"
          size="md"
          value={cadre}
          onChange={(e) => setCadre(e.currentTarget.value as Cadre)}
          data={CADRE_LIST.options}
        />
        <NativeSelect
          label="Quartier (QPV)"
          size="md"
          value={territoireId}
          onChange={(e) => {
            setTerritoireId(e.currentTarget.value);
            setSecteurId('');
            setLieuId('');
          }}
          data={territoireOptions(territoires, true)}
        />
        {territoire?.secteurs.length ? (
          <NativeSelect
            label="Secteur"
            size="md"
            value={secteurId}
            onChange={(e) => setSecteurId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Tout le quartier' },
              ...territoire.secteurs.map((s) => ({ value: s.id, label: s.nom })),
            ]}
          />
        ) : null}
        {territoire?.lieux.length ? (
          <NativeSelect
            label="Lieu de départ"
            size="md"
            value={lieuId}
            onChange={(e) => setLieuId(e.currentTarget.value)}
            data={[{ value: '', label: 'Aucun lieu précis' }, ...lieuOptions(territoire)]}
          />
        ) : null}
        {collegues.length ? (
          <Checkbox.Group label="Collègues présent·es" value={presents} onChange={setPresents}>
            <Stack gap={8} mt={6}>
              {collegues.map((m) => (
                <Checkbox key={m.id} value={m.id} size="md" label={`${m.prenom} ${m.nom}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        <Button type="submit" size="lg" fullWidth>
          Démarrer la tournée
        </Button>
      </Stack>
    </form>
  );
}
