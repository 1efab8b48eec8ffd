import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { optionalText } from '@driehoek/contracts/common';
import { scheduleExceptionInput } from '@driehoek/contracts/running';
import { Badge } from '@driehoek/ui/Badge';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../../trpc';
import { addDays, formatDayWithWeekday, todayIso } from '../../../dates';
import { useErrorText } from '../../../server-errors';
import { LoadError, LoadingState } from '../../../shell/LoadState';
import { useFormServerErrors } from '../../../forms/form-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../../forms/SavedNotice';
import { StepForm } from '../../../forms/StepForm';
import { runningChanged } from './saving';
import { EXCEPTION_KINDS } from './vocabulary';
import type { ScheduleView } from '../../../api-types';

/** How far ahead the match page shows the schedule. */
export const SCHEDULE_WEEKS = 8;

/** The contract's exception paths → this form's fields (for the schema's and the api's field errors). */
const FIELD_OF: Readonly<Record<string, string>> = {
  'exception.date': 'date',
  'exception.to.date': 'toDate',
  'exception.to.time': 'toTime',
  'exception.to': 'toDate',
  'exception.from': 'from',
  'exception.until': 'until',
  'exception.reason': 'reason',
  'exception.kind': 'kind',
};

/** One flat form for the three kinds; only the fields of the chosen kind are sent. */
const exceptionFormFields = z.object({
  matchId: z.string(),
  kind: z.enum(EXCEPTION_KINDS),
  date: z.string(),
  toDate: z.string(),
  toTime: z.string(),
  from: z.string(),
  until: z.string(),
  reason: optionalText(300),
});
type ExceptionValues = z.infer<typeof exceptionFormFields>;

function toInput(values: ExceptionValues): z.input<typeof scheduleExceptionInput> {
  const reason = values.reason.trim() ? { reason: values.reason } : {};
  const exception =
    values.kind === 'cancelled'
      ? { kind: 'cancelled' as const, date: values.date, ...reason }
      : values.kind === 'moved'
        ? { kind: 'moved' as const, date: values.date, to: { date: values.toDate, time: values.toTime }, ...reason }
        : { kind: 'paused' as const, from: values.from, until: values.until, ...reason };
  return { matchId: values.matchId, exception };
}

