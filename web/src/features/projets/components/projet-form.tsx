import {
  PROJET_DESCRIPTION_MAX,
  type ProjetView,
  projetCreateSchema,
  projetUpdateSchema,
} from '@domain/projets/projet.schema';
import { PROJET_STATUT_LABELS } from '@domain/projets/projet.taxonomies';
import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { orNull, useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useCreateProjet } from '../api/create-projet';
import { useUpdateProjet } from '../api/update-projet';

/** What the form starts from: an existing project, or a draft (from a collective action). */
export interface ProjetDraft {
  titre: string;
  territoireId: string | null;
  partenaireIds: string[];
  actionOrigineId: string | null;
}

export interface PorteursPicker {
  /** The files found by the search, and those already chosen. */
  options: Option[];
  onSearch: (q: string) => void;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

const DEBUT_OPTIONS = (['idee', 'accompagne'] as const).map((s) => ({
  value: s,
  label: PROJET_STATUT_LABELS[s],
}));

/**
 * Creates a project, or edits one's facts (its status changes on the page). Carriers are picked
 * among the accueil's pseudonymous files, shown by pseudonym only.
 */
export function ProjetForm({
  projet,
  draft,
  territoires,
  partenaires,
  porteurs,
  onDone,
  onCancel,
}: {
  projet: ProjetView | null;
  draft?: ProjetDraft;
  territoires: Option[];
  partenaires: Option[];
  /** Absent when the reader may not search the accueil's files. */
  porteurs?: PorteursPicker;
  onDone: (saved: ProjetView) => void;
  onCancel: () => void;
}) {
  const [id] = useState(() => projet?.id ?? crypto.randomUUID());
  const form = useForm({
    titre: projet?.titre ?? draft?.titre ?? '',
    description: projet?.description ?? '',
    territoireId:
      projet?.territoireId ??
      draft?.territoireId ??
      (territoires.length === 1 ? territoires[0]!.value : null),
    statut: 'idee' as string | null,
    partenaireIds: projet?.partenaires.map((p) => p.id) ?? draft?.partenaireIds ?? [],
    personneIds: projet?.porteurs.map((p) => p.id) ?? [],
  });
  const create = useCreateProjet();
  const update = useUpdateProjet(id);
  const sensitive = useSensitiveCheck();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const common = {
      titre: v.titre,
      description: orNull(v.description),
      territoireId: v.territoireId ?? '',
      partenaireIds: v.partenaireIds,
      personneIds: v.personneIds,
    };
    const options = { onSuccess: onDone, onError: form.handleError };
    if (projet) {
      // Carriers are sent only when changed: one whose consent was since withdrawn would refuse any edit.
      const memes = sameIds(
        v.personneIds,
        projet.porteurs.map((p) => p.id),
      );
      const input = form.validate(projetUpdateSchema, {
        ...common,
        personneIds: memes ? undefined : v.personneIds,
      });
      if (input && (await sensitive.allows(input.description))) update.mutate(input, options);
      return;
    }
    const input = form.validate(projetCreateSchema, {
      ...common,
      id,
      statut: v.statut ?? undefined,
      actionOrigineId: draft?.actionOrigineId ?? null,
    });
    if (input && (await sensitive.allows(input.description))) create.mutate(input, options);
  };

  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      noValidate
      aria-label={projet ? 'Modifier le projet' : 'Nouveau projet'}
    >
      <Stack>
        <TextInput label="Titre du projet" required maxLength={120} {...form.textProps('titre')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="QPV"
            required
            placeholder="Choisir le QPV"
            data={territoires}
            {...form.selectProps('territoireId')}
            searchable
            nothingFoundMessage="Aucun QPV ne correspond"
          />
          {projet ? null : (
            <Select
              label="Statut de départ"
              data={DEBUT_OPTIONS}
              {...form.selectProps('statut')}
              allowDeselect={false}
            />
          )}
        </SimpleGrid>
        {porteurs ? (
          <MultiSelect
            label="Habitant·es porteur·ses"
            description="Fiches de l’accueil (pseudonymes) avec un consentement en cours."
            placeholder={form.values.personneIds.length ? undefined : 'Rechercher un pseudonyme'}
            data={porteurs.options}
            value={form.values.personneIds}
            onChange={(ids) => form.setValue('personneIds', ids)}
            onSearchChange={porteurs.onSearch}
            error={form.errors.personneIds}
            searchable
            nothingFoundMessage="Aucune fiche ne correspond"
          />
        ) : null}
        <MultiSelect
          label="Partenaires"
          placeholder={form.values.partenaireIds.length ? undefined : 'Choisir des partenaires'}
          data={partenaires}
          value={form.values.partenaireIds}
          onChange={(ids) => form.setValue('partenaireIds', ids)}
          error={form.errors.partenaireIds}
          searchable
          nothingFoundMessage="Aucun partenaire ne correspond"
        />
        <Textarea
          label="Description"
          description="L’idée du projet en quelques lignes, sans donnée personnelle."
          autosize
          minRows={3}
          maxLength={PROJET_DESCRIPTION_MAX}
          {...form.textProps('description')}
        />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel={projet ? 'Enregistrer' : 'Créer le projet'}
          loading={create.isPending || update.isPending}
        />
      </Stack>
    </form>
  );
}
