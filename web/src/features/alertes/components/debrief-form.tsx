import { type AlerteView, alerteClotureSchema } from '@domain/alertes/alerte.schema';
import { FAIT_MARQUANT_LIST } from '@domain/alertes/alerte.taxonomies';
import { Group, Radio, Select, Stack, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { useForm } from '../../../lib/form';
import { useCloturerAlerte } from '../api/cloturer';

const ouiNon = (v: string | null) => (v === 'oui' ? true : v === 'non' ? false : undefined);

/** A yes/no question with no answer ticked in advance: the debrief says it on purpose. */
function OuiNon({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <Radio.Group label={label} required value={value} onChange={onChange} error={error}>
      <Group gap="lg" mt={6}>
        <Radio value="oui" label="Oui" />
        <Radio value="non" label="Non" />
      </Group>
    </Radio.Group>
  );
}

/** Closing an alert needs its debrief: what happened, a factual account, the reports made. */
export function DebriefForm({ alerte, onDone }: { alerte: AlerteView; onDone: () => void }) {
  const form = useForm({
    faitMarquant: null as string | null,
    recit: '',
    // The answers' keys are the schema's, so an error clears as soon as the question is answered.
    signalementPolice: null as string | null,
    signalementEmployeur: null as string | null,
  });
  const cloturer = useCloturerAlerte();
  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const debrief = form.validate(alerteClotureSchema, {
      faitMarquant: v.faitMarquant,
      recit: v.recit,
      signalementPolice: ouiNon(v.signalementPolice),
      signalementEmployeur: ouiNon(v.signalementEmployeur),
    });
    if (!debrief) return;
    if (!(await sensitive.allows(debrief.recit))) return;
    cloturer.mutate({ id: alerte.id, debrief }, { onError: form.handleError, onSuccess: onDone });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Débriefing de l’alerte">
      <Stack gap="sm">
        <Select
          label="Ce qui s’est passé"
          required
          data={FAIT_MARQUANT_LIST.options}
          {...form.selectProps('faitMarquant')}
          allowDeselect={false}
        />
        <Textarea
          label="Récit factuel (sans nom d’habitant·e)"
          required
          autosize
          minRows={3}
          maxLength={2000}
          {...form.textProps('recit')}
        />
        <OuiNon
          label="Un signalement à la police a-t-il été fait ?"
          value={form.values.signalementPolice}
          onChange={(x) => form.setValue('signalementPolice', x)}
          error={form.errors.signalementPolice}
        />
        <OuiNon
          label="Un signalement à l’employeur a-t-il été fait ?"
          value={form.values.signalementEmployeur}
          onChange={(x) => form.setValue('signalementEmployeur', x)}
          error={form.errors.signalementEmployeur}
        />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormFooter
          message={form.formError}
          onCancel={onDone}
          submitLabel="Clôturer l’alerte"
          loading={cloturer.isPending}
        />
      </Stack>
    </form>
  );
}
