import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../lib/form';

export interface ContactDraft {
  /** Client-side key for React; never sent. */
  key: string;
  nom: string;
  fonction: string;
  email: string;
  telephone: string;
}

let nextKey = 0;
export const emptyContact = (): ContactDraft => ({
  key: `c${++nextKey}`,
  nom: '',
  fonction: '',
  email: '',
  telephone: '',
});

/** The repeatable list of a partner's contacts; errors come keyed `contacts.<i>.<champ>`. */
export function ContactsFields({
  contacts,
  errors,
  onChange,
}: {
  contacts: ContactDraft[];
  errors: FieldErrors;
  onChange: (contacts: ContactDraft[]) => void;
}) {
  const update = (index: number, field: Exclude<keyof ContactDraft, 'key'>, value: string) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)));
  const remove = (index: number) => onChange(contacts.filter((_, i) => i !== index));

  return (
    <Stack gap="sm">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun contact.
        </Text>
      ) : null}
      {contacts.map((c, i) => {
        const err = (f: string) => errors[`contacts.${i}.${f}`];
        return (
          <Fieldset key={c.key} legend={`Contact ${i + 1}`} p="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label="Nom"
                required
                value={c.nom}
                onChange={(e) => update(i, 'nom', e.currentTarget.value)}
                error={err('nom')}
              />
              <TextInput
                label="Fonction"
                value={c.fonction}
                onChange={(e) => update(i, 'fonction', e.currentTarget.value)}
                error={err('fonction')}
              />
              <TextInput
                label="E-mail"
                type="email"
                inputMode="email"
                value={c.email}
                onChange={(e) => update(i, 'email', e.currentTarget.value)}
                error={err('email')}
              />
              <TextInput
                label="Téléphone"
                type="tel"
                value={c.telephone}
                onChange={(e) => update(i, 'telephone', e.currentTarget.value)}
                error={err('telephone')}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => remove(i)}
                aria-label={`Retirer le contact ${i + 1}${c.nom ? ` (${c.nom})` : ''}`}
              >
                Retirer ce contact
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      <Button
        variant="light"
        onClick={() => onChange([...contacts, emptyContact()])}
        style={{ alignSelf: 'flex-start' }}
      >
        Ajouter un contact
      </Button>
    </Stack>
  );
}
