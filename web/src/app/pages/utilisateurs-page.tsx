import type { Role } from '@domain/auth/roles';
import { secondFactorApplies } from '@domain/utilisateurs/deuxieme-facteur.schema';
import type { UserView } from '@domain/utilisateurs/utilisateur.schema';
import { Button, Divider, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import type { UserCreated } from '../../features/utilisateurs/api/create-utilisateur';
import { useUtilisateurs } from '../../features/utilisateurs/api/get-utilisateurs';
import {
  ActivationLinkPanel,
  NewActivationLink,
} from '../../features/utilisateurs/components/activation-link';
import { ResetSecondFactor } from '../../features/utilisateurs/components/reset-second-factor';
import { UserFilters } from '../../features/utilisateurs/components/user-filters';
import { UserForm } from '../../features/utilisateurs/components/user-form';
import { UserList } from '../../features/utilisateurs/components/user-list';
import { partenaireOptions } from '../../lib/reference-options';

type Dialog =
  | { mode: 'create' }
  | { mode: 'created'; created: UserCreated }
  | { mode: 'edit'; user: UserView }
  | null;

export function UtilisateursPage() {
  const [filters, setFilters] = useState<{ q: string; role: Role | null }>({ q: '', role: null });
  const [q] = useDebouncedValue(filters.q, 300);
  const users = useUtilisateurs({ q, role: filters.role });
  const partenaires = usePartenaires();
  const territoires = useTerritoires();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const partnerOptions = partenaireOptions(partenaires.data);
  const territoireOptions = (territoires.data ?? []).map((t) => ({
    value: t.id,
    label: `${t.nom} (${t.qpvCode})`,
  }));
  const partnerName = (id: string) => partenaires.data?.find((p) => p.id === id)?.nom ?? '…';
  const territoireName = (id: string) => territoires.data?.find((t) => t.id === id)?.nom ?? '…';

  const title =
    dialog?.mode === 'edit'
      ? `Modifier ${dialog.user.prenom} ${dialog.user.nom}`
      : dialog?.mode === 'created'
        ? 'Compte créé'
        : 'Nouveau compte';

  return (
    <>
      <PageHeader
        title="Utilisateurs"
        description="Les comptes de la structure : rôle, partenaire rattaché, territoires."
        action={<Button onClick={() => setDialog({ mode: 'create' })}>Nouveau compte</Button>}
      />
      <Stack gap="md">
        <UserFilters q={filters.q} role={filters.role} onChange={setFilters} />
        <QueryState query={users} label="les comptes">
          {(list) => (
            <UserList
              users={list}
              partnerName={partnerName}
              territoireName={territoireName}
              onEdit={(user) => setDialog({ mode: 'edit', user })}
            />
          )}
        </QueryState>
      </Stack>
      <FormModal opened={dialog !== null} onClose={close} title={title}>
        {dialog?.mode === 'create' ? (
          <UserForm
            user={null}
            partnerOptions={partnerOptions}
            territoireOptions={territoireOptions}
            onCancel={close}
            onCreated={(created) => setDialog({ mode: 'created', created })}
          />
        ) : null}
        {dialog?.mode === 'created' ? (
          <Stack>
            <ActivationLinkPanel
              url={dialog.created.activationUrl}
              personName={`${dialog.created.user.prenom} ${dialog.created.user.nom}`}
            />
            <Group justify="flex-end">
              <Button onClick={close}>Terminé</Button>
            </Group>
          </Stack>
        ) : null}
        {dialog?.mode === 'edit' ? (
          <Stack>
            {dialog.user.isActive ? (
              <>
                <NewActivationLink
                  userId={dialog.user.id}
                  personName={`${dialog.user.prenom} ${dialog.user.nom}`}
                />
                {secondFactorApplies(dialog.user.role) ? (
                  <ResetSecondFactor
                    userId={dialog.user.id}
                    personName={`${dialog.user.prenom} ${dialog.user.nom}`}
                  />
                ) : null}
                <Divider />
              </>
            ) : null}
            <UserForm
              key={dialog.user.id}
              user={dialog.user}
              partnerOptions={partnerOptions}
              territoireOptions={territoireOptions}
              onCancel={close}
              onSaved={(saved) => {
                close();
                notifications.show({
                  color: 'teal',
                  title: 'Compte modifié',
                  message: `${saved.prenom} ${saved.nom}`,
                });
              }}
            />
          </Stack>
        ) : null}
      </FormModal>
    </>
  );
}
