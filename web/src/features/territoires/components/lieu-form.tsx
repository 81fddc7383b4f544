import {
  type LieuView,
  lieuCreateSchema,
  PLACE_KIND_LIST,
  type SecteurView,
} from '@domain/territoires/territoire.schema';
import { Button, Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useSaveLieu } from '../api/save-lieu';

const KIND_OPTIONS = PLACE_KIND_LIST.options;
const NOT_A_NUMBER = 'Nombre attendu, par exemple 48,8566.';

/** '' → null, '48,85' → 48.85, anything else → NaN (reported on the field). */
const toCoordinate = (text: string) => {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
};
const fromCoordinate = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** Creates or edits a place: name, kind, sector, optional GPS point and partner in charge. */
export function LieuForm({
  territoireId,
  secteurs,
  partnerOptions,
  lieu,
  onDone,
  onCancel,
}: {
  territoireId: string;
  secteurs: SecteurView[];
  partnerOptions: Option[];
  lieu: LieuView | null;
  onDone: (saved: LieuView) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    nom: lieu?.nom ?? '',
    kind: (lieu?.kind ?? null) as string | null,
    secteurId: lieu?.secteurId ?? null,
    latitude: fromCoordinate(lieu?.latitude),
    longitude: fromCoordinate(lieu?.longitude),
    partenaireId: lieu?.partenaireId ?? null,
  });
  const save = useSaveLieu(territoireId, lieu?.id ?? null);
  const [locating, setLocating] = useState(false);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      form.setFormError('La géolocalisation n’est pas disponible sur cet appareil.');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        form.setValue('latitude', pos.coords.latitude.toFixed(6));
        form.setValue('longitude', pos.coords.longitude.toFixed(6));
      },
      () => {
        setLocating(false);
        form.setFormError('Position introuvable : autorisez la localisation ou saisissez les coordonnées.');
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { latitude, longitude, ...rest } = form.values;
    const lat = toCoordinate(latitude);
    const lng = toCoordinate(longitude);
    if (Number.isNaN(lat) || Number.isNaN(lng)) {
      form.reject(
        {
          ...(Number.isNaN(lat) ? { latitude: NOT_A_NUMBER } : {}),
          ...(Number.isNaN(lng) ? { longitude: NOT_A_NUMBER } : {}),
        },
        'Les coordonnées doivent être des nombres.',
      );
      return;
    }
    const input = form.validate(lieuCreateSchema, { ...rest, latitude: lat, longitude: lng });
    if (!input) return;
    save.mutate(input, { onSuccess: onDone, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Nom du lieu"
          required
          placeholder="ex. Résidence Les Tilleuls"
          {...form.textProps('nom')}
        />
        <Select
          label="Type de lieu"
          required
          data={KIND_OPTIONS}
          {...form.selectProps('kind')}
          allowDeselect={false}
        />
        <Select
          label="Secteur"
          placeholder={secteurs.length ? 'Aucun secteur' : 'Ce territoire n’a pas encore de secteur'}
          data={secteurs.map((s) => ({ value: s.id, label: s.nom }))}
          {...form.selectProps('secteurId')}
          clearable
          disabled={secteurs.length === 0}
        />
        <Select
          label="Partenaire responsable"
          description="Facultatif : par exemple le bailleur d’une résidence."
          placeholder="Aucun partenaire"
          data={partnerOptions}
          {...form.selectProps('partenaireId')}
          searchable
          clearable
          nothingFoundMessage="Aucun partenaire ne correspond"
        />
        <Fieldset legend="Position (facultatif)" variant="unstyled">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <TextInput
              label="Latitude"
              inputMode="decimal"
              placeholder="ex. 48,8566"
              {...form.textProps('latitude')}
            />
            <TextInput
              label="Longitude"
              inputMode="decimal"
              placeholder="ex. 2,3522"
              {...form.textProps('longitude')}
            />
          </SimpleGrid>
          <Button variant="subtle" size="compact-sm" mt="xs" onClick={locate} loading={locating}>
            Utiliser ma position actuelle
          </Button>
        </Fieldset>
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel={lieu ? 'Enregistrer' : 'Ajouter le lieu'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
