import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { completeTrainingInput } from '@driehoek/contracts/screening';
import { TextField } from '@driehoek/ui/TextField';
import { Button } from '@driehoek/ui/Button';
import { trpc } from '../../trpc';
import { todayIso, formatDay } from '../../dates';
import { useErrorText } from '../../server-errors';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import type { StepProps } from './step-props';

type Values = z.input<typeof completeTrainingInput>;

/** The programme's training (Thuisschoolmaatje: the digital training) was completed. */
export function TrainingStep({ applicant, editable, onSaved }: StepProps) {
  const { t, i18n } = useTranslation();
  const recorded = applicant.record.training;
  const [again, setAgain] = useState(false);
  return (
    <>
      {recorded && <p className="coordinator-recorded">{t('training.recorded', { date: formatDay(recorded.completedOn, i18n.language) })}</p>}
      {editable &&
        (!recorded || again ? (
          <TrainingForm
            volunteerId={applicant.id}
            onCancel={recorded ? () => setAgain(false) : undefined}
            onSaved={() => {
              setAgain(false);
              onSaved();
            }}
          />
        ) : (
          <Button type="button" variant="secondary" onClick={() => setAgain(true)}>
            {t('checklist.recordAgain')}
          </Button>
        ))}
    </>
  );
}

function TrainingForm({ volunteerId, onSaved, onCancel }: { volunteerId: string; onSaved: () => void; onCancel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({ resolver: zodResolver(completeTrainingInput), defaultValues: { volunteerId, completedOn: todayIso() } });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['completedOn']);
  const mutation = useMutation(trpc.screening.completeTraining.mutationOptions({ onSuccess: applicantSaved }));
  return (
    <StepForm
      submitLabel={t('training.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('training.completedOn')} type="date" max={todayIso()} error={errorText(errors.completedOn?.message)} {...form.register('completedOn')} />
    </StepForm>
  );
}
