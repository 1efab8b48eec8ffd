import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, Redirect } from 'wouter';
import { MEETING_FORMATS } from '@driehoek/domain/programme';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { forgetSession, useMe } from '../../shell/session.js';
import { readServerError, type ServerRefusal } from '../../shell/server-errors.js';
import { useErrorText, useRefusalText } from '../../shell/error-text.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { todayInAmsterdam, useMeetingText } from '../meetings/format.js';
import { emptyValues, forgetDraft, openLog, readDraft, readOpenLog, saveDraft, type LogValues, type OpenLog } from './draft.js';
import { MyLogs } from './MyLogs.js';
import { checkLog, LOG_FIELDS, type FieldErrors } from './log-input.js';
import type { MeetingLogView } from '../../api-types.js';

/**
 * The meeting log after each meeting (Parent'R'US tool 2): date, form, duration, what you did,
 * did it go well and the next steps, a challenge or dilemma, and "I want to talk to my
 * coordinator". Opened from "Mijn koppelingen", for one match (and, from a reminder, one planned
 * meeting). Everything typed is kept in this tab until the log is saved. Below: the volunteer's
 * own earlier logs of this match.
 */
export function MeetingLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetingLog.title'));
  const me = useMe().data!;
  const [open] = useState(() => readOpenLog(me.familyMemberId));
  const matches = useQuery({ ...trpc.portal.myMatches.queryOptions(), enabled: !!open });
  const signedOut = matches.isError && readServerError(matches.error).kind === 'signedOut';
  useEffect(() => {
    if (signedOut) forgetSession();
  }, [signedOut]);

  if (!open) return <Redirect to="/" replace />;
  const match = matches.data?.find((item) => item.matchId === open.matchId);

  return (
    <>
      <p>
        <Link href="/">{t('meetingLog.back')}</Link>
      </p>
      <h1>{match ? t('meetingLog.titleWith', { name: match.pupilFirstName }) : t('meetingLog.title')}</h1>
      {matches.isPending && <p role="status">{t('app.loading')}</p>}
      {matches.isError && !signedOut && <LoadFailed retrying={matches.isFetching} onRetry={() => void matches.refetch()} />}
      {matches.data && !match && <p>{t('meetingLog.noMatch')}</p>}
      {match && (
        <>
          <LogForm key={open.matchId} open={open} />
          <MyLogs matchId={open.matchId} />
        </>
      )}
    </>
  );
}

/** Focus the first field with an error (a radio group: its first choice), so a screen reader reads it out. */
function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors) {
  const first = Object.keys(errors)[0];
  const field = first && form ? form.elements.namedItem(first) : null;
  const target = field instanceof RadioNodeList ? field[0] : field;
  if (target instanceof HTMLElement) target.focus();
}

const TEXT_LIMITS = { whatWeDid: 4000, nextSteps: 2000, challenge: 2000 };

/** The server's field errors that belong to a field of this form (not e.g. `matchId`: that one is said above the form). */
function formErrorsOf(refusal: ServerRefusal | null): FieldErrors {
  if (refusal?.kind !== 'refused') return {};
  return Object.fromEntries(Object.entries(refusal.fieldErrors).filter(([field]) => (LOG_FIELDS as readonly string[]).includes(field)));
}

