import { canReadAccueil } from '@domain/accueil/accueil.rules';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { usePersonneChoices } from '../features/accueil/api/get-personne-choices';
import type { PorteursPicker } from '../features/projets/components/projet-form';
import type { Option } from '../lib/reference-options';
import { useSession } from './session';

/**
 * The picker of a project form's carriers and of an action's registrations: the accueil's files with a consent in force found by a
 * pseudonym search, plus those already chosen (`initial`, and every file seen, so a chosen one
 * keeps its label when the search moves on). Undefined for a reader who may not search the accueil.
 */
export function usePorteursPicker(initial: Option[] = []): PorteursPicker | undefined {
  const me = useSession();
  const allowed = canReadAccueil(me);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const found = usePersonneChoices(allowed ? q : '', true);
  const seen = useRef(new Map(initial.map((o) => [o.value, o.label])));
  // Only files with a consent in force may carry a project: the list is asked for those alone.
  for (const p of found.data ?? []) seen.current.set(p.id, p.pseudonyme);
  if (!allowed) return undefined;
  return {
    options: [...seen.current].map(([value, label]) => ({ value, label })),
    onSearch: setSearch,
  };
}
