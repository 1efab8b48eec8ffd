import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { addCaseNoteInput } from '@driehoek/contracts/pupils';
import { Card } from '@driehoek/ui/Card';
import { TextArea } from '@driehoek/ui/TextArea';
import { trpc } from '../../trpc';
import { formatMoment } from '../../dates';
import { useErrorText } from '../../server-errors';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import { pupilSaved } from './saving';
import type { PupilDetail } from '../../api-types';

type Values = z.input<typeof addCaseNoteInput>;
type Note = NonNullable<PupilDetail['caseNotes']>[number];

/** Case notes: coordinators only (a school mentor never gets this section). Newest first. */
export function CaseNotes({ pupil, notes }: { pupil: PupilDetail; notes: readonly Note[] }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const [formKey, setFormKey] = useState(0);
  const sorted = [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card title={t('caseNotes.title')} headingLevel={2}>
      <p className="dh-muted">{t('caseNotes.intro')}</p>
      {sorted.length === 0 ? (
        <p>{t('caseNotes.none')}</p>
      ) : (
        <ul className="coordinator-notes-list">
          {sorted.map((note) => (
            <li key={note.id}>
              <p className="coordinator-label">{t('caseNotes.byline', { author: note.authorName, date: formatMoment(note.createdAt, i18n.language) })}</p>
              <p className="coordinator-notes">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
      <SavedNotice message={saved.message} version={saved.version} />
      <CaseNoteForm
        key={formKey}
        pupilId={pupil.id}
        onSaved={() => {
          setFormKey((key) => key + 1);
          setSaved(savedWith(t('caseNotes.saved')));
        }}
      />
    </Card>
  );
}

function CaseNoteForm({ pupilId, onSaved }: { pupilId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({ resolver: zodResolver(addCaseNoteInput), defaultValues: { pupilId, text: '' } });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['text']);
  const mutation = useMutation(trpc.pupils.addCaseNote.mutationOptions({ onSuccess: pupilSaved }));
  return (
    <StepForm
      submitLabel={t('caseNotes.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextArea label={t('caseNotes.text')} hint={t('caseNotes.textHint')} rows={4} error={errorText(errors.text?.message)} {...form.register('text')} />
    </StepForm>
  );
}
