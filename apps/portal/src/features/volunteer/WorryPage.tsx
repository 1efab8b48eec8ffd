import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { RaiseConcernInput } from '@driehoek/contracts/safeguarding';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { forgetSession } from '../../shell/session.js';
import { readServerError } from '../../shell/server-errors.js';
import { useErrorText, useRefusalText } from '../../shell/error-text.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { todayInAmsterdam } from '../meetings/format.js';
import type { RaisedConcern } from '../../api-types.js';

type FieldErrors = Record<string, string>;
const FIELDS = ['facts', 'observedOn', 'acuteDanger', 'disclosure', 'interpretation'];

/**
 * "I am worried about …" (SAF-1, SAF-3): from a running match, the few things that must be said
 * first — what was seen or heard, when, and whether the child is in danger now — and nothing
 * else required. Answering "yes, in danger now" shows 112 and Veilig Thuis at once, before
 * anything is sent; after sending, the numbers stay on the screen.
 */
export function WorryPage({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const matches = useQuery(trpc.portal.myMatches.queryOptions());
  const match = matches.data?.find((item) => item.matchId === matchId);
  usePageTitle(match ? t('worry.title', { name: match.pupilFirstName }) : t('volunteer.title'));
  const signedOut = matches.isError && readServerError(matches.error).kind === 'signedOut';
  useEffect(() => {
    if (signedOut) forgetSession();
  }, [signedOut]);

  return (
    <>
      <p>
        <Link href="/">{t('worry.back')}</Link>
      </p>
      {match && <h1>{t('worry.title', { name: match.pupilFirstName })}</h1>}
      {matches.isPending && <p role="status">{t('app.loading')}</p>}
      {matches.isError && !signedOut && <LoadFailed retrying={matches.isFetching} onRetry={() => void matches.refetch()} />}
      {matches.data && !match && <p>{t('worry.noMatch')}</p>}
      {match && <WorryForm matchId={matchId} name={match.pupilFirstName} />}
    </>
  );
}

/** SAF-3 (1): 112 for danger to life, otherwise Veilig Thuis, free and day and night. */
export function EmergencyLines() {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t('worry.dangerTitle')}>
      <p>
        <strong>
          <a href="tel:112">{t('worry.call112')}</a>
        </strong>
      </p>
      <p>
        <a href="tel:08002000">{t('worry.callVeiligThuis')}</a>
      </p>
    </Alert>
  );
}

function WorryForm({ matchId, name }: { matchId: string; name: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refusalText = useRefusalText();
  const formRef = useRef<HTMLFormElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const today = todayInAmsterdam();
  const [facts, setFacts] = useState('');
  const [observedOn, setObservedOn] = useState(today);
  const [acute, setAcute] = useState<'' | 'yes' | 'no'>('');
  const [disclosure, setDisclosure] = useState(false);
  const [interpretation, setInterpretation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<RaisedConcern | null>(null);

  const raise = useMutation(
    trpc.concerns.raise.mutationOptions({
      onSuccess: (raised) => {
        setSent(raised);
        requestAnimationFrame(() => sentRef.current?.focus());
      },
      onError: (error) => {
        const refusal = readServerError(error);
        if (refusal.kind === 'signedOut') return forgetSession();
        if (refusal.kind === 'refused') setErrors(Object.fromEntries(Object.entries(refusal.fieldErrors).filter(([field]) => FIELDS.includes(field))));
      },
    }),
  );
  const refusal = raise.isError ? readServerError(raise.error) : null;
  const aboveForm = refusal && refusal.kind !== 'signedOut' && Object.keys(errors).length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!facts.trim()) found.facts = 'errors.required';
    if (!acute) found.acuteDanger = 'worry.errors.acuteUnanswered';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = formRef.current?.elements.namedItem(Object.keys(found)[0]!);
      const target = first instanceof RadioNodeList ? first[0] : first;
      if (target instanceof HTMLElement) target.focus();
      return;
    }
    const input: RaiseConcernInput = {
      matchId,
      facts,
      observedOn,
      acuteDanger: acute === 'yes',
      disclosure,
      ...(interpretation.trim() ? { interpretation } : {}),
    };
    raise.mutate(input);
  }

  if (sent) {
    return (
      <div ref={sentRef} tabIndex={-1} className="portal-focus-target">
        {sent.callNow.length > 0 && <EmergencyLines />}
        <Alert tone="success" title={t('worry.sentTitle')}>
          <p>{sent.alertsSentAtOnce ? t('worry.sentAcute') : t('worry.sent')}</p>
        </Alert>
        <div className="dh-actions">
          <Link href="/" className="dh-button dh-button--primary">
            {t('worry.back')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <>
      <p className="dh-lead">{t('worry.intro')}</p>
      {aboveForm && (
        <Alert tone="error" title={t('worry.failedTitle')}>
          <p>{refusalText(refusal)}</p>
        </Alert>
      )}
      <form ref={formRef} className="dh-form" noValidate onSubmit={submit}>
        <Fieldset legend={t('worry.acute', { name })} error={errorText(errors.acuteDanger)}>
          <div className="dh-options">
            {(['yes', 'no'] as const).map((answer) => (
              <div key={answer} className="dh-checkbox">
                <input
                  id={`worry-acute-${answer}`}
                  type="radio"
                  name="acuteDanger"
                  className="dh-checkbox__input"
                  value={answer}
                  checked={acute === answer}
                  onChange={() => {
                    setAcute(answer);
                    setErrors(({ acuteDanger: _gone, ...rest }) => rest);
                  }}
                />
                <label className="dh-checkbox__label" htmlFor={`worry-acute-${answer}`}>
                  {t(`worry.${answer}`)}
                </label>
              </div>
            ))}
          </div>
        </Fieldset>
        {acute === 'yes' && <EmergencyLines />}

        <TextArea
          label={t('worry.facts')}
          hint={t('worry.factsHint', { name })}
          name="facts"
          required
          rows={5}
          maxLength={5000}
          value={facts}
          onChange={(event) => setFacts(event.target.value)}
          error={errorText(errors.facts)}
        />
        <TextField
          label={t('worry.observedOn')}
          name="observedOn"
          type="date"
          max={today}
          required
          value={observedOn}
          onChange={(event) => setObservedOn(event.target.value)}
          error={errorText(errors.observedOn)}
        />
        <Checkbox name="disclosure" label={t('worry.disclosure', { name })} checked={disclosure} onChange={(event) => setDisclosure(event.target.checked)} />
        <TextArea
          label={t('worry.interpretation')}
          hint={t('worry.interpretationHint')}
          name="interpretation"
          rows={3}
          maxLength={5000}
          value={interpretation}
          onChange={(event) => setInterpretation(event.target.value)}
          error={errorText(errors.interpretation)}
        />
        <div className="dh-actions">
          <Button type="submit" disabled={raise.isPending}>
            {t('worry.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
