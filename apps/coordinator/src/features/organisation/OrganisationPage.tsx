import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { organisationSettingsInput } from '@driehoek/contracts/organisation';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import type { OrganisationSettings } from '../../api-types';
import { LogoCard } from './LogoCard';
import { organisationChanged } from './changed';

type Values = z.input<typeof organisationSettingsInput>;
const FIELDS = ['name', 'phone', 'email', 'address', 'dutyCoordinatorId', 'senderName'] as const;

/**
 * The admin's page for the organisation as others see it: its name, logo, contact details and
 * coordinator on duty (the portal's "contact your coordinator" block, every e-mail's signature),
 * and the name e-mails are sent with.
 */
export function OrganisationPage() {
  const { t } = useTranslation();
  const settings = useQuery(trpc.organisation.getSettings.queryOptions());
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);

  if (settings.isPending) return <LoadingState />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;

  return (
    <>
      <PageHeading>{t('organisation.title')}</PageHeading>
      <p>{t('organisation.intro')}</p>
      <div className="coordinator-two-columns">
        <Card title={t('organisation.detailsTitle')} headingLevel={2}>
          <SavedNotice message={saved.message} version={saved.version} />
          <SettingsForm settings={settings.data} onSaved={() => setSaved(savedWith(t('organisation.saved')))} />
        </Card>
        <LogoCard logoUrl={settings.data.logoUrl} organisationName={settings.data.name} />
      </div>
    </>
  );
}

function SettingsForm({ settings, onSaved }: { settings: OrganisationSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({
    resolver: zodResolver(organisationSettingsInput),
    defaultValues: {
      name: settings.name,
      phone: settings.phone,
      email: settings.email,
      address: settings.address,
      dutyCoordinatorId: settings.dutyCoordinatorId,
      senderName: settings.senderName,
    },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, FIELDS);
  const mutation = useMutation(trpc.organisation.updateSettings.mutationOptions({ onSuccess: organisationChanged }));

  return (
    <StepForm
      submitLabel={t('organisation.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('organisation.name')} required autoComplete="organization" error={errorText(errors.name?.message)} {...form.register('name')} />
      <TextField
        label={t('organisation.senderName')}
        hint={t('organisation.senderNameHint')}
        autoComplete="off"
        error={errorText(errors.senderName?.message)}
        {...form.register('senderName')}
      />
      <SelectField
        label={t('organisation.dutyCoordinator')}
        hint={t('organisation.dutyCoordinatorHint')}
        placeholder={t('organisation.noDutyCoordinator')}
        options={settings.coordinators.map((staff) => ({ value: staff.id, label: staff.name }))}
        error={errorText(errors.dutyCoordinatorId?.message)}
        {...form.register('dutyCoordinatorId', { setValueAs: (value: string | null) => (value ? value : null) })}
      />
      <TextField label={t('organisation.phone')} type="tel" autoComplete="tel" error={errorText(errors.phone?.message)} {...form.register('phone')} />
      <TextField label={t('organisation.email')} type="email" autoComplete="email" error={errorText(errors.email?.message)} {...form.register('email')} />
      <TextField label={t('organisation.address')} autoComplete="street-address" error={errorText(errors.address?.message)} {...form.register('address')} />
    </StepForm>
  );
}
