import { Button } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import type { JetonCreated } from '../../features/jetons/api/create-jeton';
import { useJetons } from '../../features/jetons/api/get-jetons';
import { JetonCreateForm, JetonSecret } from '../../features/jetons/components/jeton-create-form';
import { JetonList } from '../../features/jetons/components/jeton-list';
import { useUtilisateurs } from '../../features/utilisateurs/api/get-utilisateurs';

type Dialog = { mode: 'create' } | { mode: 'created'; jeton: JetonCreated } | null;

export function JetonsPage() {
  const jetons = useJetons();
  const users = useUtilisateurs();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const userOptions = (users.data ?? [])
    .filter((u) => u.isActive)
    .map((u) => ({ value: u.id, label: `${u.prenom} ${u.nom} (${u.email})` }));
  const userName = (id: string) => {
    const u = users.data?.find((x) => x.id === id);
    return u ? `${u.prenom} ${u.nom}` : '…';
  };

  return (
    <>
      <PageHeader
        title="Jetons d’API"
        description="Des jetons personnels pour que d’autres logiciels (tableaux de bord, SIG, scripts) lisent ou écrivent dans Trame au nom d’un compte."
        action={<Button onClick={() => setDialog({ mode: 'create' })}>Nouveau jeton</Button>}
      />
      <QueryState query={jetons} label="les jetons">
        {(list) => <JetonList jetons={list} userName={userName} />}
      </QueryState>
      <FormModal
        opened={dialog !== null}
        // The secret is shown once: closing is only through the explicit button.
        onClose={dialog?.mode === 'created' ? () => undefined : close}
        title={dialog?.mode === 'created' ? 'Jeton créé' : 'Nouveau jeton'}
        size="md"
      >
        {dialog?.mode === 'create' ? (
          <JetonCreateForm
            userOptions={userOptions}
            onCancel={close}
            onCreated={(jeton) => setDialog({ mode: 'created', jeton })}
          />
        ) : null}
        {dialog?.mode === 'created' ? <JetonSecret jeton={dialog.jeton} onClose={close} /> : null}
      </FormModal>
    </>
  );
}
