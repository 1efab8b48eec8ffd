import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { answerTalkRequestInput } from '@driehoek/contracts/running';
import { Badge } from '@driehoek/ui/Badge';
import { Card } from '@driehoek/ui/Card';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../../trpc';
import { formatDay, formatMoment } from '../../../dates';
import { useErrorText } from '../../../server-errors';
import { LoadError, LoadingState } from '../../../shell/LoadState';
import { useFormServerErrors } from '../../../forms/form-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../../forms/SavedNotice';
import { StepForm } from '../../../forms/StepForm';
import { runningChanged } from './saving';
import type { TalkRequestView } from '../../../api-types';

type AnswerValues = z.input<typeof answerTalkRequestInput>;

/**
 * "Answered": the coordinator records that they talked with the volunteer, with an optional short
 * note. Until then the request stays on Vandaag. Used on Vandaag and on the match page.
 */
export function AnswerTalkRequestForm({ matchId, requestId, onAnswered }: { matchId: string; requestId: string; onAnswered: (requests: TalkRequestView[]) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const defaults: AnswerValues = { matchId, requestId, note: '' };
  const form = useForm<AnswerValues>({ resolver: zodResolver(answerTalkRequestInput), defaultValues: defaults });
  const server = useFormServerErrors(form, ['note']);
  const mutation = useMutation(trpc.matches.answerTalkRequest.mutationOptions());
  return (
    <StepForm
      submitLabel={t('talkRequests.answered')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, {
          onSuccess: (next) => {
            queryClient.setQueryData(trpc.matches.talkRequests.queryKey({ matchId }), next);
            runningChanged();
            onAnswered(next);
          },
          onError: server.onError,
        });
      })}
    >
      <TextField label={t('talkRequests.note')} hint={t('talkRequests.noteHint')} error={errorText(form.formState.errors.note?.message)} {...form.register('note')} />
    </StepForm>
  );
}

/** "Verzoeken om te praten": the volunteer's requests to talk on this match, open first, each open one with "Answered". */
export function TalkRequestsSection({ matchId }: { matchId: string }) {
  const { t, i18n } = useTranslation();
  const requests = useQuery(trpc.matches.talkRequests.queryOptions({ matchId }));
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  return (
    <Card title={t('talkRequests.title')}>
      <SavedNotice message={saved.message} version={saved.version} />
      {requests.isPending ? (
        <LoadingState />
      ) : requests.isError ? (
        <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <p>{t('talkRequests.empty')}</p>
      ) : (
        <ol className="coordinator-notes-list">
          {requests.data.map((request) => (
            <li key={request.id}>
              <p className="coordinator-label">
                {request.open && <Badge tone="danger">{t('talkRequests.open')}</Badge>}{' '}
                {t('talkRequests.line', { date: formatDay(request.meetingOn, i18n.language), written: formatMoment(request.writtenAt, i18n.language) })}
              </p>
              {request.open ? (
                <AnswerTalkRequestForm matchId={matchId} requestId={request.id} onAnswered={() => setSaved(savedWith(t('talkRequests.saved')))} />
              ) : (
                <>
                  <p className="dh-muted">{t('talkRequests.answeredBy', { name: request.answeredByName ?? '', when: formatMoment(request.answeredAt, i18n.language) })}</p>
                  {request.note && <p className="coordinator-notes">{request.note}</p>}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
