import { type SelectProps, TextInput } from '@mantine/core';
import { lazy, Suspense } from 'react';

const SelectEager = lazy(() => import('./select-eager'));

/**
 * A Select that a street form shows only on demand (e.g. « Rattacher à une fiche personne »): its
 * dropdown's code (positioning, scrolling, focus trap: about 28 kB gzipped) loads when it is first
 * shown, not with the page (issue 15 part 6, ADR 033). Offline, the service worker has it.
 */
export function SelectLazy(props: SelectProps) {
  return (
    <Suspense fallback={<TextInput label={props.label} placeholder="Chargement…" disabled />}>
      <SelectEager {...props} />
    </Suspense>
  );
}
