import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { registerVogInput, requestVogInput } from '@driehoek/contracts/screening';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextField } from '@driehoek/ui/TextField';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import { todayIso, formatDay } from '../../dates';
import { useErrorText } from '../../server-errors';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import { VogAspectsField, firstAspectError } from './VogAspectsField';
import type { StepProps } from './step-props';
import type { ApplicantDetail } from '../../api-types';

type RequestValues = z.input<typeof requestVogInput>;
type RegisterValues = z.input<typeof registerVogInput>;
const RESULTS = registerVogInput.shape.result.options;

/**
 * The VOG (certificate of conduct): first the coordinator sends the Justis request link, then
 * registers the VOG they have seen. SCR-5: no copy is stored, only the fields of the form.
 */
export function VogStep({ applicant, editable, onSaved, stepDone }: StepProps & { stepDone: boolean }) {
  const { t, i18n } = useTranslation();
  const { requestedOn, registration } = applicant.record.vog;
  const [again, setAgain] = useState(false);
  const showRegister = editable && (requestedOn || registration) && (!registration || !stepDone || again);

  return (
    <>
      {editable && (
        <Alert tone="info">
          <p>{t('vog.noCopy')}</p>
        </Alert>
      )}
      <p className="coordinator-recorded">
        {requestedOn ? t('vog.requested', { date: formatDay(requestedOn, i18n.language) }) : t('vog.notRequested')}
      </p>
      {registration && <VogRegistrationSummary registration={registration} />}
      {editable && !requestedOn && !registration && <VogRequestForm volunteerId={applicant.id} onSaved={onSaved} />}
      {showRegister ? (
        <>
          <h4>{t('vog.registerTitle')}</h4>
          <VogRegisterForm
            applicant={applicant}
            onCancel={registration && stepDone ? () => setAgain(false) : undefined}
            onSaved={() => {
              setAgain(false);
              onSaved();
            }}
          />
        </>
      ) : (
        editable &&
        registration && (
          <Button type="button" variant="secondary" onClick={() => setAgain(true)}>
            {t('checklist.recordAgain')}
          </Button>
        )
      )}
    </>
  );
}

type Registration = NonNullable<ApplicantDetail['record']['vog']['registration']>;

function VogRegistrationSummary({ registration }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="coordinator-recorded">
      <p>
        {t('vog.registered', {
          seenBy: registration.seenBy,
          seenOn: formatDay(registration.seenOn, i18n.language),
          issueDate: formatDay(registration.issueDate, i18n.language),
          result: t(`vog.results.${registration.result}`, { defaultValue: registration.result }),
        })}
      </p>
      {registration.screeningAspects.length > 0 && (
        <p>{t('vog.aspectsRecorded', { aspects: registration.screeningAspects.join(', ') })}</p>
      )}
      {registration.justisReference && <p>{t('vog.justisRecorded', { reference: registration.justisReference })}</p>}
    </div>
  );
}

function VogRequestForm({ volunteerId, onSaved }: { volunteerId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<RequestValues>({ resolver: zodResolver(requestVogInput), defaultValues: { volunteerId, requestedOn: todayIso() } });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['requestedOn']);
  const mutation = useMutation(trpc.screening.requestVog.mutationOptions({ onSuccess: applicantSaved }));
  return (
    <StepForm
      submitLabel={t('vog.requestSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('vog.requestedOn')} type="date" max={todayIso()} error={errorText(errors.requestedOn?.message)} {...form.register('requestedOn')} />
    </StepForm>
  );
}

function VogRegisterForm({
  applicant,
  onSaved,
  onCancel,
}: {
  applicant: ApplicantDetail;
  onSaved: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<RegisterValues>({
    resolver: zodResolver(registerVogInput),
    defaultValues: { volunteerId: applicant.id, seenOn: todayIso(), issueDate: todayIso(), screeningAspects: [], justisReference: '' },
  });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['seenOn', 'issueDate', 'screeningAspects', 'justisReference', 'result']);
  const mutation = useMutation(trpc.screening.registerVog.mutationOptions({ onSuccess: applicantSaved }));
  const result = useWatch({ control: form.control, name: 'result' });
  const required = applicant.programme.requiredVogAspects;

  return (
    <StepForm
      submitLabel={t('vog.registerSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('vog.seenOn')} type="date" max={todayIso()} error={errorText(errors.seenOn?.message)} {...form.register('seenOn')} />
      <TextField label={t('vog.issueDate')} type="date" max={todayIso()} error={errorText(errors.issueDate?.message)} {...form.register('issueDate')} />
      <Controller
        control={form.control}
        name="screeningAspects"
        render={({ field }) => (
          <VogAspectsField
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            hint={required.length > 0 ? t('vog.aspectsHint', { aspects: required.join(', ') }) : undefined}
            error={errorText(firstAspectError(errors.screeningAspects))}
          />
        )}
      />
      <TextField label={t('vog.justisReference')} autoComplete="off" error={errorText(errors.justisReference?.message)} {...form.register('justisReference')} />
      <SelectField
        label={t('vog.result')}
        placeholder={t('vog.choose')}
        options={RESULTS.map((value) => ({ value, label: t(`vog.results.${value}`) }))}
        hint={result === 'notProvided' ? t('vog.notProvidedNote') : undefined}
        error={errorText(errors.result?.message, t('errors.chooseField', { field: t('vog.result') }))}
        {...form.register('result')}
      />
    </StepForm>
  );
}
