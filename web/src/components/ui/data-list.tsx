import { Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIsDesktop } from './use-is-desktop';

export interface DataColumn<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
}

/**
 * A list of records: a table on a desktop, a stack of cards on a phone (no horizontal page
 * scroll at 360 px). The first column is the card's title.
 */
export function DataList<T>({
  rows,
  columns,
  rowKey,
  caption,
  actions,
  empty = 'Aucun élément.',
  minTableWidth = 640,
}: {
  rows: T[];
  columns: DataColumn<T>[];
  rowKey: (row: T) => string;
  /** Describes the table for screen readers. */
  caption: string;
  actions?: (row: T) => ReactNode;
  empty?: ReactNode;
  minTableWidth?: number;
}) {
  const isDesktop = useIsDesktop();
  if (rows.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="lg" size="sm">
        {empty}
      </Text>
    );
  }

  if (!isDesktop) {
    const [first, ...rest] = columns;
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {rows.map((row) => (
          <Card component="li" key={rowKey(row)} withBorder padding="md" radius="md">
            {first ? (
              <Text fw={700} mb={4} style={{ overflowWrap: 'anywhere' }}>
                {first.render(row)}
              </Text>
            ) : null}
            <Stack gap={2} component="dl" m={0}>
              {rest.map((col) => (
                <Group key={col.key} gap={6} wrap="nowrap" align="baseline">
                  <Text component="dt" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                    {col.header} :
                  </Text>
                  <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                    {col.render(row)}
                  </Text>
                </Group>
              ))}
            </Stack>
            {actions ? (
              <Group gap="xs" mt="sm">
                {actions(row)}
              </Group>
            ) : null}
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    // A table wider than its column scrolls sideways: the scrolling box takes the keyboard focus
    // (arrow keys scroll it) and is named by the caption (axe: scrollable-region-focusable).
    <Table.ScrollContainer
      minWidth={minTableWidth}
      type="native"
      tabIndex={0}
      role="group"
      aria-label={caption}
    >
      <Table striped highlightOnHover verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((col) => (
              <Table.Th key={col.key} scope="col">
                {col.header}
              </Table.Th>
            ))}
            {actions ? (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((col) => (
                <Table.Td key={col.key}>{col.render(row)}</Table.Td>
              ))}
              {actions ? (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {actions(row)}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
