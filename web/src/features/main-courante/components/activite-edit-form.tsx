import { activiteUpdateSchema } from '@domain/main-courante/activite.schema';
import type { ActiviteView, MediateurView } from '@domain/main-courante/activite.views';
import { CADRE_LIST, type Cadre } from '@domain/main-courante/main-courante.taxonomies';
import type { TerritoireView } from '@domain/territoires/territoire.schema';
import { parisDate, parisInstant, parisTime } from '@domain/time/paris';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { FormAlert } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { useForm } from '../../../lib/form';
import { lieuOptions, territoireOptions } from '../../../lib/reference-options';
import { useUpdateActivite } from '../api/update-activite';

/** `yyyy-mm-ddThh:mm` in Paris (whatever the phone's time zone), for a datetime-local input. */
const toLocalInput = (iso: string | null) =>
  iso ? `${parisDate(new Date(iso))}T${parisTime(new Date(iso))}` : '';
const fromLocalInput = (v: string) => {
  const [day, time] = v.split('T');
  return day && time ? parisInstant(day, time.slice(0, 5)).toISOString() : undefined;
};

/** Edit of the frame of an activity (author, mediator present or coordinator), with the shared schema. */
export function ActiviteEditForm({
  a,
  territoires,
  mediateurs,
  onDone,
}: {
  a: ActiviteView;
  territoires: TerritoireView[];
  mediateurs: MediateurView[];
  onDone: () => void;
}) {
  const update = useUpdateActivite(a.id);
  const form = useForm({
    cadre: a.cadre as Cadre,
    debut: toLocalInput(a.debut),
    fin: toLocalInput(a.fin),
    territoireId: a.territoire.id,
    secteurId: a.secteur?.id ?? '',
    lieuId: a.lieu?.id ?? '',
    mediateurIds: a.mediateurs.map((m) => m.id),
    commentaire: a.commentaire ?? '',
  });
  const v = form.values;
  const territoire = territoires.find((t) => t.id === v.territoireId);
  const sensitive = useSensitiveCheck();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate(activiteUpdateSchema, {
      cadre: v.cadre,
      // Unchanged times are not sent: the input drops the seconds the server keeps.
      debut: v.debut === toLocalInput(a.debut) ? undefined : fromLocalInput(v.debut),
      fin: v.fin === toLocalInput(a.fin) ? undefined : fromLocalInput(v.fin),
      territoireId: v.territoireId,
      secteurId: v.secteurId || null,
      lieuId: v.lieuId || null,
      mediateurIds: v.mediateurIds,
      commentaire: v.commentaire,
    });
    if (input && (await sensitive.allows(input.commentaire)))
      update.mutate(input, { onSuccess: onDone, onError: form.handleError });
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="modifier-titre">
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="modifier-titre">
            Modifier l’activité
          </Title>
          <FormAlert message={form.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label="Cadre"
              value={v.cadre}
              onChange={(e) => form.setValue('cadre', e.currentTarget.value as Cadre)}
              data={CADRE_LIST.options}
              error={form.errors.cadre}
            />
            <NativeSelect
              label="Quartier (QPV)"
              value={v.territoireId}
              onChange={(e) => {
                form.setValue('territoireId', e.currentTarget.value);
                form.setValue('secteurId', '');
                form.setValue('lieuId', '');
              }}
              data={territoireOptions(territoires)}
              error={form.errors.territoireId}
            />
            <TextInput type="datetime-local" label="Début" {...form.textProps('debut')} />
            <TextInput type="datetime-local" label="Fin" {...form.textProps('fin')} />
            <NativeSelect
              label="Secteur"
              value={v.secteurId}
              onChange={(e) => form.setValue('secteurId', e.currentTarget.value)}
              data={[
                { value: '', label: 'Tout le quartier' },
                ...(territoire?.secteurs ?? []).map((s) => ({ value: s.id, label: s.nom })),
              ]}
              error={form.errors.secteurId}
            />
            <NativeSelect
              label="Lieu"
              value={v.lieuId}
              onChange={(e) => form.setValue('lieuId', e.currentTarget.value)}
              data={[{ value: '', label: 'Aucun lieu précis' }, ...lieuOptions(territoire)]}
              error={form.errors.lieuId}
            />
          </SimpleGrid>
          <Checkbox.Group
            label="Présent·es"
            value={v.mediateurIds}
            onChange={(ids) => form.setValue('mediateurIds', ids)}
            error={form.errors.mediateurIds}
          >
            <Group gap="md" mt={6}>
              {mediateurs.map((m) => (
                <Checkbox key={m.id} value={m.id} label={`${m.prenom} ${m.nom}`} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea label="Commentaire sur l’activité" minRows={2} {...form.textProps('commentaire')} />
          <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
          <Group gap="xs">
            <Button type="submit" loading={update.isPending}>
              Enregistrer
            </Button>
            <Button variant="default" onClick={onDone}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
