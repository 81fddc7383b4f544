import type { PlanningView } from '@domain/planning/planning.schema';
import { jourFr, parisDate } from '@domain/time/paris';
import { SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { IconAlert } from '../../../components/ui/icons';
import { aCouvrir, estWeekEnd, JOURS_COURTS, jourDe, jourLong } from './planning-format';

/**
 * A month as a calendar: each day its count of shifts, the days with a shift to cover flagged
 * in colour and in words. A day opens its week.
 */
export function MoisGrille({
  mois,
  jours,
  planning,
  onJour,
}: {
  /** `YYYY-MM`. */
  mois: string;
  /** Every day shown, whole weeks from Monday. */
  jours: string[];
  planning: PlanningView;
  onJour: (jour: string) => void;
}) {
  const feries = new Set(planning.feries);
  const actifs = planning.creneaux.filter((c) => c.statut === 'prevu');
  const aujourdhui = parisDate(new Date());
  return (
    <div>
      <SimpleGrid cols={7} spacing={4} aria-hidden="true" mb={4}>
        {JOURS_COURTS.map((j) => (
          <Text key={j} size="sm" fw={700} ta="center">
            {j}
          </Text>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={7} spacing={4}>
        {jours.map((jour) => {
          const du = actifs.filter((c) => jourDe(c) === jour);
          const couvrir = du.filter(aCouvrir).length;
          const horsMois = !jour.startsWith(mois);
          const n = du.length;
          const label = `${jourLong(jour)} : ${n} créneau${n > 1 ? 'x' : ''}${couvrir ? `, ${couvrir} à couvrir` : ''}${feries.has(jour) ? ', férié' : ''}`;
          return (
            <UnstyledButton
              key={jour}
              onClick={() => onJour(jour)}
              aria-label={label}
              title={jourFr(jour)}
              data-jour={jour}
              aria-current={jour === aujourdhui ? 'date' : undefined}
              style={{
                outline: jour === aujourdhui ? '2px solid var(--mantine-color-blue-7)' : undefined,
                minHeight: 72,
                padding: 6,
                borderRadius: 6,
                border: `1px solid var(--mantine-color-${couvrir ? 'red-7' : 'gray-4'})`,
                borderLeftWidth: couvrir ? 4 : 1,
                background: couvrir
                  ? 'var(--mantine-color-red-0)'
                  : estWeekEnd(jour)
                    ? 'var(--mantine-color-gray-1)'
                    : undefined,
                opacity: horsMois ? 0.7 : 1,
              }}
            >
              <Text size="sm" fw={700}>
                {Number(jour.slice(8, 10))}
                {feries.has(jour) ? ' · férié' : ''}
                {jour === aujourdhui ? ' · aujourd’hui' : ''}
              </Text>
              <Text size="xs">{n ? `${n} créneau${n > 1 ? 'x' : ''}` : '—'}</Text>
              {couvrir ? (
                <Text size="xs" c="red.9" fw={700} style={{ display: 'flex', gap: 2, alignItems: 'center' }}>
                  <IconAlert size={12} /> {couvrir} à couvrir
                </Text>
              ) : null}
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </div>
  );
}
