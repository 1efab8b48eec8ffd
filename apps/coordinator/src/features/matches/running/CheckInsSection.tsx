import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { checkInInput } from '@driehoek/contracts/running';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../../trpc';
import { formatDay, todayIso } from '../../../dates';
import { useErrorText } from '../../../server-errors';
import { LoadError, LoadingState } from '../../../shell/LoadState';
import { useFormServerErrors } from '../../../forms/form-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../../forms/SavedNotice';
import { StepForm } from '../../../forms/StepForm';
import { runningChanged } from './saving';
import { CHECK_IN_HOW, CHECK_IN_WITH } from './vocabulary';
import type { CheckInView } from '../../../api-types';

type CheckIn = CheckInView;
type CheckInValues = z.input<typeof checkInInput>;

/** "Contactmomenten": the coordinator's check-ins with the volunteer, parents, pupil or school mentor, and a new one. */
export function CheckInsSection({ matchId }: { matchId: string }) {
  const { t, i18n } = useTranslation();
  const checkIns = useQuery(trpc.checkIns.list.queryOptions({ matchId }));
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const list = [...(checkIns.data ?? [])].sort((a, b) => b.on.localeCompare(a.on));

  return (
    <Card title={t('checkIns.title')}>
      {checkIns.isPending ? (
        <LoadingState />
      ) : checkIns.isError ? (
        <LoadError error={checkIns.error} onRetry={() => void checkIns.refetch()} />
      ) : list.length === 0 ? (
        <p>{t('checkIns.empty')}</p>
      ) : (
        <ol className="coordinator-notes-list">
          {list.map((checkIn) => (
            <li key={checkIn.id}>
              <p className="coordinator-label">
                {t('checkIns.line', {
                  date: formatDay(checkIn.on, i18n.language),
                  withWhom: t(`checkInWith.${checkIn.withWhom}`, { defaultValue: checkIn.withWhom }),
                  how: t(`checkInHow.${checkIn.how}`, { defaultValue: checkIn.how }),
                })}
              </p>
              {checkIn.notes && <p className="coordinator-notes">{checkIn.notes}</p>}
              <p className="dh-muted">{t('checkIns.by', { name: checkIn.byName })}</p>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('checkIns.newTitle')}</h3>
      <SavedNotice message={saved.message} version={saved.version} />
      <CheckInForm
        matchId={matchId}
        onSaved={(next) => {
          queryClient.setQueryData(trpc.checkIns.list.queryKey({ matchId }), next);
          runningChanged();
          setSaved(savedWith(t('checkIns.saved')));
        }}
      />
    </Card>
  );
}

function CheckInForm({ matchId, onSaved }: { matchId: string; onSaved: (checkIns: CheckIn[]) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const defaults: CheckInValues = { matchId, on: todayIso(), notes: '' } as CheckInValues;
  const form = useForm<CheckInValues>({ resolver: zodResolver(checkInInput), defaultValues: defaults });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['on', 'withWhom', 'how', 'notes']);
  const mutation = useMutation(trpc.checkIns.record.mutationOptions());
  return (
    <StepForm
      submitLabel={t('checkIns.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, {
          onSuccess: (next) => {
            form.reset({ ...defaults, on: todayIso() });
            onSaved(next);
          },
          onError: server.onError,
        });
      })}
    >
      <div className="coordinator-settings-grid">
        <TextField label={t('checkIns.on')} type="date" max={todayIso()} error={errorText(errors.on?.message)} {...form.register('on')} />
        <SelectField
          label={t('checkIns.withWhom')}
          placeholder={t('matching.choose')}
          options={CHECK_IN_WITH.map((who) => ({ value: who, label: t(`checkInWith.${who}`) }))}
          error={errorText(errors.withWhom?.message, t('matching.choose'))}
          {...form.register('withWhom')}
        />
        <SelectField
          label={t('checkIns.how')}
          placeholder={t('matching.choose')}
          options={CHECK_IN_HOW.map((how) => ({ value: how, label: t(`checkInHow.${how}`) }))}
          error={errorText(errors.how?.message, t('matching.choose'))}
          {...form.register('how')}
        />
      </div>
      <TextArea label={t('checkIns.notes')} hint={t('checkIns.notesHint')} rows={4} error={errorText(errors.notes?.message)} {...form.register('notes')} />
    </StepForm>
  );
}
