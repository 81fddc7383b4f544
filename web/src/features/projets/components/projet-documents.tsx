import { Anchor, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { InlineError } from '../../../components/ui/form-alert';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { documentUrl, useAddDocument, useDeleteDocument, useDocuments } from '../api/documents';

const ACCEPT =
  'application/pdf,image/*,.docx,.xlsx,.odt,.ods,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet';

const taille = (octets: number) =>
  octets < 1024 * 1024
    ? `${Math.max(1, Math.round(octets / 1024))} ko`
    : `${(octets / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;

/**
 * The documents of a project (issue 14, part 4): a budget, a poster, a funder's letter. Each
 * download is journaled (a document may name people); an image loses its metadata on the server.
 */
export function ProjetDocuments({
  projetId,
  canAdd,
  canRemove,
}: {
  projetId: string;
  canAdd: boolean;
  /** Whether this user may remove a document they did not add (coordination). */
  canRemove: boolean;
}) {
  const documents = useDocuments(projetId);
  const add = useAddDocument(projetId);
  const remove = useDeleteDocument(projetId);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(e instanceof ApiError ? e.message : 'Le serveur ne répond pas.');
  const envoyer = (file: File | null) => {
    setError(null);
    if (!file) return;
    const nom = file.name.slice(0, 120) || 'Document';
    add.mutate({ id: crypto.randomUUID(), nom, file }, { onError });
  };
  return (
    <SectionCard id="projet-documents" title="Documents">
      <Stack gap="sm">
        <QueryState query={documents} label="les documents">
          {(rows) =>
            rows.length ? (
              <List spacing={6}>
                {rows.map((d) => (
                  <List.Item key={d.id}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor href={documentUrl(projetId, d.id)} style={{ overflowWrap: 'anywhere' }}>
                        {d.nom}
                      </Anchor>
                      <Text span size="sm" c="dimmed">
                        {taille(d.taille)}, le {formatDate(d.le)}
                      </Text>
                      {canRemove ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={`Retirer le document ${d.nom}`}
                          onClick={() => remove.mutate(d.id, { onError })}
                        >
                          Retirer
                        </Button>
                      ) : null}
                    </Group>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">Aucun document.</Text>
            )
          }
        </QueryState>
        {canAdd ? (
          <Group>
            <FileButton onChange={envoyer} accept={ACCEPT}>
              {(props) => (
                <Button {...props} variant="default" loading={add.isPending}>
                  Joindre un document
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              PDF, image, Word, Excel ou OpenDocument, 10 Mo au plus.
            </Text>
          </Group>
        ) : null}
        <InlineError message={error} />
      </Stack>
    </SectionCard>
  );
}
