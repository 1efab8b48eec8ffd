import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { suspendMatchInput } from '@driehoek/contracts/matches';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextArea } from '@driehoek/ui/TextArea';
import { trpc } from '../../../trpc';
import { formatDay } from '../../../dates';
import { useErrorText, useServerErrorText } from '../../../server-errors';
import { useFormServerErrors } from '../../../forms/form-errors';
import { StepForm } from '../../../forms/StepForm';
import { runningMatchSaved } from './saving';
import type { MatchDetail } from '../../../api-types';

type SuspendValues = z.input<typeof suspendMatchInput>;

/**
 * "Koppeling pauzeren": a running match is suspended at once (meetings stop in the portals and the
 * calendar feeds; the volunteer and the family are told); a suspended one shows since when and why,
 * and can be resumed unless the pause is final (SCR-8: end it instead).
 */
export function SuspendSection({ match }: { match: MatchDetail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const serverErrorText = useServerErrorText();
  const resume = useMutation(
    trpc.matches.resume.mutationOptions({
      onSuccess: runningMatchSaved,
    }),
  );
  const suspension = match.suspension;
  if (match.stage === 'suspended' && suspension) {
    return (
      <section aria-labelledby="suspend-heading" className="coordinator-decision">
        <h2 id="suspend-heading">{t('suspendMatch.suspendedTitle')}</h2>
        <Alert tone="warning" title={t('suspendMatch.since', { date: formatDay(suspension.since, i18n.language) })}>
          {suspension.reasons.length > 0 && (
            <ul>
              {suspension.reasons.map((reason) => (
                <li key={reason}>{t(`suspensionReason.${reason}`)}</li>
              ))}
            </ul>
          )}
          {suspension.notes.map((note) => (
            <p key={note} className="coordinator-notes">
              {note}
            </p>
          ))}
          <p>{suspension.final ? t('suspendMatch.final') : t('suspendMatch.resumeText')}</p>
        </Alert>
        {resume.isError && <Alert tone="error" title={t('suspendMatch.resumeRefused')}><p>{serverErrorText(resume.error)}</p></Alert>}
        {!suspension.final && (
          <Button type="button" variant="secondary" busy={resume.isPending} onClick={() => resume.mutate({ matchId: match.id })}>
            {t('suspendMatch.resume')}
          </Button>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="suspend-heading" className="coordinator-decision">
      <h2 id="suspend-heading">{t('suspendMatch.title')}</h2>
      <p>{t('suspendMatch.text')}</p>
      {open ? (
        <div className="coordinator-subform">
          <SuspendForm match={match} onCancel={() => setOpen(false)} onSaved={() => setOpen(false)} />
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t('suspendMatch.open')}
        </Button>
      )}
    </section>
  );
}

function SuspendForm({ match, onSaved, onCancel }: { match: MatchDetail; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<SuspendValues>({ resolver: zodResolver(suspendMatchInput), defaultValues: { matchId: match.id, reason: 'coordinator', note: '' } });
  const server = useFormServerErrors(form, ['note']);
  const mutation = useMutation(
    trpc.matches.suspend.mutationOptions({
      onSuccess: runningMatchSaved,
    }),
  );
  return (
    <StepForm
      submitLabel={t('suspendMatch.submit')}
      submitVariant="danger"
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <p>{t('suspendMatch.confirm', { pupil: match.pupil.name, volunteer: match.volunteer.name })}</p>
      <TextArea label={t('suspendMatch.note')} hint={t('suspendMatch.noteHint')} rows={3} error={errorText(form.formState.errors.note?.message)} {...form.register('note')} />
    </StepForm>
  );
}
