import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { recordReferenceInput } from '@driehoek/contracts/screening';
import { TextField } from '@driehoek/ui/TextField';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import { todayIso, formatDay } from '../../dates';
import { useErrorText } from '../../server-errors';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import type { StepProps } from './step-props';

type Values = z.input<typeof recordReferenceInput>;
const OUTCOMES = recordReferenceInput.shape.outcome.options;

/** Reference checks: the ones recorded, and a form for the next one. */
export function ReferenceStep({ applicant, editable, onSaved }: StepProps) {
  const { t, i18n } = useTranslation();
  // A new, empty form after each saved reference.
  const [formKey, setFormKey] = useState(0);
  const checks = applicant.record.referenceChecks;
  return (
    <>
      {checks.length === 0 ? (
        <p>{t('reference.none')}</p>
      ) : (
        <table className="data">
          <caption>{t('reference.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reference.col.checkedOn')}</th>
              <th scope="col">{t('reference.col.refereeName')}</th>
              <th scope="col">{t('reference.col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check, index) => (
              <tr key={`${check.checkedOn}-${check.refereeName}-${index}`}>
                <td>{formatDay(check.checkedOn, i18n.language)}</td>
                <td>{check.refereeName}</td>
                <td>{t(`reference.outcomes.${check.outcome}`, { defaultValue: check.outcome })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <ReferenceForm
          key={formKey}
          volunteerId={applicant.id}
          onSaved={() => {
            setFormKey((key) => key + 1);
            onSaved();
          }}
        />
      )}
    </>
  );
}

function ReferenceForm({ volunteerId, onSaved }: { volunteerId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({
    resolver: zodResolver(recordReferenceInput),
    defaultValues: { volunteerId, checkedOn: todayIso(), refereeName: '' },
  });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['checkedOn', 'refereeName', 'outcome']);
  const mutation = useMutation(trpc.screening.recordReference.mutationOptions({ onSuccess: applicantSaved }));

  return (
    <StepForm
      submitLabel={t('reference.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('reference.checkedOn')} type="date" max={todayIso()} error={errorText(errors.checkedOn?.message)} {...form.register('checkedOn')} />
      <TextField label={t('reference.refereeName')} autoComplete="off" error={errorText(errors.refereeName?.message)} {...form.register('refereeName')} />
      <SelectField
        label={t('reference.outcome')}
        placeholder={t('reference.choose')}
        options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`reference.outcomes.${outcome}`) }))}
        error={errorText(errors.outcome?.message, t('errors.chooseField', { field: t('reference.outcome') }))}
        {...form.register('outcome')}
      />
    </StepForm>
  );
}
