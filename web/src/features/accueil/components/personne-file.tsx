import {
  GENRE_LABELS,
  MODE_CONSENTEMENT_LABELS,
  TRANCHE_AGE_LABELS,
  TYPE_MENAGE_LABELS,
} from '@domain/accueil/accueil.taxonomies';
import { consentementSchema, type PersonneView } from '@domain/accueil/personne.schema';
import { Badge, Button, Card, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { formatDate, todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { useAddConsentement } from '../api/add-consentement';
import { useWithdrawConsentement } from '../api/withdraw-consentement';
import { MODE_CONSENTEMENT_OPTIONS } from './options';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {label} :
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

function ConsentForm({ personneId }: { personneId: string }) {
  const add = useAddConsentement(personneId);
  const form = useForm({ finalite: '', mode: 'oral' as string | null, partagePartenaires: false });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(consentementSchema, { date: todayParis(), ...form.values });
    if (!input) return;
    add.mutate(input, {
      onSuccess: () => form.reset({ finalite: '', mode: 'oral', partagePartenaires: false }),
      onError: form.handleError,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Enregistrer un consentement">
      <Stack gap="xs">
        <TextInput
          label="Finalité"
          required
          placeholder="Ex. suivi de la demande de logement"
          {...form.textProps('finalite')}
        />
        <Select
          label="Recueilli de quelle manière"
          data={MODE_CONSENTEMENT_OPTIONS}
          value={form.values.mode}
          onChange={(m) => form.setValue('mode', m)}
          allowDeselect={false}
          error={form.errors.mode}
        />
        <Checkbox
          label="Partage des coordonnées avec les partenaires"
          checked={form.values.partagePartenaires}
          onChange={(e) => form.setValue('partagePartenaires', e.currentTarget.checked)}
        />
        <FormAlert message={form.formError} />
        <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
          Enregistrer le consentement
        </Button>
      </Stack>
    </form>
  );
}

/** A person file: pseudonymous facts, identity (read logged), consents with withdrawal. */
export function PersonneFile({ p, qpvLabel }: { p: PersonneView; qpvLabel: string }) {
  const withdraw = useWithdrawConsentement(p.id);
  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="md">
        <Stack gap={4} component="dl" m={0}>
          <Row label="QPV">{qpvLabel}</Row>
          <Row label="Âge">{TRANCHE_AGE_LABELS[p.trancheAge]}</Row>
          <Row label="Genre">{GENRE_LABELS[p.genre]}</Row>
          <Row label="Ménage">{TYPE_MENAGE_LABELS[p.typeMenage]}</Row>
          <Row label="Identité">
            {p.identite
              ? [p.identite.prenom, p.identite.nom, p.identite.telephone, p.identite.email]
                  .filter(Boolean)
                  .join(' · ')
              : 'Non enregistrée (fiche pseudonyme)'}
          </Row>
          {p.fusionneeDans ? <Row label="Fusionnée dans">une autre fiche</Row> : null}
        </Stack>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="consentements">
        <Title order={2} size="h4" id="consentements">
          Consentements
        </Title>
        {p.consentements.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucun consentement : l’identité ne peut pas être enregistrée.
          </Text>
        ) : null}
        {p.consentements.map((c) => (
          <Card key={c.id} withBorder padding="sm" radius="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {c.finalite}
                </Text>
                <Text size="xs" c="dimmed">
                  Le {formatDate(c.date)} · {MODE_CONSENTEMENT_LABELS[c.mode]}
                  {c.partagePartenaires ? ' · partage avec les partenaires' : ''}
                </Text>
              </Stack>
              {c.retireLe ? (
                <Badge color="gray">Retiré le {formatDate(c.retireLe)}</Badge>
              ) : (
                <Button
                  size="compact-sm"
                  variant="light"
                  color="red"
                  loading={withdraw.isPending}
                  onClick={() => withdraw.mutate(c.id)}
                >
                  Retirer
                </Button>
              )}
            </Group>
          </Card>
        ))}
        <ConsentForm personneId={p.id} />
      </Stack>
    </Stack>
  );
}
