import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextArea } from '@driehoek/ui/TextArea';
import { queryClient, trpc } from '../../trpc.js';
import { forgetSession } from '../../shell/session.js';
import { readServerError, type ServerRefusal } from '../../shell/server-errors.js';
import { useErrorText, useRefusalText } from '../../shell/error-text.js';
import { MeetingList } from '../meetings/MeetingList.js';
import { useMeetingText, type Meeting } from '../meetings/format.js';
import type { ChildSchedule } from '../../api-types.js';

export type { ChildSchedule } from '../../api-types.js';

/**
 * "De volgende afspraken" of one child: when, who comes (the volunteer's first name), how and
 * where; each with one action, "We can't make it". The volunteer and the coordinator get a
 * message; the meeting then leaves the list. A paused (suspended) match shows that, and no meetings.
 */
export function NextMeetings({ schedule }: { schedule: ChildSchedule }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const headingId = useId();
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const volunteer = schedule.volunteerFirstName;

  function done(date: string) {
    setAsking(null);
    setCancelled(date);
    requestAnimationFrame(() => doneRef.current?.focus());
  }

  return (
    <section className="portal-schedule" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('schedule.title')}</h3>
      <div ref={doneRef} tabIndex={-1} className="portal-focus-target">
        {cancelled && (
          <Alert tone="success">
            <p>{t('schedule.cancelled', { day: text.day(cancelled), name: volunteer })}</p>
          </Alert>
        )}
      </div>
      {schedule.state === 'paused' ? (
        <Alert tone="warning" title={t('schedule.pausedTitle')}>
          <p>{t('schedule.pausedText', { name: volunteer })}</p>
        </Alert>
      ) : schedule.meetings.length === 0 ? (
        <p>{t('schedule.none', { name: volunteer })}</p>
      ) : (
        <MeetingList
          meetings={schedule.meetings}
          withWhom={volunteer}
          action={(meeting) =>
            asking === meeting.date ? (
              <CantMakeIt matchId={schedule.matchId} meeting={meeting} volunteer={volunteer} onDone={done} onBack={() => setAsking(null)} />
            ) : (
              <div className="dh-actions">
                <Button
                  variant="secondary"
                  aria-label={t('schedule.cantLabel', { day: text.day(meeting.date) })}
                  onClick={() => {
                    setCancelled(null);
                    setAsking(meeting.date);
                  }}
                >
                  {t('schedule.cant')}
                </Button>
              </div>
            )
          }
        />
      )}
    </section>
  );
}

type CantProps = { matchId: string; meeting: Meeting; volunteer: string; onDone(date: string): void; onBack(): void };

/** One short step: who gets a message, an optional note, and "send". */
function CantMakeIt({ matchId, meeting, volunteer, onDone, onBack }: CantProps) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const errorText = useErrorText();
  const refusalText = useRefusalText();
  const [message, setMessage] = useState('');
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  // the button just pressed is gone: put focus on the question
  useEffect(() => questionRef.current?.focus(), []);
  const send = useMutation(
    trpc.portal.cantMakeIt.mutationOptions({
      onSuccess: (schedules) => {
        queryClient.setQueryData(trpc.portal.schedule.queryKey(), schedules);
        onDone(meeting.date);
      },
      onError: (error) => {
        const read = readServerError(error);
        if (read.kind === 'signedOut') return forgetSession();
        setRefusal(read);
        // the meeting may have changed meanwhile: show the latest list
        if (read.kind === 'refused') void queryClient.invalidateQueries({ queryKey: trpc.portal.schedule.queryKey() });
      },
    }),
  );
  const fieldError = refusal?.kind === 'refused' ? refusal.fieldErrors.message : undefined;

  return (
    <div className="portal-confirm">
      {refusal && !fieldError && (
        <Alert tone="error" title={t('schedule.failedTitle')}>
          <p>{refusalText(refusal)}</p>
        </Alert>
      )}
      <p ref={questionRef} tabIndex={-1} className="portal-focus-target">
        {t('schedule.cantQuestion', { day: text.day(meeting.date), name: volunteer })}
      </p>
      <TextArea
        label={t('schedule.message')}
        hint={t('schedule.messageHint')}
        rows={2}
        maxLength={300}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={errorText(fieldError)}
      />
      <div className="dh-actions">
        <Button
          busy={send.isPending}
          onClick={() => {
            setRefusal(null);
            send.mutate({ matchId, date: meeting.date, ...(message.trim() ? { message } : {}) });
          }}
        >
          {t('schedule.send')}
        </Button>
        <Button variant="secondary" disabled={send.isPending} onClick={onBack}>
          {t('schedule.back')}
        </Button>
      </div>
    </div>
  );
}
