import { proposedFollowUp } from '@domain/situations/situation.rules';
import { agreementSchema, type SituationView } from '@domain/situations/situation.schema';
import { isJour } from '@domain/time/periode';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { agreementPdfUrl } from '../api/keys';
import { useRecordAgreement } from '../api/record-agreement';
import { frDay } from './options';

/** The written agreement, its PDF to print and sign, and the follow-up four weeks later. */
export function AgreementPanel({
  situation,
  editable,
  onDone,
}: {
  situation: SituationView;
  editable: boolean;
  onDone?: () => void;
}) {
  const parties = situation.parties ?? [];
  const form = useForm({
    texte: '',
    date: todayParis(),
    partieIds: null as string[] | null,
    dateSuivi: '',
  });
  const record = useRecordAgreement(situation.id);
  const accord = situation.accord;
  // Until chosen, the agreement binds every demandeur and mis en cause (parties may be added after mount).
  const partieIds = form.values.partieIds ?? parties.filter((p) => p.role !== 'tiers').map((p) => p.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(agreementSchema, { ...v, partieIds, dateSuivi: v.dateSuivi || undefined });
    if (!input) return;
    record.mutate(input, { onError: form.handleError, onSuccess: () => onDone?.() });
  };
  const proposed = isJour(form.values.date) ? proposedFollowUp(form.values.date) : null;
  return (
    <Stack gap="sm">
      {accord ? (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Accord du {frDay(accord.date)} entre{' '}
            {accord.partieIds.map((id) => parties.find((p) => p.id === id)?.libelle ?? '…').join(', ')} —
            suivi proposé le {frDay(accord.dateSuivi)}.
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{accord.texte}</Text>
          <Anchor href={agreementPdfUrl(situation.id)} target="_blank" rel="noopener">
            Imprimer l’accord à signer (PDF)
          </Anchor>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Pas encore d’accord écrit.
        </Text>
      )}
      {editable && situation.kind !== 'intrafamilial' ? (
        <form onSubmit={submit} noValidate aria-label="Accord écrit">
          <Stack gap="xs">
            <Textarea label="Texte de l’accord" required autosize minRows={3} {...form.textProps('texte')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label="Date de l’accord" type="date" required {...form.textProps('date')} />
              <TextInput
                label="Date du suivi"
                type="date"
                description={proposed ? `Proposé : ${frDay(proposed)} (4 semaines)` : undefined}
                {...form.textProps('dateSuivi')}
              />
            </SimpleGrid>
            <MultiSelect
              label="Parties à l’accord"
              data={parties.map((p) => ({ value: p.id, label: p.libelle }))}
              value={partieIds}
              onChange={(ids) => form.setValue('partieIds', ids)}
              error={form.errors.partieIds}
            />
            <FormAlert message={form.formError} />
            <Group justify="flex-end">
              <Button type="submit" loading={record.isPending}>
                {accord ? 'Enregistrer un nouvel accord' : 'Enregistrer l’accord'}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
