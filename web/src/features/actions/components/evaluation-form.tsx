import { type ActionView, evaluationSchema } from '@domain/actions/action.schema';
import { Radio, Stack, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { orNull, useForm } from '../../../lib/form';
import { usePutEvaluation } from '../api/put-evaluation';
import { RESULTAT_OPTIONS } from './options';

/**
 * After the action: what went well, what to change, the outcome against the objective and the
 * follow-ups. Rewriting it replaces the previous evaluation (each write is in the journal).
 */
export function EvaluationForm({
  action,
  onDone,
  onCancel,
}: {
  action: ActionView;
  onDone: (a: ActionView) => void;
  onCancel: () => void;
}) {
  const e0 = action.evaluation;
  const form = useForm({
    bienPasse: e0?.bienPasse ?? '',
    aChanger: e0?.aChanger ?? '',
    resultat: (e0?.resultat ?? null) as string | null,
    suites: e0?.suites ?? '',
  });
  const put = usePutEvaluation(action.id);
  const sensitive = useSensitiveCheck();
  const v = form.values;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(evaluationSchema, {
      bienPasse: orNull(v.bienPasse),
      aChanger: orNull(v.aChanger),
      resultat: v.resultat ?? undefined,
      suites: orNull(v.suites),
    });
    if (!input || !(await sensitive.allows(input.bienPasse, input.aChanger, input.suites))) return;
    put.mutate(input, { onSuccess: (a) => a && onDone(a), onError: form.handleError });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Évaluation de l’action">
      <Stack gap="sm">
        {action.objectif ? (
          <Textarea label="Objectif fixé" value={action.objectif} readOnly autosize />
        ) : null}
        <Radio.Group
          label="Résultat au regard de l’objectif"
          required
          value={v.resultat}
          onChange={(r) => form.setValue('resultat', r)}
          error={form.errors.resultat}
        >
          <Stack gap="xs" mt={6}>
            {RESULTAT_OPTIONS.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label="Ce qui a bien marché" autosize minRows={3} {...form.textProps('bienPasse')} />
        <Textarea label="Ce qu’il faudrait changer" autosize minRows={3} {...form.textProps('aChanger')} />
        <Textarea
          label="Suites à donner"
          description="Une autre action, un signalement, une orientation, un projet d’habitants…"
          autosize
          minRows={2}
          {...form.textProps('suites')}
        />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel="Enregistrer l’évaluation"
          loading={put.isPending}
        />
      </Stack>
    </form>
  );
}
