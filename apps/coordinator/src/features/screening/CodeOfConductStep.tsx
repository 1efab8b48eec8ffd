import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { signCodeOfConductInput } from '@driehoek/contracts/screening';
import { TextField } from '@driehoek/ui/TextField';
import { Button } from '@driehoek/ui/Button';
import { trpc } from '../../trpc';
import { todayIso, formatDay } from '../../dates';
import { useErrorText } from '../../server-errors';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import type { StepProps } from './step-props';

type Values = z.input<typeof signCodeOfConductInput>;

/** The signed code of conduct; the version is prefilled with the programme's current one (SCR-6). */
export function CodeOfConductStep({ applicant, editable, onSaved, outdated }: StepProps & { outdated: boolean }) {
  const { t, i18n } = useTranslation();
  const recorded = applicant.record.codeOfConduct;
  const [again, setAgain] = useState(false);
  const showForm = !recorded || outdated || again;
  return (
    <>
      {recorded && (
        <p className="coordinator-recorded">
          {t('codeOfConduct.recorded', { version: recorded.version, date: formatDay(recorded.signedOn, i18n.language) })}
        </p>
      )}
      {editable &&
        (showForm ? (
          <CodeOfConductForm
            volunteerId={applicant.id}
            version={applicant.programme.codeOfConductVersion}
            onCancel={recorded && again ? () => setAgain(false) : undefined}
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

function CodeOfConductForm({
  volunteerId,
  version,
  onSaved,
  onCancel,
}: {
  volunteerId: string;
  version: string;
  onSaved: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({
    resolver: zodResolver(signCodeOfConductInput),
    defaultValues: { volunteerId, signedOn: todayIso(), version },
  });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['signedOn', 'version']);
  const mutation = useMutation(trpc.screening.signCodeOfConduct.mutationOptions({ onSuccess: applicantSaved }));
  return (
    <StepForm
      submitLabel={t('codeOfConduct.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('codeOfConduct.signedOn')} type="date" max={todayIso()} error={errorText(errors.signedOn?.message)} {...form.register('signedOn')} />
      <TextField
        label={t('codeOfConduct.version')}
        hint={t('codeOfConduct.versionHint', { version })}
        autoComplete="off"
        error={errorText(errors.version?.message)}
        {...form.register('version')}
      />
    </StepForm>
  );
}
