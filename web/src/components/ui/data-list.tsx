import { Box, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useIsDesktop } from './use-is-desktop';

export interface DataColumn<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
}

/**
 * A list of records: a table where the room allows it, a stack of cards otherwise. The choice
 * follows the width the list actually gets (not the window's): a table that needs
 * `minTableWidth` px never runs past the edge beside the sidebar at 1280 px, and a phone always
 * gets cards. The first column is the card's title.
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
  const { ref, width } = useElementSize();
  // Before the first measure, guess from the window so a desktop does not flash cards.
  const asTable = width > 0 ? width >= minTableWidth : isDesktop;
  return (
    <Box ref={ref}>
      <DataListBody
        rows={rows}
        columns={columns}
        rowKey={rowKey}
        caption={caption}
        actions={actions}
        empty={empty}
        asTable={asTable}
      />
    </Box>
  );
}

function DataListBody<T>({
  rows,
  columns,
  rowKey,
  caption,
  actions,
  empty,
  asTable,
}: {
  rows: T[];
  columns: DataColumn<T>[];
  rowKey: (row: T) => string;
  caption: string;
  actions?: (row: T) => ReactNode;
  empty: ReactNode;
  asTable: boolean;
}) {
  if (rows.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="lg" size="sm">
        {empty}
      </Text>
    );
  }

  if (!asTable) {
    const [first, ...rest] = columns;
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {rows.map((row) => (
          <Card component="li" key={rowKey(row)} withBorder padding="md" radius="md">
            {first ? (
              <Text fw={700} mb={4} data-list-title style={{ overflowWrap: 'anywhere' }}>
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
    // Shown as a table only when its box is wide enough (else cards); a table still wider than
    // its box scrolls sideways: the box then takes the keyboard focus and is named by the caption
    // (axe: scrollable-region-focusable).
    <Table.ScrollContainer minWidth={0} type="native" tabIndex={0} role="group" aria-label={caption}>
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
                  <Group gap="xs" justify="flex-end">
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
