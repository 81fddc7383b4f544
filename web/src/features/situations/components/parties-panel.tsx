import {
  consentSchema,
  type PartyView,
  partyCreateSchema,
  type SituationView,
} from '@domain/situations/situation.schema';
import {
  CONSENT_LABELS,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
} from '@domain/situations/situation.taxonomies';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { useAddParty } from '../api/add-party';
import { useSetConsent } from '../api/set-consent';
import { CONSENT_OPTIONS, frDay, PARTY_KIND_OPTIONS, PARTY_ROLE_OPTIONS } from './options';

const CONSENT_COLOR = { en_attente: 'gray', accorde: 'teal', refuse: 'red' } as const;

function ConsentForm({
  situationId,
  party,
  onDone,
}: {
  situationId: string;
  party: PartyView;
  onDone: () => void;
}) {
  const form = useForm({
    consentement: (party.consentement === 'en_attente'
      ? 'accorde'
      : party.consentement) as PartyView['consentement'],
    date: party.dateConsentement ?? todayParis(),
    partageIssue: party.partageIssue,
  });
  const save = useSetConsent(situationId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(consentSchema, form.values);
    if (!input) return;
    save.mutate({ ...input, partieId: party.id }, { onSuccess: onDone, onError: form.handleError });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Consentement de ${party.libelle}`}>
      <Stack gap="xs" mt="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            label="Consentement"
            data={CONSENT_OPTIONS}
            value={form.values.consentement}
            onChange={(c) => form.setValue('consentement', (c ?? 'en_attente') as PartyView['consentement'])}
            allowDeselect={false}
          />
          <TextInput label="Date" type="date" {...form.textProps('date')} />
        </SimpleGrid>
        <Checkbox
          label="Accepte que l’issue soit communiquée au partenaire qui a saisi"
          checked={form.values.partageIssue}
          onChange={(e) => form.setValue('partageIssue', e.currentTarget.checked)}
        />
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button size="xs" type="submit" loading={save.isPending}>
            Enregistrer le consentement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddPartyForm({ situationId }: { situationId: string }) {
  const form = useForm({ kind: 'menage' as string | null, role: null as string | null, libelle: '' });
  const add = useAddParty(situationId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(partyCreateSchema, { ...form.values, id: crypto.randomUUID() });
    if (!input) return;
    // Once added, the panel remounts this form (key = number of parties): it starts blank again.
    add.mutate(input, { onError: form.handleError });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Ajouter une partie">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            label="Type de partie"
            data={PARTY_KIND_OPTIONS}
            {...form.selectProps('kind')}
            allowDeselect={false}
          />
          <Select
            label="Rôle"
            required
            data={PARTY_ROLE_OPTIONS}
            {...form.selectProps('role')}
            allowDeselect={false}
          />
          <TextInput label="Pseudonyme (facultatif)" placeholder="Ménage A" {...form.textProps('libelle')} />
        </SimpleGrid>
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button size="sm" variant="default" type="submit" loading={add.isPending}>
            Ajouter la partie
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Parties with their role and consent; consent is recorded here, with its date. */
export function PartiesPanel({ situation, editable }: { situation: SituationView; editable: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const parties = situation.parties ?? [];
  return (
    <Stack gap="sm">
      {parties.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune partie enregistrée.
        </Text>
      ) : null}
      {parties.map((p) => (
        <Card key={p.id} withBorder padding="sm" radius="md">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {p.libelle}
              </Text>
              <Text size="sm" c="dimmed">
                {PARTY_ROLE_LABELS[p.role]} · {PARTY_KIND_LABELS[p.kind]}
              </Text>
            </Stack>
            <Badge variant="light" color={CONSENT_COLOR[p.consentement]}>
              Consentement : {CONSENT_LABELS[p.consentement].toLowerCase()}
              {p.dateConsentement ? ` le ${frDay(p.dateConsentement)}` : ''}
            </Badge>
          </Group>
          {editable && editing !== p.id ? (
            <Group mt="xs">
              <Button size="xs" variant="subtle" onClick={() => setEditing(p.id)}>
                Consentement de {p.libelle}
              </Button>
            </Group>
          ) : null}
          {editable && editing === p.id ? (
            <ConsentForm situationId={situation.id} party={p} onDone={() => setEditing(null)} />
          ) : null}
        </Card>
      ))}
      {editable ? <AddPartyForm key={parties.length} situationId={situation.id} /> : null}
    </Stack>
  );
}