function LogForm({ open }: { open: OpenLog }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refusalText = useRefusalText();
  const text = useMeetingText();
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const today = todayInAmsterdam();

  const [plannedFor, setPlannedFor] = useState(() => readDraft(open.owner, open.matchId)?.plannedFor ?? open.plannedFor);
  const [values, setValues] = useState<LogValues>(() => readDraft(open.owner, open.matchId)?.values ?? emptyValues(open.plannedFor ?? today));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<MeetingLogView | null>(null);

  // Every change is kept in this tab until the log is saved.
  const touched = values.whatWeDid || values.form || values.durationMinutes || values.nextSteps || values.challenge || values.wentWell || values.wantsToTalkToCoordinator;
  useEffect(() => {
    if (!saved && touched) saveDraft({ owner: open.owner, matchId: open.matchId, plannedFor, values });
  }, [saved, touched, open, plannedFor, values]);

  const set = <K extends keyof LogValues>(field: K, value: LogValues[K]) => {
    setValues((old) => ({ ...old, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const log = useMutation(
    trpc.portal.logMeeting.mutationOptions({
      onSuccess: (view) => {
        forgetDraft(open.matchId);
        openLog({ ...open, plannedFor: null });
        setSaved(view);
        void queryClient.invalidateQueries({ queryKey: trpc.portal.myMatches.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.portal.myLogs.queryKey({ matchId: open.matchId }) });
        requestAnimationFrame(() => savedRef.current?.focus());
      },
      onError: (error) => {
        const refusal = readServerError(error);
        // signed out meanwhile: the draft stays in this tab for after signing in again
        if (refusal.kind === 'signedOut') return forgetSession();
        const fieldErrors = formErrorsOf(refusal);
        if (Object.keys(fieldErrors).length > 0) {
          setErrors(fieldErrors);
          focusFirstError(formRef.current, fieldErrors);
        }
      },
    }),
  );
  const refusal = log.isError ? readServerError(log.error) : null;
  const aboveForm = refusal && refusal.kind !== 'signedOut' && Object.keys(formErrorsOf(refusal)).length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    // Checked with the api's schema first, so every mistake is shown at once, not one per submit.
    const checked = checkLog(open.matchId, values, plannedFor);
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstError(formRef.current, checked.errors);
    }
    setErrors({});
    log.mutate(checked.input);
  }

  if (saved) {
    return (
      <div ref={savedRef} tabIndex={-1} className="portal-focus-target">
        <Alert tone="success" title={t('meetingLog.savedTitle')}>
          <p>{t('meetingLog.saved', { day: text.day(saved.date) })}</p>
          {saved.wantsToTalkToCoordinator && <p>{t('meetingLog.savedTalk')}</p>}
        </Alert>
        <div className="dh-actions">
          <Link href="/" className="dh-button dh-button--primary">
            {t('meetingLog.back')}
          </Link>
          <Button
            variant="secondary"
            onClick={() => {
              setValues(emptyValues(today));
              setPlannedFor(null);
              setErrors({});
              log.reset();
              setSaved(null);
            }}
          >
            {t('meetingLog.another')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <>
      <p className="dh-lead">{plannedFor ? t('meetingLog.introPlanned', { day: text.day(plannedFor) }) : t('meetingLog.intro')}</p>
      {aboveForm && (
        <Alert tone="error" title={t('meetingLog.failedTitle')}>
          <p>{refusalText(refusal)}</p>
        </Alert>
      )}
      <form ref={formRef} className="dh-form" noValidate onSubmit={submit}>
        <TextField
          label={t('meetingLog.date')}
          name="date"
          type="date"
          max={today}
          required
          value={values.date}
          onChange={(event) => set('date', event.target.value)}
          error={errorText(errors.date)}
        />

        <Fieldset legend={t('meetingLog.form')} error={errorText(errors.form)}>
          <div className="dh-options">
            {MEETING_FORMATS.map((format) => (
              <div key={format} className="dh-checkbox">
                <input
                  id={`log-form-${format}`}
                  type="radio"
                  name="form"
                  className="dh-checkbox__input"
                  value={format}
                  checked={values.form === format}
                  onChange={() => set('form', format)}
                />
                <label className="dh-checkbox__label" htmlFor={`log-form-${format}`}>
                  {text.format(format)}
                </label>
              </div>
            ))}
          </div>
        </Fieldset>

        <TextField
          label={t('meetingLog.duration')}
          hint={t('meetingLog.durationHint')}
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          required
          className="portal-duration"
          value={values.durationMinutes}
          onChange={(event) => set('durationMinutes', event.target.value)}
          error={errorText(errors.durationMinutes)}
        />

        <TextArea
          label={t('meetingLog.whatWeDid')}
          hint={t('meetingLog.whatWeDidHint')}
          name="whatWeDid"
          required
          maxLength={TEXT_LIMITS.whatWeDid}
          value={values.whatWeDid}
          onChange={(event) => set('whatWeDid', event.target.value)}
          error={errorText(errors.whatWeDid)}
        />

        <Fieldset legend={t('meetingLog.wentWell')} error={errorText(errors.wentWell)}>
          <div className="dh-options">
            {(['yes', 'no', ''] as const).map((answer) => (
              <div key={answer || 'none'} className="dh-checkbox">
                <input
                  id={`log-went-well-${answer || 'none'}`}
                  type="radio"
                  name="wentWell"
                  className="dh-checkbox__input"
                  value={answer}
                  checked={values.wentWell === answer}
                  onChange={() => set('wentWell', answer)}
                />
                <label className="dh-checkbox__label" htmlFor={`log-went-well-${answer || 'none'}`}>
                  {t(`meetingLog.wentWellAnswer.${answer || 'none'}`)}
                </label>
              </div>
            ))}
          </div>
        </Fieldset>

        <TextArea
          label={t('meetingLog.nextSteps')}
          hint={t('meetingLog.nextStepsHint')}
          name="nextSteps"
          rows={3}
          maxLength={TEXT_LIMITS.nextSteps}
          value={values.nextSteps}
          onChange={(event) => set('nextSteps', event.target.value)}
          error={errorText(errors.nextSteps)}
        />

        <TextArea
          label={t('meetingLog.challenge')}
          hint={t('meetingLog.challengeHint')}
          name="challenge"
          rows={3}
          maxLength={TEXT_LIMITS.challenge}
          value={values.challenge}
          onChange={(event) => set('challenge', event.target.value)}
          error={errorText(errors.challenge)}
        />

        <div className="portal-talk">
          <Checkbox
            name="wantsToTalkToCoordinator"
            label={<strong>{t('meetingLog.talk')}</strong>}
            hint={t('meetingLog.talkHint')}
            checked={values.wantsToTalkToCoordinator}
            onChange={(event) => set('wantsToTalkToCoordinator', event.target.checked)}
            error={errorText(errors.wantsToTalkToCoordinator)}
          />
        </div>

        <div className="dh-actions">
          <Button type="submit" busy={log.isPending}>
            {t('meetingLog.submit')}
          </Button>
        </div>
        <p className="dh-muted">{t('meetingLog.kept')}</p>
      </form>
    </>
  );
}
