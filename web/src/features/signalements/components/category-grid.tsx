import { CATEGORIE_LABELS, CATEGORIES, type Categorie } from '@domain/signalements/signalement.taxonomies';
import { SimpleGrid, UnstyledButton } from '@mantine/core';
import classes from './signalements.module.css';

/** One tap picks the category: large targets for a thumb. */
export function CategoryGrid({
  value,
  onChange,
}: {
  value: Categorie | null;
  onChange: (c: Categorie) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 3, sm: 5 }} spacing={6} role="radiogroup" aria-label="Catégorie">
      {CATEGORIES.map((c) => (
        <UnstyledButton
          key={c}
          role="radio"
          aria-checked={value === c}
          className={classes.categorie}
          data-selected={value === c || undefined}
          onClick={() => onChange(c)}
        >
          <span>{CATEGORIE_LABELS[c].replace(' (danger pour les personnes)', '')}</span>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
