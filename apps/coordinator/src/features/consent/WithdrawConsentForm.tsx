import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { withdrawConsentInput } from '@driehoek/contracts/consent';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { todayIso } from '../../dates';
import { useErrorText } from '../../server-errors';
import { StepForm } from '../../forms/StepForm';
import { useFormServerErrors } from '../../forms/form-errors';
import { pupilSaved } from '../pupils/saving';
import { WITHDRAWAL_CHANNELS } from './vocabulary';
import type { ConsentRecordView } from '../../api-types';

type Values = z.input<typeof withdrawConsentInput>;

/** CON-4: record a withdrawal from what the person said. The reason is optional, and never asked for as a condition. */
export function WithdrawConsentForm({
  record,
  purposeNeeded,
  onSaved,
  onCancel,
}: {
  record: ConsentRecordView;
  purposeNeeded: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({
    resolver: zodResolver(withdrawConsentInput),
    defaultValues: { consentId: record.id, withdrawnOn: todayIso(), channel: 'phone', reason: '' },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['withdrawnOn', 'channel', 'reason']);
  const mutation = useMutation(trpc.consent.withdraw.mutationOptions({ onSuccess: pupilSaved }));
  useEffect(() => form.setFocus('withdrawnOn'), [form]);

  return (
    <div className="coordinator-subform">
      <h4>{t('withdraw.title', { purpose: t(`consentPurpose.${record.purpose}`), name: record.giverName })}</h4>
      <p>{purposeNeeded ? t('withdraw.stopsMatch') : t('withdraw.optionalPurpose')}</p>
      <StepForm
        submitLabel={t('withdraw.submit')}
        submitVariant="danger"
        busy={mutation.isPending}
        formError={server.formError}
        onCancel={onCancel}
        onSubmit={form.handleSubmit((values) => {
          server.clear();
          mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
        })}
      >
        <TextField label={t('withdraw.withdrawnOn')} type="date" max={todayIso()} error={errorText(errors.withdrawnOn?.message)} {...form.register('withdrawnOn')} />
        <SelectField
          label={t('withdraw.channel')}
          options={WITHDRAWAL_CHANNELS.map((channel) => ({ value: channel, label: t(`consentMethod.${channel}`) }))}
          error={errorText(errors.channel?.message)}
          {...form.register('channel')}
        />
        <TextArea label={t('withdraw.reason')} hint={t('withdraw.reasonHint')} rows={2} error={errorText(errors.reason?.message)} {...form.register('reason')} />
      </StepForm>
    </div>
  );
}
