import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { recordInterviewInput } from '@driehoek/contracts/screening';
import { TextField } from '@driehoek/ui/TextField';
import { TextArea } from '@driehoek/ui/TextArea';
import { SelectField } from '@driehoek/ui/SelectField';
import { Button } from '@driehoek/ui/Button';
import { trpc } from '../../trpc';
import { todayIso, formatDay } from '../../dates';
import { useErrorText } from '../../server-errors';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import type { StepProps } from './step-props';

type Values = z.input<typeof recordInterviewInput>;
const OUTCOMES = recordInterviewInput.shape.outcome.options;

/** The introductory interview (kennismakingsgesprek). */
export function InterviewStep({ applicant, editable, onSaved }: StepProps) {
  const { t, i18n } = useTranslation();
  const recorded = applicant.record.intakeInterview;
  const [again, setAgain] = useState(false);

  return (
    <>
      {recorded && (
        <div className="coordinator-recorded">
          <p>
            {t('interview.recorded', {
              date: formatDay(recorded.heldOn, i18n.language),
              interviewer: recorded.interviewer,
              outcome: t(`interview.outcomes.${recorded.outcome}`, { defaultValue: recorded.outcome }),
            })}
          </p>
          {recorded.notes && (
            <p className="coordinator-notes">
              <span className="coordinator-label">{t('interview.notes')}: </span>
              {recorded.notes}
            </p>
          )}
        </div>
      )}
      {editable &&
        (!recorded || again ? (
          <InterviewForm
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

function InterviewForm({ volunteerId, onSaved, onCancel }: { volunteerId: string; onSaved: () => void; onCancel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({
    resolver: zodResolver(recordInterviewInput),
    defaultValues: { volunteerId, heldOn: todayIso(), interviewer: '', notes: '' },
  });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['heldOn', 'interviewer', 'notes', 'outcome']);
  const mutation = useMutation(trpc.screening.recordInterview.mutationOptions({ onSuccess: applicantSaved }));

  return (
    <StepForm
      submitLabel={t('interview.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('interview.heldOn')} type="date" max={todayIso()} error={errorText(errors.heldOn?.message)} {...form.register('heldOn')} />
      <TextField label={t('interview.interviewer')} autoComplete="off" error={errorText(errors.interviewer?.message)} {...form.register('interviewer')} />
      <SelectField
        label={t('interview.outcome')}
        placeholder={t('interview.choose')}
        options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`interview.outcomes.${outcome}`) }))}
        error={errorText(errors.outcome?.message, t('errors.chooseField', { field: t('interview.outcome') }))}
        {...form.register('outcome')}
      />
      <TextArea label={t('interview.notes')} rows={4} error={errorText(errors.notes?.message)} {...form.register('notes')} />
    </StepForm>
  );
}
