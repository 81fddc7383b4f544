import { Button, Group, Stack } from '@mantine/core';
import { PeriodeFields } from '../../../components/ui/periode-fields';
import { rapportUrl } from '../api/rapports';

/** Two side by side on a phone (one thumb reaches both), their natural width from sm up. */
const HALF = { base: 'calc(50% - 6px)', sm: 'auto' };

/** The bilan's period (native date fields) and the documents of that period to download. */
export function BilanPeriode({
  du,
  au,
  valid,
  onChange,
}: {
  du: string;
  au: string;
  valid: boolean;
  onChange: (p: { du: string; au: string }) => void;
}) {
  const periode = { du, au, qpv: [] };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <PeriodeFields value={{ du, au }} onChange={onChange} quoi="Le bilan" w={{ ...HALF, sm: 170 }} />
      </Group>
      {valid ? (
        <Group gap="sm" role="group" aria-label="Télécharger le bilan">
          <Button component="a" href={rapportUrl(periode, 'pdf')} download w={HALF}>
            Bilan PDF
          </Button>
          <Button component="a" href={rapportUrl(periode, 'xlsx')} download variant="default" w={HALF}>
            Tableur XLSX
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
