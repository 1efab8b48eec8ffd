import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'wouter';
import { AppShell } from '@driehoek/ui/AppShell';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextField } from '@driehoek/ui/TextField';
import { loginInput, type LoginInput } from '@driehoek/contracts/auth';
import { setSignedIn, sessionEndedWhileOpen, trpc } from '../../trpc';
import { applyFieldErrors, serverErrorData, useErrorText, useServerErrorText } from '../../server-errors';
import { LanguageChoice } from '../../shell/LanguageChoice';
import { PageHeading } from '../../shell/PageHeading';

/** The failure above the form: wrong credentials and too many attempts each get their own words. */
function useLoginFailureText() {
  const { t } = useTranslation();
  const fallback = useServerErrorText();
  return (error: unknown): string => {
    const { code, domainCode } = serverErrorData(error);
    if (code === 'TOO_MANY_REQUESTS' || domainCode === 'AUTH.TOO_MANY_ATTEMPTS') return t('auth.tooManyAttempts');
    if (code === 'UNAUTHORIZED' || domainCode === 'AUTH.INVALID_CREDENTIALS') return t('auth.invalidCredentials');
    return fallback(error);
  };
}

export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const failureText = useLoginFailureText();
  const [sessionEnded] = useState(sessionEndedWhileOpen);
  const failureRef = useRef<HTMLDivElement>(null);

  const form = useForm<LoginInput>({ resolver: zodResolver(loginInput), defaultValues: { email: '', password: '' } });
  const { errors } = form.formState;

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (me) => setSignedIn(me),
      onError: (error) => {
        if (!applyFieldErrors(error, form.setError, ['email', 'password'])) {
          requestAnimationFrame(() => failureRef.current?.focus());
        }
      },
    }),
  );

  return (
    <AppShell title={t('app.title')} actions={<LanguageChoice />} skipLinkLabel={t('app.skipLink')}>
      <div className="coordinator-login">
        <PageHeading>{t('auth.title')}</PageHeading>
        <p>{t('auth.intro')}</p>
        {sessionEnded && !login.isError && (
          <Alert tone="info">
            <p>{t('auth.sessionEnded')}</p>
          </Alert>
        )}
        <div ref={failureRef} tabIndex={-1} className="coordinator-focus-target">
          {login.isError && (
            <Alert tone="error" title={t('auth.failedTitle')}>
              <p>{failureText(login.error)}</p>
            </Alert>
          )}
        </div>
        <form noValidate onSubmit={form.handleSubmit((values) => login.mutate(values))}>
          <TextField
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            error={errorText(errors.email?.message)}
            {...form.register('email')}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            error={errorText(errors.password?.message)}
            {...form.register('password')}
          />
          <Button type="submit" variant="primary" busy={login.isPending}>
            {t('auth.submit')}
          </Button>
        </form>
        <p>
          <Link href="/forgot-password">{t('auth.forgotLink')}</Link>
        </p>
      </div>
    </AppShell>
  );
}
