import { Button, CopyButton, Group, TextInput } from '@mantine/core';

/** A read-only value (link, secret) with a « Copier » button, usable on a phone. */
export function CopyField({
  label,
  value,
  description,
}: {
  label: string;
  value: string;
  description?: string;
}) {
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        style={{ flex: '1 1 14rem', minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <CopyButton value={value} timeout={2500}>
        {({ copied, copy }) => (
          <Button onClick={copy} variant={copied ? 'filled' : 'light'} aria-live="polite">
            {copied ? 'Copié' : 'Copier'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
