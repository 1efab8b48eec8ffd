import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Redirect } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { LANGUAGES } from '../../i18n.js';
import { trpc, trpcClient } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { setSignedIn, useMe, type PortalMe } from '../../shell/session.js';
import { readServerError, type ServerRefusal } from '../../shell/server-errors.js';
import { useErrorText, useRefusalText } from '../../shell/error-text.js';
import { loadChecks } from './load-checks.js';
import { looksLikeToken, useLinkToken, usedTokens } from './link-token.js';
import { forgetStep, readStep, saveStep } from './step-storage.js';

type Language = NonNullable<PortalMe>['preferredLanguage'];
type FieldErrors = Record<string, string>;

/**
 * Signing in without a password. Step 1: the e-mail address (and the e-mail's language); step
 * 2: the six-digit code from that e-mail. The e-mail's link (`/sign-in#<token>`) signs in
 * directly. The step survives a reload of the tab (a phone may reload it while the person reads
 * their e-mail).
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const token = useLinkToken();
  const me = useMe();
  const withLink = looksLikeToken(token);
  // The outcome for the last link tried; a new link (pasted into this tab) starts over.
  const [link, setLink] = useState<{ token: string; refusal: ServerRefusal | null } | null>(null);
  const linkPending = withLink && link?.token !== token;

  useEffect(() => {
    if (!withLink || usedTokens.has(token)) return;
    usedTokens.add(token);
    trpcClient.portal.verifyLink
      .mutate({ token })
      .then((signedIn) => {
        forgetStep();
        setSignedIn(signedIn);
        setLink({ token, refusal: null });
      })
      .catch((error: unknown) => setLink({ token, refusal: readServerError(error) }));
  }, [withLink, token]);

  if (me.data && !linkPending) return <Redirect to="/" replace />;

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {linkPending ? (
        <p role="status">{t('signIn.signingIn')}</p>
      ) : (
        <>
          {withLink && link?.refusal && <LinkFailed refusal={link.refusal} />}
          {token && !withLink && (
            <Alert tone="warning" title={t('signIn.failedTitle')}>
              <p>{t('signIn.linkInvalid')}</p>
            </Alert>
          )}
          <CodeSignIn />
        </>
      )}
    </>
  );
}

function LinkFailed({ refusal }: { refusal: ServerRefusal }) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const known = refusal.kind === 'refused' && refusal.domainCode?.startsWith('PORTAL.CODE');
  return (
    <Alert tone="warning" title={t('signIn.failedTitle')}>
      <p>{known || refusal.kind === 'signedOut' ? t('signIn.linkInvalid') : refusalText(refusal)}</p>
    </Alert>
  );
}

function CodeSignIn() {
  const [step, setStep] = useState(readStep);
  if (step.step === 'code') {
    return (
      <CodeStep
        email={step.email}
        language={step.language}
        onOtherEmail={() => {
          forgetStep();
          setStep({ step: 'email', email: step.email, language: step.language });
        }}
      />
    );
  }
  return (
    <EmailStep
      initialEmail={step.email}
      onSent={(email, language) => {
        const next = { step: 'code' as const, email, language };
        saveStep(next);
        setStep(next);
      }}
    />
  );
}

/** Focus the first field with an error, so a screen reader reads it out. */
function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors) {
  const first = Object.keys(errors)[0];
  if (!first || !form) return;
  (form.elements.namedItem(first) as HTMLElement | null)?.focus();
}

/** Runs the contracts' checks (loaded on first focus); if they cannot load, the server checks. */
async function check<T>(run: (checks: Awaited<ReturnType<typeof loadChecks>>) => T, fallback: T): Promise<T> {
  try {
    return run(await loadChecks());
  } catch {
    return fallback;
  }
}

