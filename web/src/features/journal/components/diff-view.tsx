import { auditFieldLabel } from '@domain/journal/journal-labels';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatAuditValue as short } from './journal-value';

const MAX_LINES = 3;

function isChange(v: unknown): v is { avant: unknown; apres: unknown } {
  return typeof v === 'object' && v !== null && 'avant' in v && 'apres' in v;
}

/** A creation shows the new value, a deletion the old one struck through, an update both. */
function renderValue(value: unknown): ReactNode {
  if (!isChange(value)) return short(value);
  const { avant, apres } = value;
  if (avant === null || avant === undefined) return short(apres);
  const old = (
    <Text span size="xs" td="line-through" c="dimmed">
      {short(avant)}
    </Text>
  );
  if (apres === null || apres === undefined) return old;
  return (
    <>
      {old} → {short(apres)}
    </>
  );
}

function Line({ name, value }: { name: string; value: unknown }) {
  return (
    <li>
      <Text size="xs" component="span" style={{ overflowWrap: 'anywhere' }}>
        <Text span fw={600} size="xs">
          {auditFieldLabel(name)}
        </Text>{' '}
        : {renderValue(value)}
      </Text>
    </li>
  );
}

const listStyle = { margin: 0, paddingLeft: 0, listStyle: 'none' } as const;

/** The changed fields of an audit entry, compact: the first lines, the rest behind « … ». */
export function DiffView({ diff }: { diff: unknown }) {
  if (diff === null || diff === undefined) return <Text size="xs">—</Text>;
  if (typeof diff !== 'object' || Array.isArray(diff)) return <Text size="xs">{short(diff)}</Text>;
  const entries = Object.entries(diff as Record<string, unknown>);
  if (entries.length === 0) return <Text size="xs">—</Text>;
  const head = entries.slice(0, MAX_LINES);
  const rest = entries.slice(MAX_LINES);
  return (
    <>
      <ul style={listStyle}>
        {head.map(([key, value]) => (
          <Line key={key} name={key} value={value} />
        ))}
      </ul>
      {rest.length > 0 ? (
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)' }}>
            {rest.length === 1 ? '1 autre champ' : `${rest.length} autres champs`}
          </summary>
          <ul style={listStyle}>
            {rest.map(([key, value]) => (
              <Line key={key} name={key} value={value} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
