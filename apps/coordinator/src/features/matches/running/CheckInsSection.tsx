import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { checkInInput } from '@driehoek/contracts/running';
import { optionalText } from '@driehoek/contracts/common';
import { Checkbox } from '@driehoek/ui/Checkbox';
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
/**
 * The form's fields: the check-in, and SAF-16's "safety concerns? yes/no" as two choices; yes asks
 * for what was heard and whether the child is in danger now (SAF-1), and opens a concern.
 */
const checkInForm = checkInInput
  .omit({ safety: true })
  .extend({
    safetyConcern: z.enum(['no', 'yes'], { message: 'errors.required' }),
    concernFacts: optionalText(5000),
    concernAcute: z.enum(['', 'no', 'yes']),
    concernDisclosure: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.safetyConcern !== 'yes') return;
    if (!values.concernFacts) ctx.addIssue({ code: 'custom', path: ['concernFacts'], message: 'errors.required' });
    if (!values.concernAcute) ctx.addIssue({ code: 'custom', path: ['concernAcute'], message: 'errors.required' });
  });
type CheckInValues = z.input<typeof checkInForm>;

function checkInOf(values: z.output<typeof checkInForm>): z.input<typeof checkInInput> {
  const { safetyConcern, concernFacts, concernAcute, concernDisclosure, ...checkIn } = values;
  return {
    ...checkIn,
    safety: safetyConcern === 'yes' ? { safetyConcern: true, facts: concernFacts, acuteDanger: concernAcute === 'yes', disclosure: concernDisclosure } : { safetyConcern: false },
  };
}

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
  const defaults = { matchId, on: todayIso(), notes: '', concernFacts: '', concernAcute: '', concernDisclosure: false } as CheckInValues;
  const form = useForm<CheckInValues, unknown, z.output<typeof checkInForm>>({ resolver: zodResolver(checkInForm), defaultValues: defaults });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['on', 'withWhom', 'how', 'notes']);
  const worried = form.watch('safetyConcern') === 'yes';
  const mutation = useMutation(trpc.checkIns.record.mutationOptions());
  return (
    <StepForm
      submitLabel={t('checkIns.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(checkInOf(values), {
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
          error={errorText(errors.withWhom?.message, t('errors.chooseField', { field: t('checkIns.withWhom') }))}
          {...form.register('withWhom')}
        />
        <SelectField
          label={t('checkIns.how')}
          placeholder={t('matching.choose')}
          options={CHECK_IN_HOW.map((how) => ({ value: how, label: t(`checkInHow.${how}`) }))}
          error={errorText(errors.how?.message, t('errors.chooseField', { field: t('checkIns.how') }))}
          {...form.register('how')}
        />
      </div>
      <TextArea label={t('checkIns.notes')} hint={t('checkIns.notesHint')} rows={4} error={errorText(errors.notes?.message)} {...form.register('notes')} />
      <SelectField
        label={t('checkIns.safety.question')}
        placeholder={t('matching.choose')}
        options={[
          { value: 'no', label: t('checkIns.safety.no') },
          { value: 'yes', label: t('checkIns.safety.yes') },
        ]}
        error={errorText(errors.safetyConcern?.message, t('errors.chooseField', { field: t('checkIns.safety.question') }))}
        {...form.register('safetyConcern')}
      />
      {worried && (
        <>
          <TextArea label={t('checkIns.safety.facts')} hint={t('checkIns.safety.factsHint')} rows={3} error={errorText(errors.concernFacts?.message)} {...form.register('concernFacts')} />
          <SelectField
            label={t('checkIns.safety.acute')}
            placeholder={t('matching.choose')}
            options={[
              { value: 'no', label: t('checkIns.safety.no') },
              { value: 'yes', label: t('checkIns.safety.yes') },
            ]}
            error={errorText(errors.concernAcute?.message, t('errors.chooseField', { field: t('checkIns.safety.acute') }))}
            {...form.register('concernAcute')}
          />
          <Checkbox label={t('checkIns.safety.disclosure')} {...form.register('concernDisclosure')} />
        </>
      )}
    </StepForm>
  );
}
