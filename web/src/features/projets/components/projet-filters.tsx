import { PROJET_STATUT_LABELS, PROJET_STATUTS, type ProjetStatut } from '@domain/projets/projet.taxonomies';
import { FilterBar, FilterSelect, SearchField } from '../../../components/ui/filter-bar';
import type { Option } from '../../../lib/reference-options';
import type { ProjetFilters as Filters, ProjetOnglet } from '../api/get-projets';

const avecCompte = (label: string, n: number | undefined) => (n === undefined ? label : `${label} (${n})`);

/** The status choices, each with how many projects it holds: open ones first, then each status, then all. */
export function ongletOptions(comptes: Record<ProjetStatut, number | undefined>): Option[] {
  const somme = (statuts: readonly ProjetStatut[]) =>
    statuts.every((s) => comptes[s] !== undefined)
      ? statuts.reduce((t, s) => t + (comptes[s] ?? 0), 0)
      : undefined;
  return [
    { value: 'ouverts', label: avecCompte('En cours (idée, accompagné)', somme(['idee', 'accompagne'])) },
    ...PROJET_STATUTS.map((s) => ({ value: s, label: avecCompte(PROJET_STATUT_LABELS[s], comptes[s]) })),
    { value: 'tous', label: avecCompte('Tous les statuts', somme(PROJET_STATUTS)) },
  ];
}

/** Status (with counts), search box and QPV above the list of projects. */
export function ProjetFilters({
  value,
  onChange,
  comptes,
  territoires,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  comptes: Record<ProjetStatut, number | undefined>;
  territoires: Option[];
}) {
  return (
    <FilterBar label="Filtrer les projets">
      <FilterSelect<ProjetOnglet>
        label="Statut"
        data={ongletOptions(comptes)}
        value={value.onglet}
        onChange={(onglet) => onChange({ ...value, onglet: onglet ?? 'ouverts' })}
        width="16rem"
        required
      />
      <SearchField
        placeholder="Titre du projet…"
        value={value.q}
        onChange={(q) => onChange({ ...value, q })}
      />
      <FilterSelect
        label="QPV"
        placeholder="Tous les QPV"
        data={territoires}
        value={value.territoireId}
        onChange={(territoireId) => onChange({ ...value, territoireId })}
      />
    </FilterBar>
  );
}
