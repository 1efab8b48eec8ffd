import { useId, useRef, useState } from 'react';
import type { ChildWords } from './child-words.js';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Badge, type BadgeProps } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { queryClient, trpc } from '../../trpc.js';
import { forgetSession } from '../../shell/session.js';
import { readServerError, type ServerRefusal } from '../../shell/server-errors.js';
import { useRefusalText } from '../../shell/error-text.js';
import type { PortalFamily } from '../../api-types.js';

type Item = PortalFamily['children'][number]['consents'][number];

const STATE_TONES: Record<Item['state'], BadgeProps['tone']> = {
  given: 'success',
  pending: 'info',
  refused: 'neutral',
  withdrawn: 'warning',
};

type Props = {
  pupilId: string;
  child: ChildWords;
  item: Item;
  /** The child's own answer to taking part is still open: parents' questions wait for it (CON-2). */
  waitingForPupil: boolean;
};

/**
 * One consent question: the notice text, where it stands, and one clear action. Answering
 * needs the "I have read this" box (CON-7: an explicit act, never a default). A young pupil's
 * own answer is recorded through the parent, after reading the child-friendly text together.
 * A given consent of one's own can be withdrawn with one button and a short confirm, no reason
 * asked (CON-4).
 */
export function ConsentQuestion({ pupilId, child, item, waitingForPupil }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const forPupil = item.giver === 'pupil';
  const answerable = item.canAnswer && item.state !== 'given';
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  function done(family: PortalFamily, message: string) {
    queryClient.setQueryData(trpc.portal.family.queryKey(), family);
    setSaved(message);
    // the buttons just pressed are gone: put focus on what happened
    requestAnimationFrame(() => savedRef.current?.focus());
  }

  return (
    <section className="portal-question" aria-labelledby={headingId}>
      <p className="portal-question__who">{forPupil ? t('consent.forChild', child) : item.giver === 'mentee' ? t('consent.forYouMentee') : t('consent.forYou')}</p>
      <h3 id={headingId}>{item.notice.title}</h3>
      <p>
        <Badge tone={STATE_TONES[item.state]}>{t(`consent.state.${item.state}`)}</Badge>{' '}
        <span className="dh-muted">{item.neededToMatch ? t('consent.needed') : t('consent.optional')}</span>
      </p>

      {answerable ? (
        <NoticeText notice={item.notice} />
      ) : (
        <details className="portal-question__text">
          <summary>{t('consent.readText')}</summary>
          <NoticeText notice={item.notice} />
        </details>
      )}

      <div ref={savedRef} tabIndex={-1} className="portal-focus-target">
        {saved && (
          <Alert tone="success">
            <p>{saved}</p>
          </Alert>
        )}
      </div>

      {answerable ? (
        <AnswerForm pupilId={pupilId} child={child} item={item} headingId={headingId} onDone={done} />
      ) : item.state === 'given' && item.ownConsentId ? (
        <WithdrawAction consentId={item.ownConsentId} purpose={item.purpose} child={child} headingId={headingId} onDone={done} />
      ) : (
        <p className="portal-question__note">{noteFor(item, forPupil, waitingForPupil, child, t)}</p>
      )}
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** Why there is no button: the child answers first, someone else gave it, or it is not asked here. */
function noteFor(item: Item, forPupil: boolean, waitingForPupil: boolean, child: ChildWords, t: T): string {
  if (item.state === 'given') return t('consent.givenByOther');
  if (forPupil) return t('consent.childElsewhere', child);
  if (item.state === 'pending' && waitingForPupil) return t('consent.afterChild', child);
  return t('consent.askCoordinator');
}

/** The notice as shown; paragraphs are separated by an empty line. Its language may differ from the page's. */
function NoticeText({ notice }: { notice: Item['notice'] }) {
  return (
    <div className="portal-notice" lang={notice.language} dir="auto">
      {notice.text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}

type Done = (family: PortalFamily, message: string) => void;

function useFailure() {
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const onError = (error: unknown) => {
    const read = readServerError(error);
    if (read.kind === 'signedOut') return forgetSession();
    setRefusal(read);
    // the question may have changed meanwhile (a new text, someone else answered): show the latest
    if (read.kind === 'refused') void queryClient.invalidateQueries({ queryKey: trpc.portal.family.queryKey() });
  };
  return { refusal, onError, clear: () => setRefusal(null) };
}

function Failure({ refusal }: { refusal: ServerRefusal | null }) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  if (!refusal) return null;
  return (
    <Alert tone="error" title={t('consent.failedTitle')}>
      <p>{refusalText(refusal)}</p>
    </Alert>
  );
}

function AnswerForm({ pupilId, child, item, headingId, onDone }: { pupilId: string; child: ChildWords; item: Item; headingId: string; onDone: Done }) {
  const { t } = useTranslation();
  const forPupil = item.giver === 'pupil';
  const [read, setRead] = useState(false);
  const [readError, setReadError] = useState(false);
  const [confirmingNo, setConfirmingNo] = useState(false);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const failure = useFailure();

  const answer = useMutation(
    trpc.portal.answerConsent.mutationOptions({
      onSuccess: (family, input) =>
        onDone(family, input.decision === 'given' ? t(forPupil ? 'consent.savedChildYes' : 'consent.savedYes', child) : t(forPupil ? 'consent.savedChildNo' : 'consent.savedNo', child)),
      onError: (error) => {
        const fieldErrors = (readServerError(error) as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
        if (fieldErrors.confirmed) {
          setReadError(true);
          checkboxRef.current?.focus();
          return;
        }
        failure.onError(error);
      },
    }),
  );

  function decide(decision: 'given' | 'refused') {
    failure.clear();
    if (!read) {
      setReadError(true);
      checkboxRef.current?.focus();
      return;
    }
    // Saying no to taking part ends the application (CON-3): one short check first.
    if (decision === 'refused' && item.purpose === 'mentoring' && !confirmingNo) {
      setConfirmingNo(true);
      requestAnimationFrame(() => confirmRef.current?.focus());
      return;
    }
    setConfirmingNo(false);
    answer.mutate({
      pupilId,
      purpose: item.purpose,
      giver: item.giver,
      decision,
      noticeVersionId: item.notice.versionId,
      noticeContentHash: item.notice.contentHash,
      confirmed: true,
    });
  }

  return (
    <div className="portal-answer">
      <Failure refusal={failure.refusal} />
      <Checkbox
        ref={checkboxRef}
        label={forPupil ? t('consent.readTogether', child) : t('consent.read')}
        checked={read}
        onChange={(event) => {
          setRead(event.target.checked);
          if (event.target.checked) setReadError(false);
        }}
        error={readError ? t('errors.confirmNeeded') : undefined}
      />
      {confirmingNo ? (
        <div className="portal-confirm" role="group" aria-labelledby={`${headingId}-no`}>
          <p id={`${headingId}-no`} ref={confirmRef} tabIndex={-1} className="portal-focus-target">{forPupil ? t('consent.confirmNoChild', child) : t('consent.confirmNo', child)}</p>
          <div className="dh-actions">
            <Button variant="danger" busy={answer.isPending} onClick={() => decide('refused')}>
              {t('consent.confirmNoYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingNo(false)}>
              {t('consent.goBack')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="dh-actions" role="group" aria-labelledby={headingId}>
          <Button busy={answer.isPending && answer.variables?.decision === 'given'} disabled={answer.isPending} onClick={() => decide('given')}>
            {forPupil ? t('consent.childYes', child) : t('consent.yes')}
          </Button>
          <Button variant="secondary" busy={answer.isPending && answer.variables?.decision === 'refused'} disabled={answer.isPending} onClick={() => decide('refused')}>
            {forPupil ? t('consent.childNo', child) : t('consent.no')}
          </Button>
        </div>
      )}
    </div>
  );
}

function WithdrawAction({ consentId, purpose, child, headingId, onDone }: { consentId: string; purpose: Item['purpose']; child: ChildWords; headingId: string; onDone: Done }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const failure = useFailure();
  const consequence = purpose === 'mentoring' ? t('consent.withdrawMentoring', child) : t('consent.withdrawOther');
  const withdraw = useMutation(
    trpc.portal.withdrawConsent.mutationOptions({
      onSuccess: (family) => onDone(family, `${t('consent.withdrawn')} ${consequence}`),
      onError: failure.onError,
    }),
  );

  if (!confirming) {
    return (
      <>
        <Failure refusal={failure.refusal} />
        <div className="dh-actions">
          <Button
            variant="secondary"
            aria-describedby={headingId}
            onClick={() => {
              failure.clear();
              setConfirming(true);
              requestAnimationFrame(() => confirmRef.current?.focus());
            }}
          >
            {t('consent.withdraw')}
          </Button>
        </div>
      </>
    );
  }
  return (
    <div className="portal-confirm">
      <Failure refusal={failure.refusal} />
      <p ref={confirmRef} tabIndex={-1} className="portal-focus-target">
        <strong>{t('consent.withdrawQuestion')}</strong> {consequence} {t('consent.noReason')}
      </p>
      <div className="dh-actions">
        <Button variant="danger" busy={withdraw.isPending} onClick={() => withdraw.mutate({ consentId })}>
          {t('consent.withdrawYes')}
        </Button>
        <Button variant="secondary" disabled={withdraw.isPending} onClick={() => setConfirming(false)}>
          {t('consent.withdrawKeep')}
        </Button>
      </div>
    </div>
  );
}