/** The contract's own schema decides; its messages land on this form's fields. */
const exceptionForm = exceptionFormFields.superRefine((values, ctx) => {
  const result = scheduleExceptionInput.safeParse(toInput(values));
  if (result.success) return;
  for (const issue of result.error.issues) {
    const field = FIELD_OF[issue.path.join('.')];
    if (field) ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
});

/** "Rooster": the next eight weeks of meetings, what does not take place and why, and an exception to add. */
export function ScheduleSection({ matchId }: { matchId: string }) {
  const { t, i18n } = useTranslation();
  const from = todayIso();
  const to = addDays(from, SCHEDULE_WEEKS * 7);
  const schedule = useQuery(trpc.matches.schedule.queryOptions({ matchId, from, to }));
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const day = (iso: string) => formatDayWithWeekday(iso, i18n.language, from);

  return (
    <Card title={t('schedule.title')}>
      <p className="dh-muted">{t('schedule.intro', { count: SCHEDULE_WEEKS })}</p>
      {schedule.isPending ? (
        <LoadingState />
      ) : schedule.isError ? (
        <LoadError error={schedule.error} onRetry={() => void schedule.refetch()} />
      ) : (
        <ScheduleTables view={schedule.data} day={day} />
      )}
      <h3>{t('schedule.exceptionTitle')}</h3>
      <SavedNotice message={saved.message} version={saved.version} />
      <ExceptionForm
        matchId={matchId}
        meetings={schedule.data?.meetings ?? []}
        day={day}
        onSaved={(view) => {
          queryClient.setQueryData(trpc.matches.schedule.queryKey({ matchId, from, to }), view);
          void queryClient.invalidateQueries(trpc.matches.schedule.pathFilter());
          runningChanged();
          setSaved(savedWith(t('schedule.saved')));
        }}
      />
    </Card>
  );
}

function ScheduleTables({ view, day }: { view: ScheduleView; day: (iso: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      {view.meetings.length === 0 ? (
        <p>{t('schedule.noMeetings')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('schedule.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schedule.col.date')}</th>
                <th scope="col">{t('schedule.col.time')}</th>
                <th scope="col">{t('schedule.col.format')}</th>
                <th scope="col">{t('schedule.col.place')}</th>
                <th scope="col">{t('schedule.col.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {view.meetings.map((meeting) => (
                <tr key={`${meeting.date}-${meeting.time}`}>
                  <th scope="row">{day(meeting.date)}</th>
                  <td>{t('schedule.timeAndDuration', { time: meeting.time, count: meeting.durationMinutes })}</td>
                  <td>{t(`meetingFormat.${meeting.format}`, { defaultValue: meeting.format })}</td>
                  <td>{meeting.place ?? <span className="dh-muted">{t('schedule.placeAgreed')}</span>}</td>
                  <td>{meeting.kind === 'planned' ? t('meetingKind.planned') : <Badge tone="info">{t(`meetingKind.${meeting.kind}`)}</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.skipped.length > 0 && (
        <>
          <h3>{t('schedule.skippedTitle')}</h3>
          <ul className="coordinator-skipped">
            {view.skipped.map((skip) => (
              <li key={`${skip.date}-${skip.time}`}>
                <span className="coordinator-label">{t('schedule.skippedWhen', { date: day(skip.date), time: skip.time })}</span>{' '}
                {t(`skipReason.${skip.reason}`, { defaultValue: skip.reason })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ExceptionForm({
  matchId,
  meetings,
  day,
  onSaved,
}: {
  matchId: string;
  meetings: ScheduleView['meetings'];
  day: (iso: string) => string;
  onSaved: (view: ScheduleView) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<ExceptionValues>({
    resolver: zodResolver(exceptionForm),
    defaultValues: { matchId, kind: 'cancelled', date: '', toDate: '', toTime: '', from: '', until: '', reason: '' },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['kind', 'date', 'toDate', 'toTime', 'from', 'until', 'reason'], FIELD_OF);
  const mutation = useMutation(trpc.matches.addScheduleException.mutationOptions());
  const kind = form.watch('kind');
  const regular = meetings.filter((meeting) => meeting.kind === 'planned');
  const dateField =
    regular.length > 0 ? (
      <SelectField
        label={t(`schedule.exception.date.${kind === 'moved' ? 'moved' : 'cancelled'}`)}
        placeholder={t('matching.choose')}
        options={regular.map((meeting) => ({ value: meeting.date, label: t('schedule.skippedWhen', { date: day(meeting.date), time: meeting.time }) }))}
        error={errorText(errors.date?.message, t('errors.chooseField', { field: t(`schedule.exception.date.${kind === 'moved' ? 'moved' : 'cancelled'}`) }))}
        {...form.register('date')}
      />
    ) : (
      <TextField
        label={t(`schedule.exception.date.${kind === 'moved' ? 'moved' : 'cancelled'}`)}
        type="date"
        min={todayIso()}
        error={errorText(errors.date?.message)}
        {...form.register('date')}
      />
    );

  return (
    <StepForm
      submitLabel={t('schedule.exception.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(toInput(values), {
          onSuccess: (view) => {
            form.reset({ matchId, kind: values.kind, date: '', toDate: '', toTime: '', from: '', until: '', reason: '' });
            onSaved(view);
          },
          onError: server.onError,
        });
      })}
    >
      <SelectField
        label={t('schedule.exception.kind')}
        options={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`exceptionKind.${k}`) }))}
        error={errorText(errors.kind?.message)}
        {...form.register('kind')}
      />
      {kind === 'paused' ? (
        <div className="coordinator-settings-grid">
          <TextField label={t('schedule.exception.from')} type="date" min={todayIso()} error={errorText(errors.from?.message)} {...form.register('from')} />
          <TextField label={t('schedule.exception.until')} type="date" min={todayIso()} error={errorText(errors.until?.message)} {...form.register('until')} />
        </div>
      ) : (
        dateField
      )}
      {kind === 'moved' && (
        <div className="coordinator-settings-grid">
          <TextField label={t('schedule.exception.toDate')} type="date" min={todayIso()} error={errorText(errors.toDate?.message)} {...form.register('toDate')} />
          <TextField label={t('schedule.exception.toTime')} hint={t('matchSteps.weeklyTime.timeHint')} type="time" error={errorText(errors.toTime?.message)} {...form.register('toTime')} />
        </div>
      )}
      <TextField label={t('schedule.exception.reason')} hint={t('schedule.exception.reasonHint')} autoComplete="off" error={errorText(errors.reason?.message)} {...form.register('reason')} />
    </StepForm>
  );
}
