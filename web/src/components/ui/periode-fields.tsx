import { ordreErreur, periodeErreur } from '@domain/time/periode';
import { TextInput } from '@mantine/core';
import type { ComponentProps } from 'react';

export interface Periode {
  du: string;
  au: string;
}

/**
 * « Du » and « Au » as native date fields (shown in French by the browser), the period rule's
 * message (domain/time/periode.ts) under « Au ». A fragment: the parent lays the two out
 * (a Group, a grid). `bornes` keeps the picker inside a convention's own dates.
 */
export function PeriodeFields({
  value,
  onChange,
  quoi,
  bornes,
  erreur,
  w,
}: {
  value: Periode;
  onChange: (p: Periode) => void;
  /** A report's period covers at most three years, named in the message (« Le bilan »); a list's filter is open. */
  quoi?: string;
  bornes?: { min: string; max: string };
  /** A message of the page's own (outside the convention), shown when the rule has none. */
  erreur?: string | null;
  w?: ComponentProps<typeof TextInput>['w'];
}) {
  const rule = quoi ? periodeErreur(value.du, value.au, quoi) : ordreErreur(value.du, value.au);
  const message = rule ?? erreur ?? null;
  return (
    <>
      <TextInput
        type="date"
        label="Du"
        min={bornes?.min}
        max={bornes?.max}
        value={value.du}
        onChange={(e) => onChange({ ...value, du: e.currentTarget.value })}
        w={w}
      />
      <TextInput
        type="date"
        label="Au"
        min={bornes?.min}
        max={bornes?.max}
        value={value.au}
        error={message}
        onChange={(e) => onChange({ ...value, au: e.currentTarget.value })}
        w={w}
      />
    </>
  );
}
