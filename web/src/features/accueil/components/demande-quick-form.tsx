import { DEMANDE_NOTE_MAX, MOTIFS_FREQUENTS, type ReponseType } from '@domain/accueil/accueil.taxonomies';
import type { DemandeView } from '@domain/accueil/demande.schema';
import { Alert, Button, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { IconCheck } from '../../../components/ui/icons';
import { SelectLazy } from '../../../components/ui/select-lazy';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { useForm } from '../../../lib/form';
import { KEPT_MESSAGE } from '../../../lib/outbox-capture';
import type { Option } from '../../../lib/reference-options';
import { useCreateDemande } from '../api/create-demande';
import { usePersonneChoices } from '../api/get-personne-choices';
import { ChipField } from './chip-field';
import { AUTONOMIE_OPTIONS, CANAL_OPTIONS, MOTIF_OPTIONS, PORTAIL_OPTIONS, REPONSE_OPTIONS } from './options';

// The request's schema (and zod) load at submit: the street page's first load stays light (ADR 033).
const loadSchema = async () => (await import('@domain/accueil/demande.schema')).demandeCreateSchema;

const LAST = 'trame.demande.derniers';
const remembered = (): { canal?: string; territoireId?: string } => {
  try {
    return JSON.parse(localStorage.getItem(LAST) ?? '{}');
  } catch {
    return {};
  }
};

const frequent = MOTIF_OPTIONS.filter((o) => MOTIFS_FREQUENTS.includes(o.value));
const others = MOTIF_OPTIONS.filter((o) => !MOTIFS_FREQUENTS.includes(o.value));

/** What another screen already knows (the tournée: in the street, its QPV, an orientation). */
export interface DemandePreset {
  canal: 'rue';
  territoireId: string;
  reponses: ReponseType[];
}

const fresh = (qpvOptions: Array<{ value: string }>, preset?: DemandePreset) => {
  const last = remembered();
  return {
    id: crypto.randomUUID(),
    orientationId: crypto.randomUUID(),
    canal: preset?.canal ?? last.canal ?? 'rue',
    territoireId:
      preset?.territoireId ??
      qpvOptions.find((q) => q.value === last.territoireId)?.value ??
      (qpvOptions[0]?.value as string | undefined) ??
      null,
    motifs: [] as string[],
    reponses: [...(preset?.reponses ?? [])] as string[],
    portail: null as string | null,
    autonomie: null as string | null,
    serviceId: null as string | null,
    personneId: null as string | null,
    heure: '',
    note: '',
  };
};

/**
 * The street form: channel, motives and responses as big chips, an orientation picked in the
 * directory. Channel and QPV are remembered; the request is anonymous unless a file is chosen.
 * `servicePicker` is given by the page (the directory is another feature).
 */
export function DemandeQuickForm({
  qpvOptions,
  servicePicker,
  onDone,
  onCaptured,
  preset,
}: {
  qpvOptions: Option[];
  servicePicker: (p: {
    /** Changes when the form is reset: the picker starts over. */
    resetKey: string;
    thematique: string | null;
    onChange: (id: string | null) => void;
    error?: string;
  }) => ReactNode;
  /** The request as recorded, or null when the phone keeps it until the network is back. */
  onDone?: (d: DemandeView | null) => void;
  /** The client id of the request just saved or kept (an action links it: ADR 037). */
  onCaptured?: (id: string) => void;
  /** Pre-filled answers; the form then keeps no memory of its own (channel and QPV). */
  preset?: DemandePreset;
}) {
  const form = useForm(fresh(qpvOptions, preset));
  const [showOthers, setShowOthers] = useState(false);
  const [linkPerson, setLinkPerson] = useState(false);
  /** The last request recorded, or `kept` while it waits on the phone. */
  const [saved, setSaved] = useState<DemandeView | 'kept' | null>(null);
  const [personSearch, setPersonSearch] = useState('');
  const personnes = usePersonneChoices(linkPerson ? personSearch : '');
  const create = useCreateDemande();
  const v = form.values;
  const has = (r: ReponseType) => v.reponses.includes(r);

  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reponses = v.reponses.map((type) =>
      type === 'aide_demarche'
        ? { type, portail: v.portail, autonomie: v.autonomie }
        : type === 'orientation'
          ? { type, orientation: { id: v.orientationId, serviceId: v.serviceId } }
          : { type },
    );
    const input = await form.validateLater(loadSchema, {
      id: v.id,
      date: new Date().toISOString(),
      canal: v.canal,
      territoireId: v.territoireId,
      personneId: linkPerson ? v.personneId : null,
      motifs: v.motifs,
      reponses,
      heure: v.heure || undefined,
      note: v.note,
    });
    if (!input || !(await sensitive.allows(input.note))) return;
    create.mutate(input, {
      onSuccess: (captured) => {
        if (!preset)
          localStorage.setItem(LAST, JSON.stringify({ canal: v.canal, territoireId: v.territoireId }));
        form.reset(fresh(qpvOptions, preset));
        setLinkPerson(false);
        setSaved(captured.kept ? 'kept' : captured.result);
        onCaptured?.(input.id);
        onDone?.(captured.kept ? null : captured.result);
      },
      onError: form.handleError,
    });
  };
  const reponseIndex = (type: string) => v.reponses.indexOf(type);
  const fiches = (saved && saved !== 'kept' ? saved.reponses : []).flatMap((r) =>
    r.type === 'orientation' ? [r.orientationId] : [],
  );

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Nouvelle demande">
      <Stack gap="md">
        {saved === 'kept' ? (
          <Alert color="orange" variant="light" role="status" title="Demande gardée sur le téléphone">
            {KEPT_MESSAGE}
          </Alert>
        ) : saved ? (
          <Alert color="teal" variant="light" icon={<IconCheck />} role="status" title="Demande enregistrée">
            <Stack gap="xs">
              Vous pouvez saisir la suivante. La fiche d’orientation donne à la personne l’adresse, les
              horaires et le contact du service.
              {fiches.map((id, i) => (
                <Button
                  key={id}
                  component="a"
                  href={`/api/orientations/${id}/fiche`}
                  target="_blank"
                  rel="noopener"
                  variant="light"
                  size="lg"
                  fullWidth
                >
                  Imprimer la fiche{fiches.length > 1 ? ` ${i + 1}` : ''}
                </Button>
              ))}
            </Stack>
          </Alert>
        ) : null}
        <ChipField
          legend="Canal"
          options={CANAL_OPTIONS}
          multiple={false}
          value={v.canal}
          onChange={(c) => {
            setSaved(null);
            form.setValue('canal', c);
          }}
          error={form.errors.canal}
        />
        {qpvOptions.length > 1 ? (
          <ChipField
            legend="QPV"
            options={qpvOptions}
            multiple={false}
            value={v.territoireId}
            onChange={(t) => form.setValue('territoireId', t)}
            error={form.errors.territoireId}
          />
        ) : null}
        <ChipField
          legend="Motifs"
          options={showOthers ? [...frequent, ...others] : frequent}
          multiple
          value={v.motifs}
          onChange={(m) => {
            setSaved(null);
            form.setValue('motifs', m);
          }}
          error={form.errors.motifs ?? form.errors['motifs.0']}
        />
        {!showOthers ? (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setShowOthers(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            Autres motifs
          </Button>
        ) : null}
        <ChipField
          legend="Réponses apportées"
          options={REPONSE_OPTIONS}
          multiple
          value={v.reponses}
          onChange={(r) => form.setValue('reponses', r)}
          error={form.errors.reponses}
        />
        {has('aide_demarche') ? (
          <>
            <ChipField
              legend="Portail de la démarche"
              options={PORTAIL_OPTIONS}
              multiple={false}
              value={v.portail}
              onChange={(p) => form.setValue('portail', p)}
              error={form.errors[`reponses.${reponseIndex('aide_demarche')}.portail`]}
            />
            <ChipField
              legend="Autonomie de la personne"
              options={AUTONOMIE_OPTIONS}
              multiple={false}
              value={v.autonomie}
              onChange={(a) => form.setValue('autonomie', a)}
              error={form.errors[`reponses.${reponseIndex('aide_demarche')}.autonomie`]}
            />
          </>
        ) : null}
        {has('orientation')
          ? servicePicker({
              resetKey: v.orientationId,
              thematique: v.motifs.find((m) => frequent.concat(others).some((o) => o.value === m)) ?? null,
              onChange: (id) => form.setValue('serviceId', id),
              error:
                form.errors[`reponses.${reponseIndex('orientation')}.orientation.serviceId`] ??
                form.errors[`reponses.${reponseIndex('orientation')}.orientation`],
            })
          : null}
        <TextInput
          type="time"
          size="lg"
          label="Heure de la demande"
          description="Si vous la saisissez après coup (sinon : maintenant)"
          value={v.heure}
          onChange={(e) => form.setValue('heure', e.currentTarget.value)}
          error={form.errors.heure}
          style={{ maxWidth: 220 }}
        />
        <Textarea
          label="Note (facultative)"
          description="Un rappel court pour l’équipe, sans détail sensible"
          autosize
          minRows={2}
          maxLength={DEMANDE_NOTE_MAX}
          value={v.note}
          onChange={(e) => form.setValue('note', e.currentTarget.value)}
          error={form.errors.note}
        />
        <Switch
          size="md"
          label="Rattacher à une fiche personne (sinon anonyme, comptée seulement)"
          checked={linkPerson}
          onChange={(e) => setLinkPerson(e.currentTarget.checked)}
        />
        {linkPerson ? (
          <SelectLazy
            label="Fiche personne"
            placeholder="Pseudonyme"
            searchable
            searchValue={personSearch}
            onSearchChange={setPersonSearch}
            data={(personnes.data ?? []).map((p) => ({ value: p.id, label: p.pseudonyme }))}
            value={v.personneId}
            onChange={(id) => form.setValue('personneId', id)}
            error={form.errors.personneId}
            nothingFoundMessage="Aucune fiche"
          />
        ) : null}
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormAlert message={form.formError} />
        <Button type="submit" size="lg" fullWidth loading={create.isPending}>
          Enregistrer la demande
        </Button>
      </Stack>
    </form>
  );
}
