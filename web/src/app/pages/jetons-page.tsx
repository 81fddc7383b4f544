import { canManageApiTokens } from '@domain/auth/roles';
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
import { useSession } from '../session';

type Dialog = { mode: 'create' } | { mode: 'created'; jeton: JetonCreated } | null;

const PURPOSE =
  'Des jetons personnels pour que d’autres logiciels (tableaux de bord, SIG, scripts) lisent ou écrivent dans Trame avec les droits de votre compte, pour une durée choisie (un an au plus).';

/** Admins list every token of the structure: the owner is named from the accounts' list. */
function AdminJetonList({ jetons }: { jetons: Parameters<typeof JetonList>[0]['jetons'] }) {
  const users = useUtilisateurs();
  const userName = (id: string) => {
    const u = users.data?.find((x) => x.id === id);
    return u ? `${u.prenom} ${u.nom}` : '…';
  };
  return <JetonList jetons={jetons} userName={userName} />;
}

export function JetonsPage() {
  const me = useSession();
  const admin = canManageApiTokens(me);
  const jetons = useJetons();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title="Jetons d’API"
        description={
          admin
            ? `${PURPOSE} Vous voyez aussi les jetons des autres comptes de la structure, et pouvez les révoquer.`
            : PURPOSE
        }
        action={<Button onClick={() => setDialog({ mode: 'create' })}>Nouveau jeton</Button>}
      />
      <QueryState query={jetons} label="les jetons">
        {(list) => (admin ? <AdminJetonList jetons={list} /> : <JetonList jetons={list} userName={null} />)}
      </QueryState>
      <FormModal
        opened={dialog !== null}
        // The secret is shown once: closing is only through the explicit button.
        onClose={dialog?.mode === 'created' ? () => undefined : close}
        title={dialog?.mode === 'created' ? 'Jeton créé' : 'Nouveau jeton'}
        size="md"
      >
        {dialog?.mode === 'create' ? (
          <JetonCreateForm onCancel={close} onCreated={(jeton) => setDialog({ mode: 'created', jeton })} />
        ) : null}
        {dialog?.mode === 'created' ? <JetonSecret jeton={dialog.jeton} onClose={close} /> : null}
      </FormModal>
    </>
  );
}