function EmailStep({ initialEmail, onSent }: { initialEmail: string; onSent(email: string, language: Language): void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const refusalText = useRefusalText();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState(initialEmail);
  // The e-mail's language follows the page's until the person picks one here.
  const [chosenLanguage, setChosenLanguage] = useState<string | null>(null);
  const language = (chosenLanguage ?? i18n.resolvedLanguage ?? 'nl') as Language;
  const [errors, setErrors] = useState<FieldErrors>({});

  const request = useMutation(
    trpc.portal.requestCode.mutationOptions({
      onSuccess: (_sent, input) => onSent(input.email, input.language),
      onError: (error) => {
        const refusal = readServerError(error);
        if (refusal.kind === 'refused' && Object.keys(refusal.fieldErrors).length > 0) {
          setErrors(refusal.fieldErrors);
          focusFirstError(formRef.current, refusal.fieldErrors);
        }
      },
    }),
  );
  const refusal = request.isError ? readServerError(request.error) : null;
  const fieldRefusal = refusal?.kind === 'refused' && Object.keys(refusal.fieldErrors).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = { email: email.trim(), language };
    const found = await check((checks) => checks.checkEmailStep(values), {});
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(formRef.current, found);
    request.mutate(values);
  }

  return (
    <>
      <p className="dh-lead">{t('signIn.intro')}</p>
      {refusal && !fieldRefusal && (
        <Alert tone="error" title={t('signIn.failedTitle')}>
          <p>{refusalText(refusal)}</p>
        </Alert>
      )}
      <form ref={formRef} className="dh-form" noValidate onSubmit={(event) => void submit(event)} onFocus={() => void loadChecks().catch(() => undefined)}>
        <h2>{t('signIn.emailStepTitle')}</h2>
        <TextField
          label={t('signIn.email')}
          hint={t('signIn.emailHint')}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errorText(errors.email)}
        />
        <SelectField
          label={t('signIn.language')}
          name="language"
          options={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))}
          value={language}
          onChange={(event) => setChosenLanguage(event.target.value)}
          error={errorText(errors.language)}
        />
        <div className="dh-actions">
          <Button type="submit" busy={request.isPending}>
            {t('signIn.send')}
          </Button>
        </div>
      </form>
    </>
  );
}

function CodeStep({ email, language, onOtherEmail }: { email: string; language: Language; onOtherEmail(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refusalText = useRefusalText();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => headingRef.current?.focus(), []);

  const verify = useMutation(
    trpc.portal.verifyCode.mutationOptions({
      onSuccess: (signedIn) => {
        forgetStep();
        setSignedIn(signedIn);
      },
      onError: (error) => {
        const refusal = readServerError(error);
        if (refusal.kind !== 'refused') return;
        const fieldErrors = { ...refusal.fieldErrors };
        if (refusal.domainCode === 'PORTAL.CODE_INVALID') fieldErrors.code = refusal.domainCode;
        setErrors(fieldErrors);
        focusFirstError(formRef.current, fieldErrors);
      },
    }),
  );
  const resend = useMutation(trpc.portal.requestCode.mutationOptions({ onSuccess: () => setCode('') }));

  const refusal = verify.isError ? readServerError(verify.error) : null;
  // A wrong code is said at the field; everything else (too old, too many tries…) above the form.
  const aboveForm = refusal && !(refusal.kind === 'refused' && (refusal.domainCode === 'PORTAL.CODE_INVALID' || Object.keys(refusal.fieldErrors).length > 0));
  const expired = refusal?.kind === 'refused' && refusal.domainCode === 'PORTAL.CODE_EXPIRED';
  const resendRefusal = resend.isError ? readServerError(resend.error) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = { email, code: code.replace(/\s+/g, '') };
    const found = await check((checks) => checks.checkCodeStep(values), {});
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(formRef.current, found);
    resend.reset();
    verify.mutate(values);
  }

  function sendAgain() {
    verify.reset();
    setErrors({});
    resend.mutate({ email, language });
  }

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="portal-focus-target">
        {t('signIn.codeStepTitle')}
      </h2>
      {/* the address isolated (FSI…PDI), so it reads right inside Arabic text */}
      <p>{t('signIn.sent', { email: `\u2068${email}\u2069` })}</p>
      {aboveForm && (
        <Alert tone="error" title={t('signIn.failedTitle')}>
          <p>{expired ? t('signIn.expired') : refusalText(refusal)}</p>
          {expired && (
            <Button variant="secondary" busy={resend.isPending} onClick={sendAgain}>
              {t('signIn.resend')}
            </Button>
          )}
        </Alert>
      )}
      {resend.isSuccess && (
        <Alert tone="success">
          <p>{t('signIn.resent')}</p>
        </Alert>
      )}
      {resendRefusal && (
        <Alert tone="error" title={t('signIn.failedTitle')}>
          <p>{refusalText(resendRefusal)}</p>
        </Alert>
      )}
      <form ref={formRef} className="dh-form" noValidate onSubmit={(event) => void submit(event)} onFocus={() => void loadChecks().catch(() => undefined)}>
        <TextField
          label={t('signIn.code')}
          hint={t('signIn.codeHint')}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={12}
          spellCheck={false}
          className="portal-code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errorText(errors.code ?? errors.email)}
        />
        <div className="dh-actions">
          <Button type="submit" busy={verify.isPending}>
            {t('signIn.submit')}
          </Button>
        </div>
      </form>
      <p>{t('signIn.orLink')}</p>
      <h2>{t('signIn.noMailTitle')}</h2>
      <p>{t('signIn.noMail')}</p>
      <div className="dh-actions">
        {!expired && (
          <Button variant="secondary" busy={resend.isPending} onClick={sendAgain}>
            {t('signIn.resend')}
          </Button>
        )}
        <Button variant="secondary" onClick={onOtherEmail}>
          {t('signIn.otherEmail')}
        </Button>
      </div>
    </>
  );
}
