import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay, todayIso } from '../../dates';
import { useServerErrorText } from '../../server-errors';
import type { SubjectRequestView } from '../../api-types';

/** Downloads the export as a JSON file (no name or id of the person in the file name). */
function download(json: unknown, purpose: string) {
  const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `privacy-export-${purpose}-${todayIso()}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const KNOWN_KINDS = new Set(['consent', 'familyNotification', 'allowancePayment', 'expense', 'auditEntry', 'subjectRequest', 'breach', 'evaluationAggregate']);

/**
 * Answers one request of the register: the export (access, portability) or the erasure, after
 * the admin re-entered their password (a confirmation the server gives once, for five minutes).
 * After an erasure it lists what the law keeps, with the reason and until when.
 */
export function AnswerRequest({ request, onDone }: { request: SubjectRequestView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const serverError = useServerErrorText();
  const erasing = request.kind === 'erasure';
  const name = request.subjectName ?? t('privacy.requests.anonymised');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [request.id]);
  const confirm = useMutation(trpc.auth.confirmPassword.mutationOptions());
  const exportRequest = useMutation(trpc.privacy.requests.export.mutationOptions({ onSuccess: (result) => download(result.file, result.file.purpose) }));
  const erase = useMutation(
    trpc.privacy.requests.erase.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.privacy.requests.list.pathFilter());
        void queryClient.invalidateQueries(trpc.privacy.people.pathFilter());
        void queryClient.invalidateQueries(trpc.pupils.list.pathFilter());
      },
    }),
  );
  const busy = confirm.isPending || exportRequest.isPending || erase.isPending;
  const error = confirm.error ?? exportRequest.error ?? erase.error;
  const submit = async () => {
    exportRequest.reset();
    erase.reset();
    const { confirmation } = await confirm.mutateAsync({ password });
    setPassword('');
    if (erasing) erase.mutate({ requestId: request.id, confirmation }, { onSettled: () => setChecked(false) });
    else exportRequest.mutate({ requestId: request.id, confirmation });
  };
  return (
    <section className="coordinator-answer" aria-labelledby={`answer-${request.id}`}>
      <h3 id={`answer-${request.id}`} ref={heading} tabIndex={-1}>
        {t(erasing ? 'privacy.answer.eraseTitle' : 'privacy.answer.exportTitle', { name })}
      </h3>
      <p>{t(erasing ? 'privacy.answer.eraseIntro' : 'privacy.answer.exportIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <TextField label={t('privacy.answer.password')} hint={t('privacy.answer.passwordHint')} type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        {erasing && <Checkbox label={t('privacy.answer.eraseConfirm')} checked={checked} onChange={(event) => setChecked(event.target.checked)} />}
        {error && <Alert tone="error">{serverError(error)}</Alert>}
        {exportRequest.isSuccess && (
          <Alert tone="success">
            {t('privacy.answer.exported')}
            {exportRequest.data.writtenByOthersToReview > 0 && <> {t('privacy.answer.toReview', { count: exportRequest.data.writtenByOthersToReview })}</>}
          </Alert>
        )}
        {erase.isSuccess && (
          <Alert tone="success">
            {t('privacy.answer.erased', { deleted: erase.data.deleted, anonymised: erase.data.anonymised, kept: erase.data.kept.length })}
            {erase.data.toReview > 0 && <> {t('privacy.answer.erasedReview')}</>}
          </Alert>
        )}
        {erase.isSuccess && (
          <>
            <h4>{t('privacy.answer.keptTitle')}</h4>
            {erase.data.kept.length === 0 ? (
              <p>{t('privacy.answer.keptNothing')}</p>
            ) : (
              <ul>
                {erase.data.kept.map((entry, index) => {
                  const kind = t(`privacy.recordKind.${KNOWN_KINDS.has(entry.kind) ? entry.kind : 'other'}`);
                  const reason = t(`privacy.legalReason.${entry.legalReason}`);
                  return <li key={index}>{entry.until ? t('privacy.answer.keptUntil', { kind, reason, until: formatDay(entry.until, i18n.language) }) : t('privacy.answer.kept', { kind, reason })}</li>;
                })}
              </ul>
            )}
          </>
        )}
        <div className="coordinator-actions">
          <Button type="submit" variant={erasing ? 'danger' : 'primary'} disabled={busy || !password || (erasing && !checked)}>
            {t(erasing ? 'privacy.answer.confirmErase' : 'privacy.answer.confirmExport')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('privacy.answer.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
