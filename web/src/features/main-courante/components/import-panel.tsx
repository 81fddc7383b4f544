import type { ImportReport } from '@domain/main-courante/activite.views';
import { Alert, Button, FileInput, Group, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { type DataColumn, DataList } from '../../../components/ui/data-list';
import { errorMessage } from '../../../lib/api-client';
import { type ImportMode, importCsv } from '../api/import';

/** Preview (dry run), then import with upload progress, then the report. */
type Rejet = ImportReport['rejets'][number];

const REJET_COLUMNS: DataColumn<Rejet>[] = [
  { key: 'ligne', header: 'Ligne', render: (x) => x.ligne },
  { key: 'colonne', header: 'Colonne', render: (x) => x.colonne ?? '—' },
  { key: 'message', header: 'Message', render: (x) => x.message },
];

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('atomic');
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setReport(null);
    setProgress(0);
    try {
      const r = await importCsv(file, { mode, dryRun, onProgress: setProgress });
      setReport(r);
      if (!dryRun && r.activites + r.contacts > 0) onImported();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };
  const busy = progress !== null;

  return (
    <Stack gap="md">
      <FileInput
        label="Fichier CSV de la main courante"
        description="Format décrit dans la documentation : une ligne par contact, séparateur « ; » ou « , », UTF-8."
        accept=".csv,text/csv"
        value={file}
        onChange={(f) => {
          setFile(f);
          setReport(null);
        }}
        clearable
      />
      <Radio.Group label="En cas de lignes en erreur" value={mode} onChange={(v) => setMode(v as ImportMode)}>
        <Stack gap="xs" mt={6}>
          <Radio
            value="atomic"
            label="Tout ou rien"
            description="Si une seule ligne est en erreur, rien n’est enregistré : corrigez le fichier et recommencez."
          />
          <Radio
            value="partial"
            label="Partiel"
            description="Les lignes correctes sont enregistrées, les lignes en erreur sont listées pour être corrigées et réimportées (réimporter le même fichier ne crée pas de doublon)."
          />
        </Stack>
      </Radio.Group>
      <Group gap="xs">
        <Button variant="light" disabled={!file || busy} onClick={() => run(true)}>
          Prévisualiser
        </Button>
        <Button disabled={!file || busy} onClick={() => run(false)}>
          Importer
        </Button>
      </Group>
      {busy ? (
        <Stack gap={4}>
          <Text size="sm" id="import-progress">
            {progress < 1
              ? `Envoi du fichier… ${Math.round(progress * 100)} %`
              : 'Lecture des lignes par le serveur…'}
          </Text>
          <Progress
            value={Math.round(progress * 100)}
            aria-labelledby="import-progress"
            animated={progress >= 1}
          />
        </Stack>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" role="alert" title="Import impossible">
          {error}
        </Alert>
      ) : null}
      {report ? <ImportResult report={report} /> : null}
    </Stack>
  );
}

function ImportResult({ report: r }: { report: ImportReport }) {
  const refused = r.mode === 'atomic' && r.nbRejets > 0;
  const title = r.dryRun
    ? 'Prévisualisation (rien n’est enregistré)'
    : refused
      ? 'Import refusé : rien n’a été enregistré'
      : 'Import terminé';
  return (
    <Stack gap="sm" role="status">
      <Alert color={r.nbRejets ? (refused ? 'red' : 'orange') : 'green'} variant="light" title={title}>
        <Text size="sm">
          {r.lignes} ligne(s) lue(s) · {r.activites} activité(s) et {r.contacts} contact(s)
          {r.dryRun ? ' à importer' : refused ? ' auraient été importés' : ' importés'} · {r.dejaImportees}{' '}
          ligne(s) déjà importée(s) · {r.nbRejets} erreur(s).
        </Text>
        {r.lieuxCrees.length ? (
          <Text size="sm">
            Lieux créés
            {r.nbLieuxCrees > r.lieuxCrees.length
              ? ` (${r.nbLieuxCrees}, dont ces ${r.lieuxCrees.length})`
              : ''}{' '}
            : {r.lieuxCrees.join(', ')}.
          </Text>
        ) : null}
      </Alert>
      {r.rejets.length ? (
        <>
          <Title order={2} size="h4">
            Lignes rejetées
            {r.nbRejets > r.rejets.length ? ` (les ${r.rejets.length} premières sur ${r.nbRejets})` : ''}
          </Title>
          <DataList
            rows={r.rejets}
            columns={REJET_COLUMNS}
            rowKey={(x) => `${x.ligne}-${x.colonne}-${x.message}`}
            caption="Lignes rejetées"
            minTableWidth={420}
          />
        </>
      ) : null}
    </Stack>
  );
}
