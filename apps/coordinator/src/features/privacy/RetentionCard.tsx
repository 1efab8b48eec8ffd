import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { serverErrorData, useErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { StepForm } from '../../forms/StepForm';
import type { RetentionSchedule } from '../../api-types';

const ORGANISATION = '';

/**
 * The retention schedule an admin sets (part (d)): for the whole organisation or for one programme
 * (only the periods of the programme's own records), each period with what it rests on in words,
 * its allowed range and the standard; the server refuses a value outside the range, per field.
 */
export function RetentionCard() {
  const { t } = useTranslation();
  const schedule = useQuery(trpc.privacy.retention.get.queryOptions());
  return (
    <Card title={t('privacy.retention.title')} headingLevel={2}>
      <p>{t('privacy.retention.intro')}</p>
      {schedule.isPending ? <LoadingState /> : schedule.isError ? <LoadError error={schedule.error} onRetry={() => void schedule.refetch()} /> : <RetentionForm schedule={schedule.data} />}
    </Card>
  );
}

function RetentionForm({ schedule }: { schedule: RetentionSchedule }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState(ORGANISATION);
  const programme = schedule.programmes.find((candidate) => candidate.programmeId === scope);
  return (
    <>
      <SelectField
        label={t('privacy.retention.scope')}
        options={[{ value: ORGANISATION, label: t('privacy.retention.organisation') }, ...schedule.programmes.map((candidate) => ({ value: candidate.programmeId, label: t('privacy.retention.programme', { name: candidate.name }) }))]}
        value={scope}
        onChange={(event) => setScope(event.target.value)}
      />
      <PeriodsForm key={scope} schedule={schedule} programmeId={programme?.programmeId ?? null} />
    </>
  );
}

const asText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function PeriodsForm({ schedule, programmeId }: { schedule: RetentionSchedule; programmeId: string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const changes = programmeId === null ? schedule.organisationChanges : (schedule.programmes.find((candidate) => candidate.programmeId === programmeId)?.changes ?? {});
  const periods = schedule.periods.filter((period) => programmeId === null || period.perProgramme);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(periods.map((period) => [period.field, asText(changes[period.field])])));
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.privacy.retention.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        void queryClient.invalidateQueries(trpc.privacy.retention.get.pathFilter());
        void queryClient.invalidateQueries(trpc.privacy.goLive.pathFilter());
      },
    }),
  );
  const fieldErrors = update.isError ? (serverErrorData(update.error).fieldErrors ?? {}) : {};
  const unit = (key: string) => t(`privacy.retention.unit.${key}`);
  return (
    <StepForm
      submitLabel={t('privacy.retention.submit')}
      busy={update.isPending}
      formError={update.error}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        // An empty field follows the organisation or the standard; what is not a number is sent as such, for the server's words.
        const entered = periods.filter((period) => values[period.field]?.trim()).map((period) => {
          const number = Number(values[period.field]!.trim().replace(',', '.'));
          return [period.field, Number.isFinite(number) ? number : null] as const;
        });
        update.mutate({ programmeId, changes: Object.fromEntries(entered) });
      }}
    >
      {periods.map((period) => {
        const standard = programmeId === null ? period.default : period.organisation;
        const standardText = standard === null ? t('privacy.retention.noEnd') : `${standard} ${unit(period.unit)}`;
        const hint = [
          t(`privacy.retention.periods.${period.field}.reason`),
          t('privacy.retention.range', { min: period.min, max: period.max, unit: unit(period.unit) }),
          programmeId === null ? `${t('privacy.retention.standardIs', { value: standardText })} ${t('privacy.retention.emptyOrganisation')}` : t('privacy.retention.emptyProgramme', { value: standardText }),
        ].join(' ');
        return (
          <TextField
            key={period.field}
            label={`${t(`privacy.retention.periods.${period.field}.label`)} (${unit(period.unit)})`}
            hint={hint}
            inputMode="numeric"
            autoComplete="off"
            value={values[period.field] ?? ''}
            error={errorText(fieldErrors[period.field])}
            onChange={(event) => {
              const value = event.target.value;
              setValues((current) => ({ ...current, [period.field]: value }));
            }}
          />
        );
      })}
      {saved && <Alert tone="success">{t('privacy.retention.saved')}</Alert>}
    </StepForm>
  );
}
