import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { recordIntervisionInput } from '@driehoek/contracts/support';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay, todayIso } from '../../dates';
import { useErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { ProgrammeRoute } from '../../shell/ProgrammeRoute';
import { ProgrammeChoice } from '../matching/MatchingPage';
import { useFormServerErrors } from '../../forms/form-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { StepForm } from '../../forms/StepForm';
import { runningVolunteers, type RunningVolunteer } from './volunteers';
import type { IntervisionSummary, ProgrammeSummary } from '../../api-types';

const meetingForm = recordIntervisionInput.omit({ attendees: true });
type MeetingValues = z.input<typeof meetingForm>;

/**
 * "Intervisie": a programme's group intervision meetings with how many volunteers came, and a new
 * meeting with who was there (Parent'R'US 3.3.5: monthly or every two weeks). Only volunteers with
 * a running match can be ticked.
 */
export function IntervisionPage({ programmeId }: { programmeId?: string }) {
  const { t } = useTranslation();
  return (
    <ProgrammeRoute programmeId={programmeId} path={(id) => `/intervision/${encodeURIComponent(id)}`} title={t('intervision.title')}>
      {(programme, programmes) => <ProgrammeIntervision key={programme.id} programme={programme} programmes={programmes} />}
    </ProgrammeRoute>
  );
}

function ProgrammeIntervision({ programme, programmes }: { programme: ProgrammeSummary; programmes: ProgrammeSummary[] }) {
  const { t, i18n } = useTranslation();
  const meetings = useQuery(trpc.intervision.list.queryOptions({ programmeId: programme.id }));
  const matches = useQuery(trpc.matches.list.queryOptions({ programmeId: programme.id, stage: 'active' }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const list = meetings.data ?? [];

  return (
    <>
      <PageHeading>{t('intervision.title')}</PageHeading>
      <p className="dh-muted">{t('intervision.intro')}</p>
      <ProgrammeChoice programme={programme} programmes={programmes} path={(id) => `/intervision/${encodeURIComponent(id)}`} />
      <Card title={t('intervision.meetings')}>
        {meetings.isPending ? (
          <LoadingState />
        ) : meetings.isError ? (
          <LoadError error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : list.length === 0 ? (
          <p>{t('intervision.empty')}</p>
        ) : (
          <div className="coordinator-table-scroll">
            <table className="data">
              <caption>{t('intervision.caption', { programme: programme.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('intervision.col.heldOn')}</th>
                  <th scope="col">{t('intervision.col.topic')}</th>
                  <th scope="col" className="number">
                    {t('intervision.col.attendance')}
                  </th>
                  <th scope="col">
                    <span className="dh-visually-hidden">{t('intervision.col.details')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((meeting) => (
                  <tr key={meeting.id}>
                    <td>{formatDay(meeting.heldOn, i18n.language)}</td>
                    <td>{meeting.topic}</td>
                    <td className="number">{t('intervision.attendance', { present: meeting.present, expected: meeting.expected })}</td>
                    <td>
                      <Button
                        variant="secondary"
                        aria-expanded={chosen === meeting.id}
                        onClick={() => setChosen(chosen === meeting.id ? null : meeting.id)}
                      >
                        {chosen === meeting.id ? t('intervision.hide') : t('intervision.show', { date: formatDay(meeting.heldOn, i18n.language) })}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {chosen && <MeetingDetails meetingId={chosen} />}
      </Card>
      <Card title={t('intervision.newTitle')}>
        <SavedNotice message={saved.message} version={saved.version} />
        {matches.isPending ? (
          <LoadingState />
        ) : matches.isError ? (
          <LoadError error={matches.error} onRetry={() => void matches.refetch()} />
        ) : (
          <MeetingForm
            programmeId={programme.id}
            volunteers={runningVolunteers(matches.data)}
            onSaved={(next) => {
              queryClient.setQueryData(trpc.intervision.list.queryKey({ programmeId: programme.id }), next);
              setSaved(savedWith(t('intervision.saved')));
            }}
          />
        )}
      </Card>
    </>
  );
}

function MeetingDetails({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useQuery(trpc.intervision.get.queryOptions({ meetingId }));
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) return <LoadError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const view = meeting.data;
  return (
    <section aria-label={t('intervision.detailsOf', { topic: view.topic })}>
      <h3>{view.topic}</h3>
      {view.notes && <p className="coordinator-notes">{view.notes}</p>}
      {view.attendance.length === 0 ? (
        <p>{t('intervision.nobodyExpected')}</p>
      ) : (
        <ul>
          {view.attendance.map((a) => (
            <li key={a.volunteerId}>{t(a.present ? 'intervision.present' : 'intervision.absent', { name: a.name })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingForm({ programmeId, volunteers, onSaved }: { programmeId: string; volunteers: RunningVolunteer[]; onSaved: (list: IntervisionSummary[]) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const defaults = (): MeetingValues => ({ programmeId, heldOn: todayIso(), topic: '', notes: '' });
  const form = useForm<MeetingValues>({ resolver: zodResolver(meetingForm), defaultValues: defaults() });
  const [attendees, setAttendees] = useState<readonly string[]>([]);
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['heldOn', 'topic', 'notes']);
  const mutation = useMutation(trpc.intervision.record.mutationOptions());
  const toggle = (volunteerId: string, present: boolean) =>
    setAttendees((current) => (present ? [...current.filter((id) => id !== volunteerId), volunteerId] : current.filter((id) => id !== volunteerId)));
  return (
    <StepForm
      submitLabel={t('intervision.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(
          { ...values, attendees: [...attendees] },
          {
            onSuccess: (next) => {
              form.reset(defaults());
              setAttendees([]);
              onSaved(next);
            },
            onError: server.onError,
          },
        );
      })}
    >
      <div className="coordinator-settings-grid">
        <TextField label={t('intervision.heldOn')} type="date" max={todayIso()} error={errorText(errors.heldOn?.message)} {...form.register('heldOn')} />
        <TextField label={t('intervision.topic')} hint={t('intervision.topicHint')} autoComplete="off" error={errorText(errors.topic?.message)} {...form.register('topic')} />
      </div>
      <TextArea label={t('intervision.notes')} hint={t('intervision.notesHint')} rows={4} error={errorText(errors.notes?.message)} {...form.register('notes')} />
      <Fieldset legend={t('intervision.attendees')} hint={volunteers.length === 0 ? t('intervision.noVolunteers') : t('intervision.attendeesHint')}>
        {volunteers.map((volunteer) => (
          <Checkbox
            key={volunteer.id}
            label={volunteer.name}
            checked={attendees.includes(volunteer.id)}
            onChange={(event) => toggle(volunteer.id, event.target.checked)}
          />
        ))}
      </Fieldset>
    </StepForm>
  );
}
