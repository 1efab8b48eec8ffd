import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { addHolidayEditInput } from '@driehoek/contracts/school-holidays';
import { DAY_OFF_REASONS, HOLIDAY_REGIONS } from '@driehoek/domain/school-holidays';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay } from '../../dates';
import { useErrorText, useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import type { SchoolHolidays, SchoolView } from '../../api-types';

type EditValues = z.input<typeof addHolidayEditInput>;

const holidaysChanged = () => void queryClient.invalidateQueries(trpc.holidays.get.pathFilter());

/**
 * The school holidays every schedule follows: OCW's holidays per region for this and next school
 * year, with their source, and the organisation's own study days, local days off and school days.
 */
export function HolidaysPage() {
  const { t, i18n } = useTranslation();
  const holidays = useQuery(trpc.holidays.get.queryOptions());
  const schools = useQuery(trpc.schools.list.queryOptions());
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const [formKey, setFormKey] = useState(0);

  if (holidays.isPending || schools.isPending) return <LoadingState />;
  if (holidays.isError) return <LoadError error={holidays.error} onRetry={() => void holidays.refetch()} />;
  if (schools.isError) return <LoadError error={schools.error} onRetry={() => void schools.refetch()} />;
  const day = (iso: string) => formatDay(iso, i18n.language);

  return (
    <>
      <PageHeading>{t('holidays.title')}</PageHeading>
      <p>{t('holidays.intro')}</p>
      {holidays.data.schoolsWithoutRegion.length > 0 && (
        <Alert tone="warning" title={t('holidays.withoutRegionTitle')}>
          {t('holidays.withoutRegion', { schools: holidays.data.schoolsWithoutRegion.map((school) => school.name).join(', ') })}
        </Alert>
      )}
      <OfficialTable data={holidays.data} day={day} />
      <Card title={t('holidays.editsTitle')} headingLevel={2}>
        {saved.message && <SavedNotice message={saved.message} version={saved.version} />}
        {holidays.data.edits.length === 0 ? <p>{t('holidays.noEdits')}</p> : <EditsTable data={holidays.data} day={day} onRemoved={() => setSaved(savedWith(t('holidays.removed')))} />}
      </Card>
      <Card title={t('holidays.addTitle')} headingLevel={2}>
        <EditForm
          key={formKey}
          schools={schools.data}
          onSaved={() => {
            setFormKey((key) => key + 1);
            setSaved(savedWith(t('holidays.added')));
          }}
        />
      </Card>
    </>
  );
}

function OfficialTable({ data, day }: { data: SchoolHolidays; day: (iso: string) => string }) {
  const { t } = useTranslation();
  const rows = [...new Set(data.official.map((period) => `${period.schoolYear}|${period.kind}`))];
  const periodOf = (row: string, region: string) => data.official.find((period) => `${period.schoolYear}|${period.kind}` === row && period.region === region);
  return (
    <div className="coordinator-table-scroll">
      <table className="data">
        <caption>{t('holidays.officialCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('holidays.col.holiday')}</th>
            {HOLIDAY_REGIONS.map((region) => (
              <th key={region} scope="col">
                {t(`holidayRegion.${region}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [schoolYear, kind] = row.split('|') as [string, string];
            const advice = data.official.some((period) => `${period.schoolYear}|${period.kind}` === row && period.status === 'advice');
            return (
              <tr key={row}>
                <th scope="row">
                  {t(`holidayKind.${kind}`)} {schoolYear}
                  {advice && <> ({t('holidays.advice')})</>}
                </th>
                {HOLIDAY_REGIONS.map((region) => {
                  const period = periodOf(row, region);
                  return <td key={region}>{period ? t('holidays.range', { from: day(period.from), until: day(period.until) }) : '–'}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="coordinator-sources">
        {data.sources.map((source) => (
          <li key={source.schoolYear}>
            {source.schoolYear}: <a href={source.url}>{source.title}</a> ({source.publisher}){!source.verified && <> – {t('holidays.notVerified')}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function EditsTable({ data, day, onRemoved }: { data: SchoolHolidays; day: (iso: string) => string; onRemoved: () => void }) {
  const { t } = useTranslation();
  const errorText = useServerErrorText();
  const remove = useMutation(trpc.holidays.removeEdit.mutationOptions({ onSuccess: () => (holidaysChanged(), onRemoved()) }));
  return (
    <>
      {remove.isError && <Alert tone="error">{errorText(remove.error)}</Alert>}
      <div className="coordinator-table-scroll">
        <table className="data">
          <caption>{t('holidays.editsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('holidays.col.days')}</th>
              <th scope="col">{t('holidays.col.what')}</th>
              <th scope="col">{t('holidays.col.for')}</th>
              <th scope="col">
                <span className="dh-visually-hidden">{t('holidays.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.edits.map((edit) => (
              <tr key={edit.id}>
                <th scope="row">{edit.from === edit.until ? day(edit.from) : t('holidays.range', { from: day(edit.from), until: day(edit.until) })}</th>
                <td>{edit.kind === 'dayOff' ? `${edit.name} (${t(`dayOffReason.${edit.reason ?? 'other'}`)})` : `${t('holidays.schoolDay')}${edit.note ? `: ${edit.note}` : ''}`}</td>
                <td>{edit.school ? edit.school.name : edit.region ? t(`holidayRegion.${edit.region}`) : t('holidays.allSchools')}</td>
                <td>
                  <Button variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate({ editId: edit.id })}>
                    {t('holidays.remove')}
                    <span className="dh-visually-hidden"> {day(edit.from)}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function EditForm({ schools, onSaved }: { schools: SchoolView[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<EditValues>({
    resolver: zodResolver(addHolidayEditInput),
    defaultValues: { kind: 'dayOff', from: '', until: '', reason: 'studyDay', name: '', schoolId: null, region: null },
  });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const server = useFormServerErrors(form, ['kind', 'from', 'until', 'name', 'schoolId', 'region']);
  const mutation = useMutation(trpc.holidays.addEdit.mutationOptions({ onSuccess: holidaysChanged }));
  const fieldError = (name: string) => errorText((errors as Record<string, { message?: string } | undefined>)[name]?.message);
  const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
  return (
    <StepForm
      submitLabel={t('holidays.addSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <SelectField
        label={t('holidays.kind')}
        options={[
          { value: 'dayOff', label: t('holidays.kindDayOff') },
          { value: 'schoolDay', label: t('holidays.kindSchoolDay') },
        ]}
        {...form.register('kind')}
      />
      <TextField label={t('holidays.from')} type="date" error={fieldError('from')} {...form.register('from')} />
      <TextField label={t('holidays.until')} type="date" error={fieldError('until')} {...form.register('until')} />
      {kind === 'dayOff' ? (
        <>
          <TextField label={t('holidays.name')} autoComplete="off" error={fieldError('name')} {...form.register('name')} />
          <SelectField label={t('holidays.reason')} options={DAY_OFF_REASONS.map((reason) => ({ value: reason, label: t(`dayOffReason.${reason}`) }))} {...form.register('reason')} />
        </>
      ) : (
        <TextField label={t('holidays.note')} autoComplete="off" error={fieldError('note')} {...form.register('note')} />
      )}
      <SelectField
        label={t('holidays.forRegion')}
        placeholder={t('holidays.allRegions')}
        options={HOLIDAY_REGIONS.map((region) => ({ value: region, label: t(`holidayRegion.${region}`) }))}
        {...form.register('region', orNull)}
      />
      <SelectField
        label={t('holidays.forSchool')}
        placeholder={t('holidays.allSchools')}
        options={schools.map((school) => ({ value: school.id, label: `${school.name} (${school.city})` }))}
        error={fieldError('schoolId')}
        {...form.register('schoolId', orNull)}
      />
    </StepForm>
  );
}
